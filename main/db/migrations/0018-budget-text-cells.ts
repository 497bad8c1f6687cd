import type { Migration } from './types';

/**
 * Free text of a form's text columns (a project's place, its start and end dates, notes), beside the figures:
 * like budget_figure, it belongs to one report version, so a disclosed version stays as it was and a correction copies it.
 */
export const budgetTextCells: Migration = {
  version: 18,
  name: 'budget-text-cells',
  up: `
    CREATE TABLE budget_text_cell (
      report_id INTEGER NOT NULL REFERENCES budget_report (id),
      form_code TEXT NOT NULL,
      line_code TEXT NOT NULL,
      column_key TEXT NOT NULL,
      text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
      PRIMARY KEY (report_id, form_code, line_code, column_key)
    ) STRICT, WITHOUT ROWID;
  `,
};
