import type { Migration } from './types';

/**
 * The petitions ledger (sổ theo dõi ý kiến, kiến nghị, phản ánh) and the suggestion-box openings.
 * The person's data sits in its own columns so that main can leave it out for accounts without
 * petitions.personalData; `search_text` holds the folded content (everyone may search it) and
 * `person_search` the folded personal data (searched only for those who may see it).
 * Meeting entries keep the meeting id without a foreign key: a meeting's agenda is rewritten on every
 * save, and a ledger entry outlives it. `opinion_key` (agenda item and the opinion's text) makes
 * "one entry per opinion" hold across those rewrites.
 */
export const petitions: Migration = {
  version: 9,
  name: 'petitions',
  up: `
    CREATE TABLE petition_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      answer_working_days INTEGER NOT NULL CHECK (answer_working_days BETWEEN 1 AND 90)
    ) STRICT;

    CREATE TABLE suggestion_box_opening (
      id INTEGER PRIMARY KEY,
      opened_on TEXT NOT NULL,
      place TEXT NOT NULL,
      witnesses_json TEXT NOT NULL,
      letter_count INTEGER NOT NULL CHECK (letter_count >= 0),
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX suggestion_box_opening_date ON suggestion_box_opening (opened_on);

    CREATE TABLE petition (
      id INTEGER PRIMARY KEY,
      source TEXT NOT NULL CHECK (source IN ('suggestionBox', 'meeting', 'hotline', 'email', 'inPerson', 'forwardedByFront', 'other')),
      source_note TEXT NOT NULL DEFAULT '',
      box_opening_id INTEGER REFERENCES suggestion_box_opening (id),
      meeting_id INTEGER,
      opinion_key TEXT UNIQUE,
      received_on TEXT NOT NULL,
      person_name TEXT NOT NULL DEFAULT '',
      person_address TEXT NOT NULL DEFAULT '',
      person_phone TEXT NOT NULL DEFAULT '',
      residential_group_id INTEGER REFERENCES residential_group (id) ON DELETE SET NULL,
      content TEXT NOT NULL,
      category TEXT NOT NULL,
      assignee_id INTEGER REFERENCES staff_member (id) ON DELETE SET NULL,
      due_on TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('received', 'inProgress', 'answered', 'forwarded', 'closed')),
      answer TEXT NOT NULL DEFAULT '',
      answered_on TEXT,
      forwarded_to TEXT NOT NULL DEFAULT '',
      forwarded_on TEXT,
      closed_on TEXT,
      closing_note TEXT NOT NULL DEFAULT '',
      search_text TEXT NOT NULL,
      person_search TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX petition_received ON petition (received_on, id);
    CREATE INDEX petition_status ON petition (status, received_on);
    CREATE INDEX petition_source ON petition (source, received_on);
    CREATE INDEX petition_category ON petition (category, received_on);
    CREATE INDEX petition_assignee ON petition (assignee_id, received_on);
    CREATE INDEX petition_open_due ON petition (due_on, received_on) WHERE status IN ('received', 'inProgress');
    CREATE INDEX petition_box_opening ON petition (box_opening_id) WHERE box_opening_id IS NOT NULL;

    -- Substring search over the folded columns: a trigram index answers "contains" without reading every row.
    CREATE VIRTUAL TABLE petition_search USING fts5 (search_text, person_search, content = 'petition', content_rowid = 'id', tokenize = 'trigram');
    CREATE TRIGGER petition_search_insert AFTER INSERT ON petition BEGIN
      INSERT INTO petition_search (rowid, search_text, person_search) VALUES (new.id, new.search_text, new.person_search);
    END;
    CREATE TRIGGER petition_search_update AFTER UPDATE OF search_text, person_search ON petition BEGIN
      INSERT INTO petition_search (petition_search, rowid, search_text, person_search) VALUES ('delete', old.id, old.search_text, old.person_search);
      INSERT INTO petition_search (rowid, search_text, person_search) VALUES (new.id, new.search_text, new.person_search);
    END;
    CREATE TRIGGER petition_search_delete AFTER DELETE ON petition BEGIN
      INSERT INTO petition_search (petition_search, rowid, search_text, person_search) VALUES ('delete', old.id, old.search_text, old.person_search);
    END;
  `,
};
