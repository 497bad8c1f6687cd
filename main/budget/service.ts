import type { BudgetStage, ComputedForm, FiscalYear, FormDefinition, FormSet, StageReport, StageSummary } from '../api/budget';
import { budgetStages } from '../api/budget';
import type { Parsed } from '../api/contract';
import { AppError } from '../api/errors';
import { auditedWrite, type WriteContext } from '../audit/audit';
import type { Db } from '../db/database';
import { builtInFormSets, parseFormSet } from './formSets';
import { computeForm, nextExtraLineCode, validateEntries, validateTexts } from './rules';
import { deadlineOf, stageRules, stageStatus, triggerDate } from './deadlines';
import * as store from './store';
import type { DatedReadContext } from '../calendar/service';

const LOCKED_MESSAGE = 'Báo cáo của giai đoạn này đã công khai nên số liệu đã khóa. Muốn sửa, hãy tạo bản điều chỉnh và ghi rõ lý do.';

/** Built-in form sets are reference data shipped with the app: stored once, the first time they are needed. */
function ensureBuiltInFormSets(db: Db, at: string): void {
  for (const set of builtInFormSets()) {
    if (store.formSetJson(db, set.id, set.version) === null) store.insertFormSet(db, set, true, at);
  }
}

export function listFormSets(db: Db, at: string) {
  ensureBuiltInFormSets(db, at);
  return store.listFormSetRows(db).map((r) => ({ id: r.id, version: r.version, name: r.name, verified: r.verified === 1, builtIn: r.built_in === 1 }));
}

export function importFormSet(ctx: WriteContext, json: string): { id: string; version: number } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new AppError('INVALID_FILE', 'Tệp bộ biểu không đúng định dạng JSON nên không đọc được. Không có gì được lưu.');
  }
  const set = parseFormSet(data);
  return auditedWrite(ctx, () => {
    const existing = store.formSetJson(ctx.db, set.id, set.version);
    if (existing !== null) {
      throw new AppError('CONFLICT', `Bộ biểu "${set.id}" phiên bản ${set.version} đã có. Hãy tăng số phiên bản trong tệp nếu đây là bộ biểu đã sửa.`);
    }
    store.insertFormSet(ctx.db, set, false, ctx.clock.now().toISOString());
    return { result: { id: set.id, version: set.version }, change: { action: 'import', entity: 'budgetFormSet', entityId: `${set.id}@${set.version}`, after: { name: set.name, forms: set.forms.length } } };
  });
}

/**
 * Stores a validated form set sent down by the superior: the same id and version with the same content is already
 * present (nothing changes); other content under that version is refused, since a year may already use it.
 */
export function receiveFormSet(ctx: WriteContext, set: FormSet): { alreadyPresent: boolean } {
  const at = ctx.clock.now().toISOString();
  ensureBuiltInFormSets(ctx.db, at);
  const existing = store.formSetJson(ctx.db, set.id, set.version);
  if (existing === JSON.stringify(set)) return { alreadyPresent: true };
  if (existing !== null) {
    throw new AppError('CONFLICT', `Bộ biểu "${set.id}" phiên bản ${set.version} đã có trong máy với nội dung khác: không thay. Cấp trên cần tăng số phiên bản khi sửa bộ biểu.`);
  }
  return auditedWrite(ctx, () => {
    store.insertFormSet(ctx.db, set, false, at);
    return { result: { alreadyPresent: false }, change: { action: 'import', entity: 'budgetFormSet', entityId: `${set.id}@${set.version}`, after: { name: set.name, forms: set.forms.length } } };
  });
}

function loadFormSet(db: Db, id: string, version: number): FormSet {
  const json = store.formSetJson(db, id, version);
  if (json === null) throw new AppError('NOT_FOUND', 'Không tìm thấy bộ biểu mẫu này.');
  return JSON.parse(json) as FormSet;
}

export function yearFormSetIfOpen(db: Db, year: number): FormSet | null {
  const row = store.yearRow(db, year);
  return row ? loadFormSet(db, row.form_set_id, row.form_set_version) : null;
}

function yearFormSet(db: Db, year: number): FormSet {
  const row = store.yearRow(db, year);
  if (!row) throw new AppError('NOT_FOUND', `Chưa mở năm ngân sách ${year}.`);
  return loadFormSet(db, row.form_set_id, row.form_set_version);
}

export function formsOfStage(set: FormSet, stage: BudgetStage): FormDefinition[] {
  return set.forms.filter((f) => f.stages.includes(stage));
}

export function listYears(db: Db) {
  return (db.prepare('SELECT f.year, s.name FROM fiscal_year f JOIN budget_form_set s ON s.id = f.form_set_id AND s.version = f.form_set_version ORDER BY f.year DESC').all() as { year: number; name: string }[]).map(
    (r) => ({ year: r.year, formSetName: r.name }),
  );
}

export function openYear(ctx: WriteContext, input: Parsed<'budget.openYear'>, read: DatedReadContext): FiscalYear {
  ensureBuiltInFormSets(ctx.db, ctx.clock.now().toISOString());
  auditedWrite(ctx, () => {
    if (store.yearRow(ctx.db, input.year)) throw new AppError('CONFLICT', `Năm ngân sách ${input.year} đã được mở.`);
    loadFormSet(ctx.db, input.formSetId, input.formSetVersion);
    ctx.db.prepare('INSERT INTO fiscal_year (year, form_set_id, form_set_version, opened_at) VALUES (?, ?, ?, ?)').run(input.year, input.formSetId, input.formSetVersion, ctx.clock.now().toISOString());
    const insertStage = ctx.db.prepare('INSERT INTO budget_stage (year, stage) VALUES (?, ?)');
    for (const stage of budgetStages) insertStage.run(input.year, stage);
    return { result: null, change: { action: 'open', entity: 'fiscalYear', entityId: input.year, after: input } };
  });
  return getYear(read, input.year);
}

function summarize(read: DatedReadContext, row: store.StageRow): StageSummary {
  const reports = store.reportRows(read.db, row.id);
  const current = reports.at(-1) ?? null;
  const firstDisclosure = reports.map((r) => store.disclosureRow(read.db, r.id)).find((d) => d !== undefined) ?? null;
  const latestDisclosure = current ? store.disclosureRow(read.db, current.id) : undefined;
  const trigger = triggerDate(row.stage, row.year, { resolutionDate: row.resolution_date, submittedOn: row.submitted_on });
  const deadline = deadlineOf(row.stage, trigger, read.days);
  return {
    stage: row.stage,
    triggerDate: trigger,
    deadline,
    deadlineRule: stageRules.stages[row.stage].rule,
    status: stageStatus({ deadline, hasReport: current !== null, firstDisclosedOn: firstDisclosure?.posted_on ?? null, today: read.today }),
    resolutionNumber: row.resolution_number,
    resolutionDate: row.resolution_date,
    submittedOn: row.submitted_on,
    currentVersion: current?.version ?? null,
    disclosedOn: latestDisclosure?.posted_on ?? null,
  };
}

export function getYear(read: DatedReadContext, year: number): FiscalYear {
  const row = store.yearRow(read.db, year);
  if (!row) throw new AppError('NOT_FOUND', `Chưa mở năm ngân sách ${year}.`);
  const set = loadFormSet(read.db, row.form_set_id, row.form_set_version);
  return {
    year,
    formSetId: set.id,
    formSetVersion: set.version,
    formSetName: set.name,
    formSetVerified: set.verified,
    stages: store.stageRows(read.db, year).map((s) => summarize(read, s)),
  };
}

export function updateStage(ctx: WriteContext, input: Parsed<'budget.updateStage'>, read: DatedReadContext): FiscalYear {
  auditedWrite(ctx, () => {
    const before = store.stageRow(ctx.db, input.year, input.stage);
    ctx.db
      .prepare('UPDATE budget_stage SET resolution_number = ?, resolution_date = ?, submitted_on = ? WHERE id = ?')
      .run(input.resolutionNumber, input.resolutionDate, input.submittedOn, before.id);
    return { result: null, change: { action: 'update', entity: 'budgetStage', entityId: before.id, before, after: input } };
  });
  return getYear(read, input.year);
}

function computeStageForm(db: Db, reportId: number | null, form: FormDefinition): ComputedForm {
  const figures = reportId === null ? {} : store.enteredFigures(db, reportId, form.code);
  const extras = reportId === null ? [] : store.extraLines(db, reportId, form.code);
  const texts = reportId === null ? {} : store.enteredTexts(db, reportId, form.code);
  return computeForm(form, figures, extras, texts);
}

export function getReport(db: Db, input: { year: number; stage: BudgetStage; version?: number | undefined }): StageReport {
  const set = yearFormSet(db, input.year);
  const stage = store.stageRow(db, input.year, input.stage);
  const reports = store.reportRows(db, stage.id);
  const shown = input.version === undefined ? reports.at(-1) : reports.find((r) => r.version === input.version);
  if (input.version !== undefined && !shown) throw new AppError('NOT_FOUND', `Không có phiên bản ${input.version} của báo cáo này.`);
  return {
    year: input.year,
    stage: input.stage,
    versions: reports.map((r) => {
      const disclosure = store.disclosureRow(db, r.id);
      return {
        version: r.version,
        status: r.status,
        correctionReason: r.correction_reason,
        createdAt: r.created_at,
        disclosure: disclosure
          ? { postedOn: disclosure.posted_on, channels: store.parseChannels(disclosure.channels_json), postingDays: disclosure.posting_days, performedBy: disclosure.performed_by, note: disclosure.note }
          : null,
      };
    }),
    version: shown?.version ?? 1,
    locked: shown !== undefined && shown.status !== 'draft',
    forms: formsOfStage(set, input.stage).map((form) => computeStageForm(db, shown?.id ?? null, form)),
  };
}

/** The draft being edited; the first edit of a stage creates version 1. A disclosed report is refused. */
export function editableReport(ctx: WriteContext, year: number, stage: BudgetStage): store.ReportRow {
  const stageRow = store.stageRow(ctx.db, year, stage);
  const current = store.reportRows(ctx.db, stageRow.id).at(-1);
  if (current && current.status !== 'draft') throw new AppError('LOCKED', LOCKED_MESSAGE);
  if (current) return current;
  const id = Number(
    ctx.db.prepare("INSERT INTO budget_report (stage_id, version, status, created_at) VALUES (?, 1, 'draft', ?)").run(stageRow.id, ctx.clock.now().toISOString()).lastInsertRowid,
  );
  return store.reportRows(ctx.db, stageRow.id).find((r) => r.id === id)!;
}

function stageForm(db: Db, year: number, stage: BudgetStage, formCode: string): FormDefinition {
  const form = formsOfStage(yearFormSet(db, year), stage).find((f) => f.code === formCode);
  if (!form) throw new AppError('NOT_FOUND', `Giai đoạn này không có biểu ${formCode}.`);
  return form;
}

/** A form of a stage with the current version's figures, texts and detail lines (empty before the first entry). */
export function stageFormOf(db: Db, input: { year: number; stage: BudgetStage; formCode: string }) {
  const form = stageForm(db, input.year, input.stage, input.formCode);
  const current = store.reportRows(db, store.stageRow(db, input.year, input.stage).id).at(-1);
  return {
    form,
    figures: current ? store.enteredFigures(db, current.id, form.code) : {},
    texts: current ? store.enteredTexts(db, current.id, form.code) : {},
    extraLines: current ? store.extraLines(db, current.id, form.code) : [],
  };
}

type CellChange = Parsed<'budget.saveFigures'>['changes'][number];
type TextChange = Extract<CellChange, { text: string }>;
type FigureChange = Exclude<CellChange, TextChange>;
const isTextChange = (change: CellChange): change is TextChange => 'text' in change;

/** Saves figures and texts of one form together: nothing is stored when any cell is refused. */
export function saveFigures(ctx: WriteContext, input: Parsed<'budget.saveFigures'>): ComputedForm {
  const form = stageForm(ctx.db, input.year, input.stage, input.formCode);
  const texts = input.changes.filter(isTextChange).map((change) => ({ ...change, text: change.text.trim() }));
  const figures = input.changes.filter((change): change is FigureChange => !isTextChange(change));
  return auditedWrite(ctx, () => {
    const report = editableReport(ctx, input.year, input.stage);
    const before = store.enteredFigures(ctx.db, report.id, form.code);
    const textsBefore = store.enteredTexts(ctx.db, report.id, form.code);
    const after = structuredClone(before);
    for (const change of figures) (after[change.lineCode] ??= {})[change.columnKey] = change.amount;
    const extras = store.extraLines(ctx.db, report.id, form.code);
    const issue = [...validateEntries(form, after, extras), ...validateTexts(form, texts, extras)][0];
    if (issue) throw new AppError('BAD_INPUT', issue.message, `${issue.lineCode}.${issue.columnKey}`);
    for (const change of figures) store.writeFigure(ctx.db, report.id, form.code, change.lineCode, change.columnKey, change.amount);
    for (const change of texts) store.writeText(ctx.db, report.id, form.code, change.lineCode, change.columnKey, change.text);
    const changed = [
      ...figures.map((c) => ({ line: c.lineCode, column: c.columnKey, before: before[c.lineCode]?.[c.columnKey] ?? null, after: c.amount })),
      ...texts.map((c) => ({ line: c.lineCode, column: c.columnKey, before: textsBefore[c.lineCode]?.[c.columnKey] ?? null, after: c.text || null })),
    ];
    return {
      result: computeStageForm(ctx.db, report.id, form),
      change: { action: 'saveFigures', entity: 'budgetReport', entityId: report.id, before: { form: form.code }, after: { form: form.code, cells: changed } },
    };
  });
}

export function addLine(ctx: WriteContext, input: Parsed<'budget.addLine'>): ComputedForm {
  const form = stageForm(ctx.db, input.year, input.stage, input.formCode);
  const parent = form.lines.find((l) => l.code === input.parent);
  if (!parent?.openChildren) throw new AppError('BAD_INPUT', 'Chỉ thêm được dòng chi tiết dưới các dòng cho phép thêm (dự án, khoản chi tiết).', 'parent');
  return auditedWrite(ctx, () => {
    const report = editableReport(ctx, input.year, input.stage);
    const code = nextExtraLineCode(input.parent, store.extraLines(ctx.db, report.id, form.code).map((l) => l.code));
    store.addExtraLines(ctx.db, report.id, form.code, [{ code, parent: input.parent, label: input.label }]);
    return { result: computeStageForm(ctx.db, report.id, form), change: { action: 'addLine', entity: 'budgetReport', entityId: report.id, after: { form: form.code, code, label: input.label } } };
  });
}

export function removeLine(ctx: WriteContext, input: Parsed<'budget.removeLine'>): ComputedForm {
  const form = stageForm(ctx.db, input.year, input.stage, input.formCode);
  return auditedWrite(ctx, () => {
    const report = editableReport(ctx, input.year, input.stage);
    const line = store.extraLines(ctx.db, report.id, form.code).find((l) => l.code === input.lineCode);
    if (!line) throw new AppError('NOT_FOUND', 'Chỉ xóa được dòng chi tiết do người dùng thêm.');
    for (const table of ['budget_figure', 'budget_text_cell']) {
      ctx.db.prepare(`DELETE FROM ${table} WHERE report_id = ? AND form_code = ? AND line_code = ?`).run(report.id, form.code, line.code);
    }
    ctx.db.prepare('DELETE FROM budget_extra_line WHERE report_id = ? AND form_code = ? AND code = ?').run(report.id, form.code, line.code);
    return { result: computeStageForm(ctx.db, report.id, form), change: { action: 'removeLine', entity: 'budgetReport', entityId: report.id, before: { form: form.code, ...line } } };
  });
}

const decisionChannels = ['noticeToPartyAndOrganisations', 'noticeToGroupHeads'] as const;

export function recordDisclosure(ctx: WriteContext, input: Parsed<'budget.recordDisclosure'>, read: DatedReadContext): { year: FiscalYear; warnings: string[] } {
  const warnings: string[] = [];
  const minimum = stageRules.minimumPostingDays;
  if (input.postingDays < minimum) warnings.push(`Thời gian niêm yết ${input.postingDays} ngày, ít hơn mức tối thiểu ${minimum} ngày theo quy định.`);
  if (!input.channels.includes('postingHeadquarters')) warnings.push('Chưa ghi nhận niêm yết tại trụ sở UBND, là hình thức bắt buộc.');
  if (stageRules.stages[input.stage].decision && !decisionChannels.every((c) => input.channels.includes(c))) {
    warnings.push('Với dự toán được quyết định và quyết toán, cần gửi văn bản đến Đảng ủy, các tổ chức chính trị - xã hội và trưởng thôn, tổ dân phố.');
  }
  auditedWrite(ctx, () => {
    const stage = store.stageRow(ctx.db, input.year, input.stage);
    const reports = store.reportRows(ctx.db, stage.id);
    const current = reports.at(-1);
    if (!current) throw new AppError('CONFLICT', 'Chưa có số liệu của giai đoạn này nên chưa thể ghi nhận công khai.');
    if (current.status !== 'draft') throw new AppError('CONFLICT', 'Phiên bản hiện tại đã được ghi nhận công khai.');
    ctx.db.prepare("UPDATE budget_report SET status = 'superseded' WHERE stage_id = ? AND status = 'disclosed'").run(stage.id);
    ctx.db.prepare("UPDATE budget_report SET status = 'disclosed' WHERE id = ?").run(current.id);
    ctx.db
      .prepare('INSERT INTO budget_disclosure (report_id, posted_on, channels_json, posting_days, performed_by, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(current.id, input.postedOn, JSON.stringify(input.channels), input.postingDays, input.performedBy, input.note, ctx.clock.now().toISOString());
    return { result: null, change: { action: 'disclose', entity: 'budgetReport', entityId: current.id, after: input } };
  });
  return { year: getYear(read, input.year), warnings };
}

export function startCorrection(ctx: WriteContext, input: Parsed<'budget.startCorrection'>): StageReport {
  auditedWrite(ctx, () => {
    const stage = store.stageRow(ctx.db, input.year, input.stage);
    const current = store.reportRows(ctx.db, stage.id).at(-1);
    if (!current || current.status !== 'disclosed') throw new AppError('CONFLICT', 'Chỉ tạo bản điều chỉnh cho báo cáo đã công khai.');
    const id = Number(
      ctx.db
        .prepare("INSERT INTO budget_report (stage_id, version, status, correction_reason, created_at) VALUES (?, ?, 'draft', ?, ?)")
        .run(stage.id, current.version + 1, input.reason, ctx.clock.now().toISOString()).lastInsertRowid,
    );
    store.copyReportContent(ctx.db, current.id, id);
    return { result: null, change: { action: 'startCorrection', entity: 'budgetReport', entityId: id, after: { version: current.version + 1, reason: input.reason } } };
  });
  return getReport(ctx.db, { year: input.year, stage: input.stage });
}
