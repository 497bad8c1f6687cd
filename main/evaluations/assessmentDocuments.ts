/**
 * The self-scoring table the ward sends to its superior with its report: every criterion and indicator
 * with the maximum, the self-score, the evidence and the note, then the conclusion; once the superior's
 * appraised scores are recorded, they stand beside the self-scores with the difference.
 */
import type { CriteriaAssessment, IndicatorRow } from '../api/criteria';
import type { Signatory, WardProfile } from '../api/ward';
import type { Block, CellValue, DocumentModel, TableColumn, TableRow } from '../documents/model';
import { wardIssuer } from '../documents/model';
import { committeeSignature } from '../documents/signers';
import { formatShortDate } from '../documents/vietnamese';
import { formatPoints, toHundredths } from './points';

interface AssessmentDocumentInput {
  ward: WardProfile;
  signer: Signatory | null;
  assessment: CriteriaAssessment;
}

const points = (value: number | null): string => (value === null ? '' : formatPoints(toHundredths(value)));

const difference = (self: number | null, appraised: number | null): string =>
  self === null || appraised === null ? '' : formatPoints(toHundredths(appraised) - toHundredths(self));

/** The self and, once appraised, the appraised score with the difference. */
function scoreCells(appraised: boolean, self: number | null, appraisedScore: number | null): CellValue[] {
  return appraised ? [points(self), points(appraisedScore), difference(self, appraisedScore)] : [points(self)];
}

/** One entry a line: every renderer keeps line breaks inside a cell. */
const cellLines = (entries: readonly string[]): string => entries.filter(Boolean).join('\n');

const evidenceText = (item: IndicatorRow): string => cellLines(item.evidence.map((link) => link.label));

const noteText = (item: IndicatorRow): string => cellLines([item.selfNote, item.appraisedNote && `Thẩm định: ${item.appraisedNote}`]);

function tableRows(assessment: CriteriaAssessment): TableRow[] {
  const appraised = assessment.appraised !== null;
  const rows = assessment.criteria.flatMap((criterion, index): TableRow[] => [
    {
      bold: true,
      level: 0,
      cells: [String(index + 1), criterion.label, points(criterion.maxPoints), ...scoreCells(appraised, criterion.selfSubtotal, criterion.appraisedSubtotal), '', ''],
    },
    ...assessment.indicators
      .filter((item) => item.criterionKey === criterion.key)
      .map((item, itemIndex): TableRow => ({
        level: 1,
        cells: [`${index + 1}.${itemIndex + 1}`, item.label, points(item.maxPoints), ...scoreCells(appraised, item.selfScore, item.appraisedScore), evidenceText(item), noteText(item)],
      })),
  ]);
  const total: TableRow = {
    bold: true,
    cells: ['', 'Tổng cộng', points(assessment.maxPoints), ...scoreCells(appraised, assessment.self.total, assessment.appraised?.total ?? null), '', ''],
  };
  return [...rows, total];
}

/** Wide enough for "Điểm tự" / "chấm" on two header lines. */
const scoreColumn: TableColumn = { kind: 'text', widthMm: 18, align: 'right' };

/** Millimetres as printed: 165 across a portrait page, 252 across a landscape one. */
function columns(appraised: boolean): TableColumn[] {
  return [
    { kind: 'text', widthMm: 10, align: 'center' },
    { kind: 'text', widthMm: appraised ? 80 : 60 },
    scoreColumn,
    scoreColumn,
    ...(appraised ? [scoreColumn, scoreColumn] : []),
    { kind: 'text', widthMm: appraised ? 54 : 38 },
    { kind: 'text', widthMm: appraised ? 36 : 21 },
  ];
}

function header(appraised: boolean) {
  const scores = appraised ? ['Điểm tự chấm', 'Điểm thẩm định', 'Chênh lệch'] : ['Điểm tự chấm'];
  return [['STT', 'Tiêu chí, chỉ tiêu', 'Điểm tối đa', ...scores, 'Minh chứng', 'Ghi chú'].map((text) => ({ text }))];
}

/** A result's conclusion and, when failed, why, as one paragraph and a list. */
function conclusion(lead: string, result: NonNullable<CriteriaAssessment['appraised']>): Block[] {
  const rating = result.rating ? ` Xếp loại: ${result.rating}.` : '';
  const paragraph: Block = { kind: 'paragraph', indent: true, text: [{ text: lead, bold: true }, { text: ` ${result.explanation}${rating}` }] };
  return result.passed ? [paragraph] : [paragraph, { kind: 'list', items: result.reasons }];
}

function appraisalLead(assessment: CriteriaAssessment): string {
  const by = assessment.appraiser ? ` của ${assessment.appraiser}` : '';
  const on = assessment.appraisedOn ? ` ngày ${formatShortDate(assessment.appraisedOn)}` : '';
  return `Kết quả thẩm định${by}${on}.`;
}

const EXAMPLE_WARNING =
  'Lưu ý: bộ tiêu chí này là bản mẫu kèm theo phần mềm, điểm tối đa các tiêu chí, chỉ tiêu chưa được cấp trên xác nhận; bảng điểm chỉ dùng để tham khảo, không phải hồ sơ chấm điểm chính thức.';

/** "BẢNG TỰ CHẤM ĐIỂM": portrait with the self-scores alone, landscape once the appraised column joins them. */
export function assessmentDocument(input: AssessmentDocumentInput): DocumentModel {
  const { assessment } = input;
  const appraised = assessment.appraised !== null;
  return {
    orientation: appraised ? 'landscape' : 'portrait',
    issuer: wardIssuer(input.ward.name),
    title: 'BẢNG TỰ CHẤM ĐIỂM',
    subtitle: [`Bộ tiêu chí: ${assessment.setName} (phiên bản ${assessment.setVersion}) — năm ${assessment.year}`],
    body: [
      ...(assessment.example ? [{ kind: 'paragraph' as const, text: [{ text: EXAMPLE_WARNING, italic: true }] }] : []),
      {
        kind: 'table',
        table: { sheetName: `Tự chấm ${assessment.year}`, columns: columns(appraised), header: header(appraised), rows: tableRows(assessment), fontSize: 11 },
      },
      ...conclusion('Kết quả tự chấm.', assessment.self),
      ...(assessment.appraised ? conclusion(appraisalLead(assessment), assessment.appraised) : []),
    ],
    signatures: { right: committeeSignature(input.signer) },
  };
}

export function assessmentFileName(assessment: CriteriaAssessment, format: 'pdf' | 'docx' | 'xlsx'): string {
  return `tu-cham-diem-${assessment.setId}-${assessment.year}.${format}`;
}
