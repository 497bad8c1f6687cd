import type { YearResults } from '../api/evaluations';
import type { Db } from '../db/database';
import { attachmentRefs } from '../exchange/outbound/attachments';
import { recordIds, yearPeriod, type ExchangedDataset } from '../exchange/outbound/dataset';

type ClosedYear = { year: number; group_name: string; decided_on: string; disclosed_on: string | null; posting_days: number | null; results_json: string };

/** How many people got each grade in each closed year, per group. Never a person's score or name. */
function gradeSummaries(db: Db) {
  const idOf = recordIds(db);
  const rows = db.prepare('SELECT year, group_name, decided_on, disclosed_on, posting_days, results_json FROM evaluation_year ORDER BY year, group_name').all() as ClosedYear[];
  return rows.map((row) => {
    const { schemeId, quota } = JSON.parse(row.results_json) as YearResults;
    return {
      id: idOf(row.year, row.group_name),
      period: yearPeriod(row.year),
      data: {
        year: row.year,
        groupName: row.group_name,
        schemeId,
        decidedOn: row.decided_on,
        disclosedOn: row.disclosed_on,
        postingDays: row.posting_days,
        counts: quota.counts,
        quotaLimit: quota.limit,
        quotaExceeded: quota.exceeded,
      },
    };
  });
}

type AssessmentRow = { id: number; set_id: string; set_version: number; year: number; appraised_on: string | null; appraiser: string };
type ScoreRow = { indicator_key: string; self_hundredths: number | null; appraised_hundredths: number | null };

/** Each criteria assessment with the self and appraised score of every indicator, in points (hundredths kept exact), and its evidence files. */
function criteriaAssessments(db: Db) {
  const idOf = recordIds(db);
  const attachments = attachmentRefs(db);
  const scores = db.prepare('SELECT indicator_key, self_hundredths, appraised_hundredths FROM criteria_score WHERE assessment_id = ? ORDER BY indicator_key');
  const rows = db.prepare('SELECT id, set_id, set_version, year, appraised_on, appraiser FROM criteria_assessment ORDER BY year, set_id').all() as AssessmentRow[];
  return rows.map((row) => ({
    id: idOf(row.set_id, row.year),
    period: yearPeriod(row.year),
    data: {
      setId: row.set_id,
      setVersion: row.set_version,
      year: row.year,
      appraisedOn: row.appraised_on,
      appraiser: row.appraiser,
      scores: (scores.all(row.id) as ScoreRow[]).map((s) => ({ indicatorKey: s.indicator_key, selfHundredths: s.self_hundredths, appraisedHundredths: s.appraised_hundredths })),
      attachments: attachments('criteriaAssessment', row.id),
    },
  }));
}

export const evaluationGradesExchange: ExchangedDataset = { dataset: 'evaluation_grades', schemaVersion: 1, label: 'Tổng hợp xếp loại cán bộ, công chức', records: gradeSummaries };
export const criteriaAssessmentsExchange: ExchangedDataset = { dataset: 'criteria_assessments', schemaVersion: 2, label: 'Tự đánh giá và thẩm định tiêu chí', records: criteriaAssessments };
