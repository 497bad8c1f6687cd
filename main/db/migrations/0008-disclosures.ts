import type { Migration } from './types';

/**
 * Public disclosures (Law 10/2022 Art. 11–14): the register of what is disclosed, planned or done, with
 * its forms and periods; and consultations of the people (Art. 25–28) with the opinions received. The
 * budget stages disclosed on the budget screen (K2) stay in the budget tables and are read from there.
 */
export const disclosures: Migration = {
  version: 8,
  name: 'disclosures',
  up: `
    CREATE TABLE consultation (
      id INTEGER PRIMARY KEY,
      subject TEXT NOT NULL,
      forms_json TEXT NOT NULL,
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL,
      draft_published_at TEXT NOT NULL DEFAULT '',
      synthesis TEXT NOT NULL DEFAULT '',
      synthesis_date TEXT,
      note TEXT NOT NULL DEFAULT '',
      CHECK (end_date >= start_date)
    ) STRICT;

    CREATE TABLE consultation_opinion (
      id INTEGER PRIMARY KEY,
      consultation_id INTEGER NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
      source TEXT NOT NULL CHECK (source IN ('meeting', 'ballot', 'suggestionBox', 'portal', 'other')),
      author TEXT NOT NULL,
      content TEXT NOT NULL,
      received_on TEXT NOT NULL,
      response TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX consultation_opinion_consultation ON consultation_opinion (consultation_id);

    CREATE TABLE disclosure (
      id INTEGER PRIMARY KEY,
      content_group TEXT NOT NULL,
      title TEXT NOT NULL,
      summary TEXT NOT NULL DEFAULT '',
      decision_number TEXT NOT NULL DEFAULT '',
      decision_date TEXT,
      channels_json TEXT NOT NULL DEFAULT '[]',
      planned_on TEXT,
      disclosed_on TEXT,
      posting_from TEXT,
      posting_to TEXT,
      posting_permanent INTEGER NOT NULL DEFAULT 0 CHECK (posting_permanent IN (0, 1)),
      loudspeaker_days INTEGER CHECK (loudspeaker_days IS NULL OR loudspeaker_days >= 0),
      posted_at_headquarters INTEGER NOT NULL DEFAULT 0 CHECK (posted_at_headquarters IN (0, 1)),
      residential_group_ids_json TEXT NOT NULL DEFAULT '[]',
      status TEXT NOT NULL CHECK (status IN ('planned', 'posted', 'ended', 'reDisclosed')),
      replaces_id INTEGER UNIQUE REFERENCES disclosure (id),
      consultation_id INTEGER UNIQUE REFERENCES consultation (id),
      owner TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX disclosure_dates ON disclosure (disclosed_on, planned_on);
  `,
};
