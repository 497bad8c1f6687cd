import type { Migration } from './types';

/**
 * The household ballot a ward designs for a household-ballot meeting (NĐ 59/2023 Art. 4(5)(a)): one per
 * meeting, gone with it. The questions are kept as JSON keyed by agenda item, since they follow the agenda.
 */
export const meetingBallots: Migration = {
  version: 19,
  name: 'meeting-ballots',
  up: `
    CREATE TABLE meeting_ballot (
      meeting_id INTEGER PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      subject TEXT NOT NULL DEFAULT '',
      questions_json TEXT NOT NULL CHECK (json_valid(questions_json)),
      guidance TEXT NOT NULL,
      other_opinion INTEGER NOT NULL CHECK (other_opinion IN (0, 1)),
      deadline TEXT NOT NULL,
      authentication TEXT CHECK (authentication IS NULL OR authentication IN ('seal', 'groupHead')),
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};
