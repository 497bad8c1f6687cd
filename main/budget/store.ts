import type { BudgetStage, FormLine, FormSet } from '../api/budget';
import { disclosureChannels } from '../api/budget';
import { AppError } from '../api/errors';
import type { Db } from '../db/database';
import type { EnteredFigures, EnteredTexts } from './rules';

/** The SQL of the budget capability's tables. */

export interface StageRow {
  id: number;
  year: number;
  stage: BudgetStage;
  resolution_number: string;
  resolution_date: string | null;
  submitted_on: string | null;
}

export interface ReportRow {
  id: number;
  stage_id: number;
  version: number;
  status: 'draft' | 'disclosed' | 'superseded';
  correction_reason: string;
  created_at: string;
}

export interface DisclosureRow {
  report_id: number;
  posted_on: string;
  channels_json: string;
  posting_days: number;
  performed_by: string;
  note: string;
}


export function insertFormSet(db: Db, set: FormSet, builtIn: boolean, at: string): void {
  db.prepare(
    'INSERT INTO budget_form_set (id, version, name, verified, built_in, definition_json, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(set.id, set.version, set.name, set.verified ? 1 : 0, builtIn ? 1 : 0, JSON.stringify(set), at);
}

export function formSetJson(db: Db, id: string, version: number): string | null {
  const row = db.prepare('SELECT definition_json FROM budget_form_set WHERE id = ? AND version = ?').get(id, version) as
    | { definition_json: string }
    | undefined;
  return row?.definition_json ?? null;
}

export function listFormSetRows(db: Db) {
  return db.prepare('SELECT id, version, name, verified, built_in FROM budget_form_set ORDER BY built_in DESC, id, version DESC').all() as {
    id: string;
    version: number;
    name: string;
    verified: number;
    built_in: number;
  }[];
}

export function yearRow(db: Db, year: number) {
  return db.prepare('SELECT year, form_set_id, form_set_version FROM fiscal_year WHERE year = ?').get(year) as
    | { year: number; form_set_id: string; form_set_version: number }
    | undefined;
}

export function stageRows(db: Db, year: number): StageRow[] {
  return db.prepare('SELECT * FROM budget_stage WHERE year = ? ORDER BY id').all(year) as StageRow[];
}

export function stageRow(db: Db, year: number, stage: BudgetStage): StageRow {
  const row = db.prepare('SELECT * FROM budget_stage WHERE year = ? AND stage = ?').get(year, stage) as StageRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Chưa mở năm ngân sách ${year}.`);
  return row;
}

export function reportRows(db: Db, stageId: number): ReportRow[] {
  return db.prepare('SELECT * FROM budget_report WHERE stage_id = ? ORDER BY version').all(stageId) as ReportRow[];
}

export function disclosureRow(db: Db, reportId: number): DisclosureRow | undefined {
  return db.prepare('SELECT * FROM budget_disclosure WHERE report_id = ?').get(reportId) as DisclosureRow | undefined;
}

export function parseChannels(json: string): (typeof disclosureChannels)[number][] {
  return (JSON.parse(json) as string[]).filter((c): c is (typeof disclosureChannels)[number] => (disclosureChannels as readonly string[]).includes(c));
}

export function enteredFigures(db: Db, reportId: number, formCode: string): EnteredFigures {
  const rows = db
    .prepare('SELECT line_code, column_key, amount FROM budget_figure WHERE report_id = ? AND form_code = ?')
    .all(reportId, formCode) as { line_code: string; column_key: string; amount: number }[];
  const figures: EnteredFigures = {};
  for (const row of rows) (figures[row.line_code] ??= {})[row.column_key] = row.amount;
  return figures;
}

export function writeFigure(db: Db, reportId: number, formCode: string, lineCode: string, columnKey: string, amount: number | null): void {
  if (amount === null) {
    db.prepare('DELETE FROM budget_figure WHERE report_id = ? AND form_code = ? AND line_code = ? AND column_key = ?').run(reportId, formCode, lineCode, columnKey);
  } else {
    db.prepare(
      `INSERT INTO budget_figure (report_id, form_code, line_code, column_key, amount) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (report_id, form_code, line_code, column_key) DO UPDATE SET amount = excluded.amount`,
    ).run(reportId, formCode, lineCode, columnKey, amount);
  }
}

export function enteredTexts(db: Db, reportId: number, formCode: string): EnteredTexts {
  const rows = db
    .prepare('SELECT line_code, column_key, text FROM budget_text_cell WHERE report_id = ? AND form_code = ?')
    .all(reportId, formCode) as { line_code: string; column_key: string; text: string }[];
  const texts: EnteredTexts = {};
  for (const row of rows) (texts[row.line_code] ??= {})[row.column_key] = row.text;
  return texts;
}

/** Stores a text cell; an empty text removes it. */
export function writeText(db: Db, reportId: number, formCode: string, lineCode: string, columnKey: string, text: string): void {
  if (text === '') {
    db.prepare('DELETE FROM budget_text_cell WHERE report_id = ? AND form_code = ? AND line_code = ? AND column_key = ?').run(reportId, formCode, lineCode, columnKey);
  } else {
    db.prepare(
      `INSERT INTO budget_text_cell (report_id, form_code, line_code, column_key, text) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (report_id, form_code, line_code, column_key) DO UPDATE SET text = excluded.text`,
    ).run(reportId, formCode, lineCode, columnKey, text);
  }
}

export function extraLines(db: Db, reportId: number, formCode: string): FormLine[] {
  const rows = db
    .prepare('SELECT code, parent, label FROM budget_extra_line WHERE report_id = ? AND form_code = ? ORDER BY position')
    .all(reportId, formCode) as { code: string; parent: string; label: string }[];
  return rows.map((r) => ({ code: r.code, parent: r.parent, label: r.label, marker: '-', bold: false, italic: false, openChildren: false, blankColumns: [] }));
}

/** Adds detail lines after the form's last one; their codes must be free (see nextExtraLineCode). */
export function addExtraLines(db: Db, reportId: number, formCode: string, lines: readonly Pick<FormLine, 'code' | 'parent' | 'label'>[]): void {
  const insert = db.prepare(
    `INSERT INTO budget_extra_line (report_id, form_code, code, parent, label, position)
     SELECT ?, ?, ?, ?, ?, COALESCE(MAX(position), 0) + 1 FROM budget_extra_line WHERE report_id = ? AND form_code = ?`,
  );
  for (const line of lines) insert.run(reportId, formCode, line.code, line.parent ?? '', line.label, reportId, formCode);
}

/** Copies every figure, text and detail line of one report version into another (a correction starts from the disclosed figures). */
export function copyReportContent(db: Db, fromReportId: number, toReportId: number): void {
  db.prepare('INSERT INTO budget_figure (report_id, form_code, line_code, column_key, amount) SELECT ?, form_code, line_code, column_key, amount FROM budget_figure WHERE report_id = ?').run(toReportId, fromReportId);
  db.prepare('INSERT INTO budget_text_cell (report_id, form_code, line_code, column_key, text) SELECT ?, form_code, line_code, column_key, text FROM budget_text_cell WHERE report_id = ?').run(toReportId, fromReportId);
  db.prepare('INSERT INTO budget_extra_line (report_id, form_code, code, parent, label, position) SELECT ?, form_code, code, parent, label, position FROM budget_extra_line WHERE report_id = ?').run(toReportId, fromReportId);
}
