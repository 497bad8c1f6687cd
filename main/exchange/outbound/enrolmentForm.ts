/** The paper key-registration form (NĐ 30 layout, PDF or DOCX) the chair signs and stamps, sent with the enrolment file. */
import { AppError } from '../../api/errors';
import type { GeneratedFile } from '../../api/files';
import type { Signatory, WardProfile } from '../../api/ward';
import type { Db } from '../../db/database';
import { renderDocxBundle } from '../../documents/docx';
import { renderHtmlBundle } from '../../documents/html';
import { documentMediaTypes } from '../../documents/mediaTypes';
import { wardIssuer, type DocumentModel, type Signature, type Table } from '../../documents/model';
import type { PdfPrinter } from '../../documents/pdf';
import { committeeSignature } from '../../documents/signers';
import { formatShortDate, unitNameInSentence, upperVietnamese } from '../../documents/vietnamese';
import { getInstallation } from '../../installation/service';
import { vietnamDate, type Clock } from '../../runtime/ports';
import { getProfile, listSignatories } from '../../ward/service';
import { senderProfile } from './export';
import { keyStatus } from './signingKey';

export interface EnrolmentFormInput {
  profile: WardProfile;
  signer: Signatory | null;
  /** A superior office enrols with the wards, which pin its key; a ward enrols with its superior office. */
  superior: boolean;
  installationId: string;
  fingerprint: string;
  /** "yyyy-MM-dd" in Vietnam. */
  keyCreatedOn: string;
  today: string;
}

export interface EnrolmentFormServices {
  pdfPrinter: PdfPrinter;
  resourcesDir: string;
}

const WARDS = 'Ủy ban nhân dân các xã, phường';

function detailsTable(input: EnrolmentFormInput): Table {
  const rows: [string, string][] = [
    ['Tên đơn vị', input.profile.name],
    ['Mã đơn vị', input.profile.code],
    ['Mã máy cài đặt', input.installationId],
    ['Ngày tạo khóa', formatShortDate(input.keyCreatedOn)],
    ['Thuật toán', 'Ed25519'],
  ];
  return {
    columns: [
      { kind: 'text', widthMm: 50 },
      { kind: 'text', widthMm: 120 },
    ],
    header: [[{ text: 'Nội dung' }, { text: 'Thông tin' }]],
    rows: rows.map((cells) => ({ cells })),
  };
}

/** The 16 groups as 4 lines of 4 in equal cells, large and bold, so each group is read and compared on its own. */
function fingerprintTable(fingerprint: string): Table {
  const groups = fingerprint.split(' ');
  const lines = [0, 4, 8, 12].map((start) => groups.slice(start, start + 4));
  return {
    columns: Array.from({ length: 4 }, () => ({ kind: 'text' as const, widthMm: 40, align: 'center' as const })),
    header: [[{ text: 'Dấu vân tay của khóa (SHA-256 của khóa công khai)', colSpan: 4 }]],
    rows: lines.map((cells) => ({ cells, bold: true })),
    fontSize: 18,
  };
}

function signature(input: EnrolmentFormInput): Signature {
  const hint = '(Ký, ghi rõ họ tên, đóng dấu)';
  if (!input.superior) return { ...committeeSignature(input.signer), hint };
  return { position: upperVietnamese(input.signer?.position ?? 'Thủ trưởng cơ quan'), hint, name: input.signer?.fullName ?? '' };
}

export function enrolmentFormDocument(input: EnrolmentFormInput): DocumentModel {
  const { profile, superior } = input;
  const sender = superior ? profile.name : `Ủy ban nhân dân ${unitNameInSentence(profile.name)}`;
  const purpose = superior ? 'ký giấy báo nhận và bộ tiêu chí gửi các xã, phường' : `ký dữ liệu gửi ${profile.superiorName}`;
  const check = superior ? 'khi ghim khóa của cơ quan cấp trên' : 'khi đăng ký tệp đăng ký khóa';
  return {
    orientation: 'portrait',
    issuer: superior ? { parent: [profile.superiorName], body: [profile.name] } : wardIssuer(profile.name),
    dateLine: { place: superior ? profile.provinceName : profile.name, date: input.today },
    title: 'Phiếu đăng ký khóa ký dữ liệu',
    subject: ['Gửi dữ liệu thực hiện dân chủ ở cơ sở bằng tệp có chữ ký số (Sổ Dân Chủ)'],
    body: [
      { kind: 'paragraph', text: `Kính gửi: ${superior ? WARDS : profile.superiorName}`, align: 'center' },
      { kind: 'paragraph', text: `${sender} đăng ký khóa ${purpose} bằng phần mềm Sổ Dân Chủ như sau:`, indent: true },
      { kind: 'table', table: detailsTable(input) },
      { kind: 'table', table: fingerprintTable(input.fingerprint) },
      {
        kind: 'paragraph',
        indent: true,
        text:
          `Đề nghị đơn vị nhận phiếu, ${check} (tệp enrol-${profile.code}.json) vào phần mềm, đối chiếu từng nhóm ký tự của dấu vân tay ` +
          'phần mềm hiển thị với dấu vân tay in trên phiếu này. Nếu có bất kỳ nhóm nào khác nhau thì không đăng ký tệp đó và báo lại cho đơn vị gửi phiếu.',
      },
    ],
    signatures: { right: signature(input) },
    recipients: { to: [superior ? WARDS : profile.superiorName] },
  };
}

export const enrolmentFormFileName = (code: string, format: 'pdf' | 'docx') => `phieu-dang-ky-khoa-${code}.${format}`;

/** The form for this installation's active key; refused before the unit profile or the key exists. */
export async function exportEnrolmentForm(ctx: { db: Db; clock: Clock }, services: EnrolmentFormServices, format: 'pdf' | 'docx'): Promise<GeneratedFile> {
  if (!getProfile(ctx.db)) throw new AppError('CONFLICT', 'Chưa khai báo thông tin đơn vị nên chưa lập được phiếu đăng ký khóa. Hãy vào mục Thông tin đơn vị.');
  const profile = senderProfile(ctx.db, ['code']);
  const key = keyStatus(ctx.db);
  if (!key) throw new AppError('CONFLICT', 'Chưa tạo khóa ký của đơn vị nên chưa lập được phiếu đăng ký khóa. Hãy tạo khóa ký trước.');
  const installation = getInstallation(ctx.db);
  const document = enrolmentFormDocument({
    profile,
    signer: listSignatories(ctx.db)[0] ?? null,
    superior: installation.role === 'superior',
    installationId: installation.installationId,
    fingerprint: key.fingerprint,
    keyCreatedOn: vietnamDate(new Date(key.createdAt)),
    today: vietnamDate(ctx.clock.now()),
  });
  const content =
    format === 'pdf'
      ? await services.pdfPrinter.print(renderHtmlBundle([document], { resourcesDir: services.resourcesDir }), { landscape: false })
      : await renderDocxBundle([document]);
  return { fileName: enrolmentFormFileName(profile.code, format), mediaType: documentMediaTypes[format], contentBase64: Buffer.from(content).toString('base64') };
}
