import type { Migration } from './types';

/**
 * Civil-servant evaluation: a period (month, quarter, or a past year under the levels regime) opened for
 * one agency and group of similar tasks, and one sheet per person. The sheet keeps what was entered
 * (scores per sub-criterion, the task table, the discipline conclusion) and its computed total and grade,
 * so that a year is closed without recomputing every period. Closing a year keeps its results as decided,
 * with their disclosure to the staff (Art. 46–48: within 5 working days, posted ≥ 20 days).
 */
export const evaluations: Migration = {
  version: 6,
  name: 'evaluations',
  up: `
    CREATE TABLE evaluation_period (
      id INTEGER PRIMARY KEY,
      period TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('month', 'quarter', 'year')),
      scheme_id TEXT NOT NULL,
      scheme_version INTEGER NOT NULL,
      group_name TEXT NOT NULL,
      opened_at TEXT NOT NULL,
      UNIQUE (period, group_name)
    ) STRICT;

    CREATE TABLE evaluation_sheet (
      id INTEGER PRIMARY KEY,
      period_id INTEGER NOT NULL REFERENCES evaluation_period (id) ON DELETE CASCADE,
      staff_member_id INTEGER NOT NULL REFERENCES staff_member (id),
      self_assessment TEXT NOT NULL DEFAULT '',
      collective_opinion TEXT NOT NULL DEFAULT '',
      head_note TEXT NOT NULL DEFAULT '',
      general_scores_json TEXT NOT NULL DEFAULT '{}',
      tasks_json TEXT NOT NULL DEFAULT '[]',
      discipline_reference TEXT,
      chosen_grade TEXT CHECK (chosen_grade IS NULL OR chosen_grade IN ('excellent', 'good', 'satisfactory', 'unsatisfactory')),
      total_hundredths INTEGER CHECK (total_hundredths IS NULL OR total_hundredths BETWEEN 0 AND 10000),
      grade TEXT CHECK (grade IS NULL OR grade IN ('excellent', 'good', 'satisfactory', 'unsatisfactory')),
      updated_at TEXT NOT NULL,
      UNIQUE (period_id, staff_member_id)
    ) STRICT;
    CREATE INDEX evaluation_sheet_staff ON evaluation_sheet (staff_member_id);

    CREATE TABLE evaluation_year (
      year INTEGER NOT NULL,
      group_name TEXT NOT NULL,
      decided_on TEXT NOT NULL,
      results_json TEXT NOT NULL,
      closed_at TEXT NOT NULL,
      disclosed_on TEXT,
      posting_days INTEGER CHECK (posting_days IS NULL OR posting_days > 0),
      disclosure_note TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (year, group_name)
    ) STRICT;
  `,
};
