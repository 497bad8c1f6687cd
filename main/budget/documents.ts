import type { BudgetStage, ComputedForm, FormColumn, StageReport } from '../api/budget';
import type { Signatory, WardProfile } from '../api/ward';
import type { Block, DocumentModel, HeaderCell, Table, TableRow } from '../documents/model';
import { wardIssuer, wardNoticeHead } from '../documents/model';
import { committeeSignature } from '../documents/signers';
import { formatLegalDate, unitNameInSentence, upperVietnamese } from '../documents/vietnamese';
import { stageRules } from './deadlines';

/** What the documents of one stage are made from: plain data gathered by the service. */
export interface StageDocumentsInput {
  ward: WardProfile;
  signer: Signatory | null;
  report: StageReport;
  resolutionNumber: string;
  resolutionDate: string | null;
  /** The decision's number and date from the document register (only for stages that need a decision). */
  decision: { symbol: string; issuedOn: string } | null;
  /** The notice's number and date from the document register. */
  notice: { symbol: string; issuedOn: string };
  /** The posting as recorded, when the shown version has been disclosed. */
  posting: { postedOn: string; postingDays: number } | null;
  issuedOn: string;
}

const periodOf: Record<BudgetStage, (year: number) => string> = {
  estimateSubmitted: (y) => `NĂM ${y}`,
  estimateApproved: (y) => `NĂM ${y}`,
  executionQ1: (y) => `QUÝ I NĂM ${y}`,
  execution6m: (y) => `6 THÁNG ĐẦU NĂM ${y}`,
  execution9m: (y) => `9 THÁNG NĂM ${y}`,
  executionYear: (y) => `NĂM ${y}`,
  finalAccounts: (y) => `NĂM ${y}`,
};

const decisionSubject: Partial<Record<BudgetStage, string>> = {
  estimateApproved: 'dự toán ngân sách',
  finalAccounts: 'quyết toán ngân sách',
};

/** Mẫu số 04/QĐ-CKNS: the decision to disclose the approved estimate or the final accounts. */
export function decisionDocument(input: StageDocumentsInput): DocumentModel | null {
  const subject = decisionSubject[input.report.stage];
  if (!subject || !input.decision) return null;
  const { ward, report } = input;
  const unit = unitNameInSentence(ward.name);
  const council = `Hội đồng nhân dân ${unit}`;
  const resolution = input.resolutionNumber
    ? `Căn cứ Nghị quyết số ${input.resolutionNumber}${input.resolutionDate ? ` ${formatLegalDate(input.resolutionDate)}` : ''} của ${council} về ${subject} năm ${report.year};`
    : `Căn cứ Nghị quyết của ${council} về ${subject} năm ${report.year};`;
  const body: Block[] = [
    { kind: 'heading', text: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${upperVietnamese(ward.name)}`, align: 'center' },
    { kind: 'paragraph', text: [{ text: 'Căn cứ Luật Tổ chức chính quyền địa phương;', italic: true }], indent: true },
    { kind: 'paragraph', text: [{ text: 'Căn cứ Luật Ngân sách nhà nước;', italic: true }], indent: true },
    {
      kind: 'paragraph',
      text: [{ text: 'Căn cứ Thông tư số 343/2016/TT-BTC ngày 30 tháng 12 năm 2016 của Bộ Tài chính hướng dẫn thực hiện công khai ngân sách nhà nước đối với các cấp ngân sách;', italic: true }],
      indent: true,
    },
    { kind: 'paragraph', text: [{ text: resolution, italic: true }], indent: true },
    { kind: 'heading', text: 'QUYẾT ĐỊNH:', align: 'center' },
    { kind: 'article', number: 1, text: `Công bố công khai số liệu ${subject} năm ${report.year} của ${unit} (theo các biểu kèm theo Quyết định này).` },
    { kind: 'article', number: 2, text: 'Quyết định này có hiệu lực kể từ ngày ký.' },
    { kind: 'article', number: 3, text: 'Chánh Văn phòng HĐND và UBND, công chức Tài chính - Kế toán và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.' },
  ];
  return {
    orientation: 'portrait',
    issuer: wardIssuer(ward.name),
    number: input.decision.symbol,
    formLabel: 'Mẫu số 04/QĐ-CKNS',
    dateLine: { place: ward.name, date: input.decision.issuedOn },
    title: 'QUYẾT ĐỊNH',
    subject: [`Về việc công bố công khai ${subject} năm ${report.year}`],
    body,
    signatures: { right: committeeSignature(input.signer) },
    recipients: { to: ['Như Điều 3', `Thường trực HĐND ${unit}`, 'Đảng ủy, Ủy ban MTTQ Việt Nam', 'Trưởng các tổ dân phố'] },
  };
}

const columnWidth = (column: FormColumn): number => (column.kind === 'percent' ? 18 : 30);

/** The header rows of a form: group cells spanning their columns, ungrouped cells spanning both rows. */
function formHeader(columns: readonly FormColumn[]): HeaderCell[][] {
  const grouped = columns.some((c) => c.group);
  const first: HeaderCell[] = [{ text: 'STT', ...(grouped ? { rowSpan: 2 } : {}) }, { text: 'Nội dung', ...(grouped ? { rowSpan: 2 } : {}) }];
  const second: HeaderCell[] = [];
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    if (!column.group) {
      first.push({ text: column.header, ...(grouped ? { rowSpan: 2 } : {}) });
      continue;
    }
    if (columns[i - 1]?.group === column.group) {
      second.push({ text: column.header });
      continue;
    }
    let span = 1;
    while (columns[i + span]?.group === column.group) span++;
    first.push({ text: column.group, colSpan: span });
    second.push({ text: column.header });
  }
  return grouped ? [first, second] : [first];
}

function formRows(computed: ComputedForm): TableRow[] {
  const { form } = computed;
  const scale = form.displayUnit === 'millionDong' ? 1e6 : 1;
  return computed.lines.map((line) => ({
    level: line.level,
    bold: line.bold,
    italic: line.italic,
    cells: [
      line.marker,
      line.label,
      ...form.columns.map((column) => {
        if (column.kind === 'text') return line.texts?.[column.key] ?? null;
        const value = line.cells[column.key]?.value ?? null;
        if (value === null) return column.kind === 'percent' ? '-' : null;
        return column.kind === 'money' ? value / scale : value;
      }),
    ],
  }));
}

export function formTable(computed: ComputedForm): Table {
  const { form } = computed;
  return {
    sheetName: `Bieu ${form.code}`,
    unitNote: form.displayUnit === 'millionDong' ? 'Đơn vị tính: triệu đồng' : 'Đơn vị tính: đồng',
    columns: [
      { kind: 'text', widthMm: 12, align: 'center' },
      { kind: 'text', widthMm: 80 },
      ...form.columns.map((column) => ({ kind: column.kind === 'percent' ? ('percent' as const) : column.kind === 'text' ? ('text' as const) : ('money' as const), widthMm: columnWidth(column) })),
    ],
    header: formHeader(form.columns),
    numbering: ['A', 'B', ...form.columns.map((c) => c.number)],
    rows: formRows(computed),
    fontSize: 11,
  };
}

/** One document per form of the stage: the form's own number, title with its period, and the table. */
export function formDocument(input: StageDocumentsInput, computed: ComputedForm): DocumentModel {
  const { form } = computed;
  return {
    orientation: form.orientation,
    issuer: wardIssuer(input.ward.name),
    formLabel: form.formNumber,
    dateLine: { place: input.ward.name, date: input.issuedOn },
    title: `${form.title} ${periodOf[input.report.stage](input.report.year)}`,
    subtitle: [
      ...(form.subtitle ? [form.subtitle] : []),
      ...(input.decision ? [`(Kèm theo Quyết định số ${input.decision.symbol} ${formatLegalDate(input.decision.issuedOn)} của Chủ tịch UBND ${unitNameInSentence(input.ward.name)})`] : []),
    ],
    body: [{ kind: 'table', table: formTable(computed) }],
    signatures: { right: committeeSignature(input.signer) },
  };
}

export const stageSubject: Record<BudgetStage, string> = {
  estimateSubmitted: 'dự toán ngân sách trình Hội đồng nhân dân',
  estimateApproved: 'dự toán ngân sách đã được Hội đồng nhân dân quyết định',
  executionQ1: 'tình hình thực hiện dự toán ngân sách quý I',
  execution6m: 'tình hình thực hiện dự toán ngân sách 6 tháng đầu năm',
  execution9m: 'tình hình thực hiện dự toán ngân sách 9 tháng',
  executionYear: 'tình hình thực hiện dự toán ngân sách năm',
  finalAccounts: 'quyết toán ngân sách đã được Hội đồng nhân dân phê chuẩn',
};

function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The notice posted with the forms (NĐ 30 "THÔNG BÁO"): what is disclosed, where, for how long, and where to send opinions. */
export function noticeDocument(input: StageDocumentsInput): DocumentModel {
  const { ward, report } = input;
  const unit = unitNameInSentence(ward.name);
  const subject = `${stageSubject[report.stage]} năm ${report.year}`;
  const period = input.posting
    ? `từ ${formatLegalDate(input.posting.postedOn)} đến hết ${formatLegalDate(addDays(input.posting.postedOn, input.posting.postingDays - 1))} (${input.posting.postingDays} ngày)`
    : `ít nhất ${stageRules.minimumPostingDays} ngày liên tục kể từ ngày niêm yết`;
  return {
    ...wardNoticeHead(ward.name, input.notice),
    subject: [`Công khai ${subject}`],
    body: [
      {
        kind: 'paragraph',
        text: `Thực hiện Thông tư số 343/2016/TT-BTC ngày 30 tháng 12 năm 2016 của Bộ Tài chính hướng dẫn thực hiện công khai ngân sách nhà nước đối với các cấp ngân sách, Ủy ban nhân dân ${unit} thông báo công khai ${subject} (theo các biểu kèm theo).`,
        indent: true,
      },
      { kind: 'paragraph', text: `Thời gian niêm yết tại trụ sở Ủy ban nhân dân ${unit}: ${period}; đồng thời thông báo trên hệ thống loa truyền thanh.`, indent: true },
      { kind: 'paragraph', text: `Mọi ý kiến góp ý, phản ánh về nội dung công khai xin gửi về Ủy ban nhân dân ${unit}${ward.address ? `, ${ward.address}` : ''}${ward.phone ? `, điện thoại ${ward.phone}` : ''}.`, indent: true },
    ],
    signatures: { right: committeeSignature(input.signer) },
    recipients: { to: ['Thường trực Đảng ủy, HĐND', 'Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội', 'Trưởng các tổ dân phố', 'Niêm yết tại trụ sở UBND'] },
  };
}

/** Every document of a stage, in the order they are posted: the decision (where the law asks for one), the notice, then the forms. */
export function stageDocuments(input: StageDocumentsInput): DocumentModel[] {
  const decision = decisionDocument(input);
  return [...(decision ? [decision] : []), noticeDocument(input), ...input.report.forms.map((form) => formDocument(input, form))];
}

export function needsDecision(stage: BudgetStage): boolean {
  return stageRules.stages[stage].decision;
}

/** An ASCII file name: "cong-khai-ngan-sach-2026-estimateApproved-v1.pdf". */
export function stageFileName(report: StageReport, extension: string): string {
  return `cong-khai-ngan-sach-${report.year}-${report.stage}-v${report.version}.${extension}`;
}
