import { meetingTypes, type MeetingType } from '../api/meetings';
import { getMeeting, listMeetings } from './queries';
import { matterOf, typeRules } from './ruleSet';
import type { DatedReadContext } from '../calendar/service';

/** A decision residents took on an Art. 15 matter at a meeting or household ballot. */
export interface ResidentsDecision {
  title: string;
  passed: boolean;
}

/** A meeting that took place in the period (attendance taken, a vote recorded or minutes finalized). */
export interface HeldMeeting {
  id: number;
  type: MeetingType;
  date: string;
  title: string;
  residentialGroupName: string | null;
  /** Empty for meetings that do not decide Art. 15 matters. */
  decisions: ResidentsDecision[];
}

export interface MeetingsPeriodCounts {
  held: Record<MeetingType, number>;
  /** Art. 15 matters voted on at the residents' meetings and household ballots held in the period. */
  residentsDecisions: { decided: number; passed: number };
  /** Residential groups where a meeting of the group was held in the period. */
  groupsMet: number;
}

// The matters residents decide are those of Art. 15; a residents' meeting also votes on procedure (its secretary,
// its counting board), which the report does not count. Matched on the rule's legal basis, which is data.
const ART_15 = /Điều 15(?!\d)/;

function decisionsOf(read: DatedReadContext, id: number): ResidentsDecision[] {
  const meeting = getMeeting(read, id);
  const rules = typeRules(meeting.type);
  return meeting.agenda
    .filter((item) => item.result !== null && ART_15.test(matterOf(rules, item.matter)?.legalBasis ?? ''))
    .map((item) => ({ title: item.title, passed: item.result!.passed }));
}

/** The meetings held between `from` and `to` (ISO dates, both included), oldest first. */
export function heldMeetings(read: DatedReadContext, from: string, to: string): HeldMeeting[] {
  return listMeetings(read.db, { from, to, type: null })
    .filter((meeting) => meeting.stage !== 'planned')
    .reverse()
    .map((meeting) => ({
      id: meeting.id,
      type: meeting.type,
      date: meeting.date,
      title: meeting.title,
      residentialGroupName: meeting.residentialGroupName,
      decisions: typeRules(meeting.type).decisionRecord ? decisionsOf(read, meeting.id) : [],
    }));
}

/** The meetings' part of the quarterly report on democracy implementation. */
export function meetingsPeriodCounts(meetings: readonly HeldMeeting[]): MeetingsPeriodCounts {
  const held = Object.fromEntries(meetingTypes.map((type) => [type, 0])) as Record<MeetingType, number>;
  for (const meeting of meetings) held[meeting.type] += 1;
  const decisions = meetings.flatMap((meeting) => meeting.decisions);
  return {
    held,
    residentsDecisions: { decided: decisions.length, passed: decisions.filter((decision) => decision.passed).length },
    groupsMet: new Set(meetings.flatMap((meeting) => (meeting.residentialGroupName === null ? [] : [meeting.residentialGroupName]))).size,
  };
}
