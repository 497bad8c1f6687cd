import type { Migration } from './types';

/**
 * Budget disclosure: form sets (kept whole, as imported), fiscal years and their stages, report versions
 * (a disclosed version is never edited: a correction is a new version), figures in integer đồng, the
 * clerk's detail lines, the disclosure record.
 */
export const budget: Migration = {
  version: 3,
  name: 'budget',
  up: `
    CREATE TABLE budget_form_set (
      id TEXT NOT NULL,
      version INTEGER NOT NULL,
      name TEXT NOT NULL,
      verified INTEGER NOT NULL CHECK (verified IN (0, 1)),
      built_in INTEGER NOT NULL CHECK (built_in IN (0, 1)),
      definition_json TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      PRIMARY KEY (id, version)
    ) STRICT;

    CREATE TABLE fiscal_year (
      year INTEGER PRIMARY KEY,
      form_set_id TEXT NOT NULL,
      form_set_version INTEGER NOT NULL,
      opened_at TEXT NOT NULL,
      FOREIGN KEY (form_set_id, form_set_version) REFERENCES budget_form_set (id, version)
    ) STRICT;

    CREATE TABLE budget_stage (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL REFERENCES fiscal_year (year),
      stage TEXT NOT NULL CHECK (stage IN ('estimateSubmitted', 'estimateApproved', 'executionQ1', 'execution6m', 'execution9m', 'executionYear', 'finalAccounts')),
      resolution_number TEXT NOT NULL DEFAULT '',
      resolution_date TEXT,
      submitted_on TEXT,
      UNIQUE (year, stage)
    ) STRICT;

    CREATE TABLE budget_report (
      id INTEGER PRIMARY KEY,
      stage_id INTEGER NOT NULL REFERENCES budget_stage (id),
      version INTEGER NOT NULL CHECK (version >= 1),
      status TEXT NOT NULL CHECK (status IN ('draft', 'disclosed', 'superseded')),
      correction_reason TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      UNIQUE (stage_id, version)
    ) STRICT;

    CREATE TABLE budget_figure (
      report_id INTEGER NOT NULL REFERENCES budget_report (id),
      form_code TEXT NOT NULL,
      line_code TEXT NOT NULL,
      column_key TEXT NOT NULL,
      amount INTEGER NOT NULL,
      PRIMARY KEY (report_id, form_code, line_code, column_key)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE budget_extra_line (
      report_id INTEGER NOT NULL REFERENCES budget_report (id),
      form_code TEXT NOT NULL,
      code TEXT NOT NULL,
      parent TEXT NOT NULL,
      label TEXT NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (report_id, form_code, code)
    ) STRICT;

    CREATE TABLE budget_disclosure (
      report_id INTEGER PRIMARY KEY REFERENCES budget_report (id),
      posted_on TEXT NOT NULL,
      channels_json TEXT NOT NULL,
      posting_days INTEGER NOT NULL CHECK (posting_days >= 1),
      performed_by TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      recorded_at TEXT NOT NULL
    ) STRICT;

  `,
};
