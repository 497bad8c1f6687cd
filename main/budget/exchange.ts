import type { Db } from '../db/database';
import { budgetReportKey } from '../api/attachments';
import type { BudgetStage } from '../api/budget';
import { attachmentRefs } from '../exchange/outbound/attachments';
import { recordIds, yearPeriod, type ExchangedDataset } from '../exchange/outbound/dataset';

type StageRow = {
  year: number; stage: BudgetStage; resolution_number: string; resolution_date: string | null; submitted_on: string | null;
  form_set_id: string; form_set_version: number; report_id: number | null; report_version: number | null;
  posted_on: string | null; channels_json: string | null; posting_days: number | null;
};

/** Each stage of each fiscal year, with the figures and texts (schemaVersion 3) of its disclosed report and the evidence of the disclosure (photos, scans): what the superior consolidates. */
function budgetStages(db: Db) {
  const idOf = recordIds(db);
  const attachments = attachmentRefs(db);
  const figures = db.prepare('SELECT form_code, line_code, column_key, amount FROM budget_figure WHERE report_id = ? ORDER BY form_code, line_code, column_key');
  const texts = db.prepare('SELECT form_code, line_code, column_key, text FROM budget_text_cell WHERE report_id = ? ORDER BY form_code, line_code, column_key');
  const rows = db
    .prepare(
      `SELECT s.year, s.stage, s.resolution_number, s.resolution_date, s.submitted_on, y.form_set_id, y.form_set_version,
              r.id AS report_id, r.version AS report_version, d.posted_on, d.channels_json, d.posting_days
       FROM budget_stage s JOIN fiscal_year y ON y.year = s.year
       LEFT JOIN budget_report r ON r.stage_id = s.id AND r.status = 'disclosed'
       LEFT JOIN budget_disclosure d ON d.report_id = r.id
       ORDER BY s.year, s.id`,
    )
    .all() as StageRow[];
  return rows.map((row) => ({
    id: idOf(row.year, row.stage),
    period: yearPeriod(row.year),
    data: {
      year: row.year,
      stage: row.stage,
      formSet: { id: row.form_set_id, version: row.form_set_version },
      resolutionNumber: row.resolution_number,
      resolutionDate: row.resolution_date,
      submittedOn: row.submitted_on,
      disclosed:
        row.report_id === null
          ? null
          : {
              reportVersion: row.report_version,
              postedOn: row.posted_on,
              channels: JSON.parse(row.channels_json ?? '[]') as unknown,
              postingDays: row.posting_days,
              figures: (figures.all(row.report_id) as { form_code: string; line_code: string; column_key: string; amount: number }[]).map((f) => ({
                formCode: f.form_code,
                lineCode: f.line_code,
                columnKey: f.column_key,
                amount: f.amount,
              })),
              texts: (texts.all(row.report_id) as { form_code: string; line_code: string; column_key: string; text: string }[]).map((t) => ({
                formCode: t.form_code,
                lineCode: t.line_code,
                columnKey: t.column_key,
                text: t.text,
              })),
              attachments: attachments('budgetReport', budgetReportKey({ year: row.year, stage: row.stage, version: row.report_version! })),
            },
    },
  }));
}

export const budgetExchange: ExchangedDataset = { dataset: 'budget_stages', schemaVersion: 3, label: 'Công khai ngân sách', records: budgetStages };
