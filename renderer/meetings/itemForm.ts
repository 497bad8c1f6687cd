import type { z } from 'zod';
import type { AgendaItem, agendaItemInput, DecisionMatter, MeetingTypeRules, VoteMethod } from '../../main/api';
import type { Draft, SchemaForm } from '../ui/schemaForm';

export type ItemDraft = Draft<z.input<typeof agendaItemInput>>;
export type ItemForm = SchemaForm<ItemDraft, z.output<typeof agendaItemInput>>;
export type VoteDraft = NonNullable<ItemDraft['vote']>;
export type CandidateDraft = NonNullable<ItemDraft['candidates']>[number];
export type OpinionDraft = NonNullable<ItemDraft['opinions']>[number];

/**
 * A count the clerk has not typed yet: kept empty so the contract answers "Chưa nhập thông tin bắt buộc."
 * rather than a zero being saved as a result.
 */
export const notTyped = undefined as unknown as number;

export function itemDraftOf(meetingId: number, item?: AgendaItem): ItemDraft {
  if (!item) {
    return { id: undefined, meetingId, title: '', presenter: '', content: '', kind: 'discussion', matter: null, opinions: [], vote: null, seats: null, candidates: [], conclusion: '' };
  }
  const { position: _position, result: _result, ...input } = item;
  return { ...input, meetingId };
}

export function votingMethodsOf(rules: MeetingTypeRules): VoteMethod[] {
  return rules.votingMethods.length > 0 ? rules.votingMethods : ['showOfHands'];
}

export function emptyVote(rules: MeetingTypeRules): VoteDraft {
  return { method: votingMethodsOf(rules)[0]!, for: notTyped, against: notTyped, abstain: notTyped, invalid: 0, countingBoard: [] };
}

/** An election's ballot: votes go to the candidates, so the vote itself only carries the method, invalid ballots and board. */
export function emptyElectionVote(rules: MeetingTypeRules): VoteDraft {
  return { ...emptyVote(rules), for: 0, against: 0, abstain: 0 };
}

/** The seats an election fills when its matter fixes them (a group head: 1). */
export function fixedSeats(matter: DecisionMatter | undefined): number | null {
  return matter?.seats && matter.seats.min === matter.seats.max ? matter.seats.min : null;
}

export function emptyCandidate(): CandidateDraft {
  return { name: '', staffMemberId: null, position: '', votes: notTyped };
}
