import type { Migration } from './types';

/**
 * Meetings and their minutes. A meeting's plan, attendance, agenda (opinions, votes, candidates) and
 * follow-up tasks stay editable until the minutes are finalized; each finalization stores the whole
 * meeting as it was in `minutes_version`, which triggers keep immutable. `meeting_search` holds the
 * diacritics-folded text of every meeting, agenda item, opinion and minutes for full-text search.
 */
export const meetings: Migration = {
  version: 5,
  name: 'meetings',
  up: `
    CREATE TABLE meeting (
      id INTEGER PRIMARY KEY,
      type TEXT NOT NULL,
      title TEXT NOT NULL,
      subject TEXT NOT NULL DEFAULT '',
      residential_group_id INTEGER REFERENCES residential_group (id),
      date TEXT NOT NULL,
      start_time TEXT NOT NULL,
      end_time TEXT NOT NULL DEFAULT '',
      place TEXT NOT NULL,
      notice_date TEXT,
      chair TEXT NOT NULL DEFAULT '',
      chair_position TEXT NOT NULL DEFAULT '',
      presidium_json TEXT NOT NULL DEFAULT '[]',
      secretary TEXT NOT NULL DEFAULT '',
      secretary_position TEXT NOT NULL DEFAULT '',
      eligible_count INTEGER NOT NULL DEFAULT 0 CHECK (eligible_count >= 0),
      present_count INTEGER CHECK (present_count IS NULL OR present_count >= 0),
      documents_json TEXT NOT NULL DEFAULT '[]',
      contact TEXT NOT NULL DEFAULT '',
      proceedings TEXT NOT NULL DEFAULT '',
      conclusion TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'finalized')),
      correction_reason TEXT NOT NULL DEFAULT '',
      delivered_on TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX meeting_date ON meeting (date);
    CREATE INDEX meeting_group ON meeting (residential_group_id);

    CREATE TABLE meeting_participant (
      id INTEGER PRIMARY KEY,
      meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('staff', 'guest', 'household')),
      staff_member_id INTEGER REFERENCES staff_member (id) ON DELETE SET NULL,
      name TEXT NOT NULL,
      detail TEXT NOT NULL DEFAULT '',
      present INTEGER CHECK (present IS NULL OR present IN (0, 1))
    ) STRICT;
    CREATE INDEX meeting_participant_meeting ON meeting_participant (meeting_id, position);

    CREATE TABLE agenda_item (
      id INTEGER PRIMARY KEY,
      meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      presenter TEXT NOT NULL DEFAULT '',
      content TEXT NOT NULL DEFAULT '',
      kind TEXT NOT NULL CHECK (kind IN ('discussion', 'vote', 'election')),
      matter TEXT,
      vote_method TEXT CHECK (vote_method IS NULL OR vote_method IN ('showOfHands', 'secretBallot', 'householdBallot', 'online')),
      votes_for INTEGER CHECK (votes_for IS NULL OR votes_for >= 0),
      votes_against INTEGER CHECK (votes_against IS NULL OR votes_against >= 0),
      votes_abstain INTEGER CHECK (votes_abstain IS NULL OR votes_abstain >= 0),
      votes_invalid INTEGER CHECK (votes_invalid IS NULL OR votes_invalid >= 0),
      counting_board_json TEXT NOT NULL DEFAULT '[]',
      seats INTEGER CHECK (seats IS NULL OR seats > 0),
      conclusion TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, position);

    CREATE TABLE opinion (
      id INTEGER PRIMARY KEY,
      agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      speaker TEXT NOT NULL,
      summary TEXT NOT NULL,
      answered_by TEXT NOT NULL DEFAULT '',
      answer TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX opinion_agenda_item ON opinion (agenda_item_id, position);

    CREATE TABLE election_candidate (
      id INTEGER PRIMARY KEY,
      agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      staff_member_id INTEGER REFERENCES staff_member (id) ON DELETE SET NULL,
      staff_position TEXT NOT NULL DEFAULT '',
      votes INTEGER NOT NULL CHECK (votes >= 0)
    ) STRICT;
    CREATE INDEX election_candidate_agenda_item ON election_candidate (agenda_item_id, position);

    CREATE TABLE meeting_task (
      id INTEGER PRIMARY KEY,
      meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
      description TEXT NOT NULL,
      owner TEXT NOT NULL,
      due_date TEXT,
      done_on TEXT,
      note TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX meeting_task_meeting ON meeting_task (meeting_id);
    CREATE INDEX meeting_task_due ON meeting_task (due_date) WHERE done_on IS NULL;

    CREATE TABLE meeting_preparation (
      meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
      step_key TEXT NOT NULL,
      done_on TEXT,
      note TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (meeting_id, step_key)
    ) STRICT;

    CREATE TABLE consultation_comment (
      id INTEGER PRIMARY KEY,
      meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
      topic TEXT NOT NULL,
      department TEXT NOT NULL,
      summary TEXT NOT NULL,
      received_on TEXT NOT NULL
    ) STRICT;
    CREATE INDEX consultation_comment_meeting ON consultation_comment (meeting_id, topic);

    CREATE TABLE minutes_version (
      id INTEGER PRIMARY KEY,
      meeting_id INTEGER NOT NULL REFERENCES meeting (id),
      version INTEGER NOT NULL CHECK (version > 0),
      finalized_at TEXT NOT NULL,
      finalized_by INTEGER REFERENCES account (id),
      reason TEXT NOT NULL DEFAULT '',
      minutes_number TEXT,
      resolution_number TEXT,
      snapshot_json TEXT NOT NULL,
      UNIQUE (meeting_id, version)
    ) STRICT;

    CREATE TRIGGER minutes_version_immutable BEFORE UPDATE ON minutes_version
    BEGIN SELECT RAISE(ABORT, 'minutes_version is immutable'); END;
    CREATE TRIGGER minutes_version_kept BEFORE DELETE ON minutes_version
    BEGIN SELECT RAISE(ABORT, 'minutes_version is immutable'); END;

    CREATE VIRTUAL TABLE meeting_search USING fts5 (
      body,
      kind UNINDEXED,
      ref_id UNINDEXED,
      meeting_id UNINDEXED,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    );
  `,
};
