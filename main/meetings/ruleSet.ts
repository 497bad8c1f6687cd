import { AppError } from '../api/errors';
import { meetingRuleSet, type DecisionMatter, type MeetingRuleSet, type MeetingType, type MeetingTypeRules } from '../api/meetings';
import ruleFile from '../../resources/meetings/meeting-types.json';

/** The shipped meeting rules (resources/meetings/meeting-types.json), checked against the contract at load. */
export const meetingRules: MeetingRuleSet = meetingRuleSet.parse(ruleFile);

export function typeRules(type: MeetingType): MeetingTypeRules {
  const rules = meetingRules.types.find((entry) => entry.key === type);
  if (!rules) throw new AppError('CONFLICT', `Chưa có quy định cho loại cuộc họp "${type}".`);
  return rules;
}

export function matterOf(rules: MeetingTypeRules, key: string | null): DecisionMatter | null {
  return rules.matters.find((matter) => matter.key === key) ?? null;
}
