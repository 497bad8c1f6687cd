import type { Migration } from './types';

/**
 * An account may be linked to the staff member it belongs to, for the person's own view of their scores.
 * Criteria sets (a versioned tree of criteria and indicators, kept whole as JSON because it is read and
 * written whole) and the ward's assessment of a year against one: a self-score and an appraised score
 * per indicator, and evidence links to the ward's own records. A published set never changes: an edit
 * is a new version.
 */
export const selfAssessment: Migration = {
  version: 7,
  name: 'self-assessment',
  up: `
    ALTER TABLE account ADD COLUMN staff_member_id INTEGER REFERENCES staff_member (id) ON DELETE SET NULL;
    CREATE UNIQUE INDEX account_staff_member ON account (staff_member_id) WHERE staff_member_id IS NOT NULL;

    CREATE TABLE criteria_set (
      id TEXT NOT NULL,
      version INTEGER NOT NULL CHECK (version >= 1),
      name TEXT NOT NULL,
      origin TEXT NOT NULL CHECK (origin IN ('builtIn', 'imported', 'authored')),
      status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
      definition_json TEXT NOT NULL,
      saved_at TEXT NOT NULL,
      PRIMARY KEY (id, version)
    ) STRICT;
    CREATE TRIGGER criteria_set_published_immutable BEFORE UPDATE ON criteria_set WHEN OLD.status = 'published'
    BEGIN SELECT RAISE(ABORT, 'a published criteria set is immutable'); END;
    CREATE TRIGGER criteria_set_published_kept BEFORE DELETE ON criteria_set WHEN OLD.status = 'published'
    BEGIN SELECT RAISE(ABORT, 'a published criteria set is immutable'); END;

    CREATE TABLE criteria_assessment (
      id INTEGER PRIMARY KEY,
      set_id TEXT NOT NULL,
      set_version INTEGER NOT NULL,
      year INTEGER NOT NULL,
      appraised_on TEXT,
      appraiser TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      FOREIGN KEY (set_id, set_version) REFERENCES criteria_set (id, version),
      UNIQUE (set_id, year)
    ) STRICT;

    CREATE TABLE criteria_score (
      assessment_id INTEGER NOT NULL REFERENCES criteria_assessment (id) ON DELETE CASCADE,
      indicator_key TEXT NOT NULL,
      self_hundredths INTEGER CHECK (self_hundredths IS NULL OR self_hundredths >= 0),
      self_note TEXT NOT NULL DEFAULT '',
      appraised_hundredths INTEGER CHECK (appraised_hundredths IS NULL OR appraised_hundredths >= 0),
      appraised_note TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (assessment_id, indicator_key)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE criteria_evidence (
      id INTEGER PRIMARY KEY,
      assessment_id INTEGER NOT NULL REFERENCES criteria_assessment (id) ON DELETE CASCADE,
      indicator_key TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('meeting', 'budgetReport', 'attachment')),
      ref_id TEXT NOT NULL,
      added_at TEXT NOT NULL,
      UNIQUE (assessment_id, indicator_key, kind, ref_id)
    ) STRICT;
  `,
};
