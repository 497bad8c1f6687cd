import type { Migration } from './types';

/**
 * The quarterly report on democracy implementation (rules §7): one row per version of a quarter's report with
 * its compiled sections, and the narrative of each section. A finalized version (numbered "…/BC-UBND") never
 * changes again, nor do its narratives: a correction is the next version with its reason.
 */
export const quarterlyReports: Migration = {
  version: 15,
  name: 'quarterly-reports',
  up: `
    CREATE TABLE quarterly_report (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
      version INTEGER NOT NULL CHECK (version >= 1),
      status TEXT NOT NULL CHECK (status IN ('draft', 'finalized')),
      number TEXT,
      issued_on TEXT,
      finalized_at TEXT,
      finalized_by INTEGER REFERENCES account (id),
      sections_json TEXT NOT NULL,
      compiled_at TEXT NOT NULL,
      correction_reason TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      UNIQUE (year, quarter, version),
      CHECK ((status = 'finalized') = (number IS NOT NULL AND issued_on IS NOT NULL AND finalized_at IS NOT NULL)),
      CHECK (version = 1 OR correction_reason <> '')
    ) STRICT;
    CREATE UNIQUE INDEX quarterly_report_one_draft ON quarterly_report (year, quarter) WHERE status = 'draft';

    CREATE TABLE quarterly_report_narrative (
      report_id INTEGER NOT NULL REFERENCES quarterly_report (id),
      section TEXT NOT NULL,
      text TEXT NOT NULL,
      edited INTEGER NOT NULL CHECK (edited IN (0, 1)),
      PRIMARY KEY (report_id, section)
    ) STRICT, WITHOUT ROWID;

    CREATE TRIGGER quarterly_report_finalized_immutable BEFORE UPDATE ON quarterly_report WHEN OLD.status = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'a finalized quarterly report is immutable'); END;
    CREATE TRIGGER quarterly_report_finalized_kept BEFORE DELETE ON quarterly_report WHEN OLD.status = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'a finalized quarterly report is immutable'); END;
    CREATE TRIGGER quarterly_report_narrative_frozen_insert BEFORE INSERT ON quarterly_report_narrative
    WHEN (SELECT status FROM quarterly_report WHERE id = NEW.report_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'a finalized quarterly report is immutable'); END;
    CREATE TRIGGER quarterly_report_narrative_frozen_update BEFORE UPDATE ON quarterly_report_narrative
    WHEN (SELECT status FROM quarterly_report WHERE id = OLD.report_id) = 'finalized'
      OR (SELECT status FROM quarterly_report WHERE id = NEW.report_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'a finalized quarterly report is immutable'); END;
    CREATE TRIGGER quarterly_report_narrative_frozen_delete BEFORE DELETE ON quarterly_report_narrative
    WHEN (SELECT status FROM quarterly_report WHERE id = OLD.report_id) = 'finalized'
    BEGIN SELECT RAISE(ABORT, 'a finalized quarterly report is immutable'); END;
  `,
};
