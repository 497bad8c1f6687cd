import { AppError } from '../api/errors';
import { scoringScheme, type ScoringScheme } from '../api/evaluations';
import nd335 from '../../resources/evaluations/schemes/nd335-2025.json';
import nd90 from '../../resources/evaluations/schemes/nd90-2020.json';
import { parseDataFile } from './dataFile';

/** Validates a scoring scheme file: bands without overlaps or gaps over 0–100, sub-criteria adding up, 30 + 70 = 100. */
export function parseScoringScheme(json: unknown): ScoringScheme {
  return parseDataFile(scoringScheme, json, 'thang điểm đánh giá');
}

/** The schemes shipped with the app (resources/evaluations/schemes), validated at load. */
export const builtInSchemes: readonly ScoringScheme[] = [parseScoringScheme(nd335), parseScoringScheme(nd90)];

export function schemeById(id: string, schemes: readonly ScoringScheme[] = builtInSchemes): ScoringScheme {
  const scheme = schemes.find((entry) => entry.id === id);
  if (!scheme) throw new AppError('NOT_FOUND', `Không tìm thấy thang điểm đánh giá "${id}".`);
  return scheme;
}

/** The scheme in force on a day (yyyy-MM-dd): 2025 → NĐ 90/2020, 2026 → NĐ 335/2025. */
export function schemeInForce(day: string, schemes: readonly ScoringScheme[] = builtInSchemes): ScoringScheme | undefined {
  return schemes.find((entry) => entry.appliesFrom <= day && (entry.appliesTo === null || day <= entry.appliesTo));
}
