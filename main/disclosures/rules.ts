import { AppError } from '../api/errors';
import { disclosureRules, disclosureStatusLabels, type ContentGroup, type ContentGroupKey, type DisclosureRules, type DisclosureStatus } from '../api/disclosures';
import { formatShortDate } from '../documents/vietnamese';
import { parseDataFile } from '../evaluations/dataFile';
import ruleFile from '../../resources/disclosures/content-groups.json';
import type { DayArithmetic } from '../calendar/workingDays';

/** Validates a content-group rule file (shipped, or sent down by the superior): every group K1–K14 once. */
export function parseDisclosureRules(json: unknown): DisclosureRules {
  return parseDataFile(disclosureRules, json, 'quy định nhóm nội dung công khai');
}

/** The shipped rules (resources/disclosures/content-groups.json), validated at load. */
export const builtInDisclosureRules: DisclosureRules = parseDisclosureRules(ruleFile);

export function groupRules(key: ContentGroupKey, rules: DisclosureRules = builtInDisclosureRules): ContentGroup {
  const group = rules.groups.find((entry) => entry.key === key);
  if (!group) throw new AppError('CONFLICT', `Chưa có quy định cho nhóm nội dung ${key}.`);
  return group;
}

/** The last day to disclose: the decision date + the group's working days; null without a decision date. */
export function disclosureDeadline(group: ContentGroup, decisionDate: string | null, days: DayArithmetic): string | null {
  return decisionDate === null ? null : days.addWorkingDays(decisionDate, group.deadlineWorkingDays);
}

/** Calendar days from `from` to `to`, both counted: 1/3 to 30/3 is 30 days. */
export function inclusiveDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** What the warnings are computed from: a register record as stored. */
export interface WarningFacts {
  group: ContentGroupKey;
  status: DisclosureStatus;
  channels: readonly string[];
  deadline: string | null;
  disclosedOn: string | null;
  postingFrom: string | null;
  postingTo: string | null;
  postingPermanent: boolean;
  loudspeakerDays: number | null;
}

function deadlineWarning(facts: WarningFacts, today: string): string | null {
  if (facts.deadline === null) return null;
  const due = formatShortDate(facts.deadline);
  if (facts.disclosedOn !== null && facts.disclosedOn > facts.deadline) return `Công khai muộn: hạn là ngày ${due}, đã công khai ngày ${formatShortDate(facts.disclosedOn)}.`;
  if (facts.disclosedOn === null && facts.status === 'planned' && today > facts.deadline) return `Đã quá hạn công khai (hạn ngày ${due}).`;
  return null;
}

function postingWarning(group: ContentGroup, facts: WarningFacts): string | null {
  if (group.posting.kind === 'permanent') {
    return facts.postingTo !== null ? `Nhóm ${group.key} phải niêm yết thường xuyên; bản ghi này lại có ngày kết thúc niêm yết ${formatShortDate(facts.postingTo)}.` : null;
  }
  if (group.posting.kind !== 'days') return null;
  const minimum = group.posting.minimumDays;
  if (!facts.channels.includes('posting')) return `Nhóm ${group.key} phải niêm yết ít nhất ${minimum} ngày liên tục; bản ghi này chưa có hình thức niêm yết.`;
  if (facts.postingFrom === null || facts.postingTo === null) return null;
  const posted = inclusiveDays(facts.postingFrom, facts.postingTo);
  return posted < minimum ? `Nhóm ${group.key} phải niêm yết ít nhất ${minimum} ngày liên tục; bản ghi này mới ${posted} ngày.` : null;
}

function loudspeakerWarning(group: ContentGroup, facts: WarningFacts): string | null {
  const minimum = group.loudspeakerMinimumDays;
  if (minimum === null) return null;
  const broadcast = facts.channels.includes('loudspeaker') ? (facts.loudspeakerDays ?? 0) : 0;
  if (broadcast >= minimum) return null;
  const done = broadcast === 0 ? 'chưa phát trên loa' : `mới ${broadcast} ngày`;
  return `Nhóm ${group.key} phải phát trên loa ít nhất ${minimum} ngày liên tục; bản ghi này ${done}.`;
}

/**
 * The record's warnings, in Vietnamese: late or overdue, posting shorter than the group's minimum,
 * loudspeaker shorter than its minimum, an end date on a permanent posting. A planned record is only
 * checked for its deadline: how it will be posted is not known yet.
 */
export function disclosureWarnings(facts: WarningFacts, today: string, rules: DisclosureRules = builtInDisclosureRules): string[] {
  const group = groupRules(facts.group, rules);
  const done = facts.status !== 'planned';
  const warnings = [deadlineWarning(facts, today), done ? postingWarning(group, facts) : null, done ? loudspeakerWarning(group, facts) : null];
  return warnings.filter((warning): warning is string => warning !== null);
}

/** The moves a record may make when saved; reDisclosed is reached only by saving the record that replaces it. */
const allowedMoves: Record<DisclosureStatus, readonly DisclosureStatus[]> = {
  planned: ['planned', 'posted'],
  posted: ['posted', 'ended'],
  ended: ['ended'],
  reDisclosed: [],
};

/** Refuses a status change the register does not allow, naming both statuses. */
export function checkTransition(from: DisclosureStatus, to: DisclosureStatus): void {
  if (allowedMoves[from].includes(to)) return;
  if (from === 'reDisclosed') throw new AppError('CONFLICT', 'Bản ghi này đã được thay bằng bản công khai lại nên không sửa được nữa.');
  throw new AppError('CONFLICT', `Không chuyển được trạng thái từ "${disclosureStatusLabels[from]}" sang "${disclosureStatusLabels[to]}".`, 'status');
}

/** Only a record that was disclosed can be replaced by a re-disclosure. */
export function checkReplaceable(status: DisclosureStatus): void {
  if (status === 'posted' || status === 'ended') return;
  const reason = status === 'planned' ? 'chưa được công khai' : 'đã được công khai lại một lần';
  throw new AppError('CONFLICT', `Bản ghi được thay thế ${reason}; chỉ công khai lại được bản ghi đã công khai.`, 'replacesId');
}
