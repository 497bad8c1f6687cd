import { AppError } from '../api/errors';
import type { GeneratedFile } from '../api/files';
import type { MeetingDocumentKind, MeetingType } from '../api/meetings';
import { renderDocxBundle } from '../documents/docx';
import { renderHtmlBundle } from '../documents/html';
import { documentMediaTypes } from '../documents/mediaTypes';
import type { PdfPrinter } from '../documents/pdf';
import { renderXlsx } from '../documents/xlsx';
import { requireProfile } from '../ward/service';
import type { Db } from '../db/database';
import { meetingDocumentFileName, meetingDocuments } from './documents';
import { meetingListWorkbook } from './listWorkbook';
import { getMeeting, listMeetings, minutesSnapshot } from './queries';
import { meetingRules, typeRules } from './ruleSet';
import type { DatedReadContext } from '../calendar/service';

export interface MeetingFileServices {
  pdfPrinter: PdfPrinter;
  resourcesDir: string;
}

const lockedKinds: readonly MeetingDocumentKind[] = ['minutes', 'decisionRecord', 'resolution', 'countingMinutes'];

function groupHead(db: Db, residentialGroupId: number | null): string | null {
  const row = db.prepare('SELECT head_name FROM residential_group WHERE id = ?').get(residentialGroupId) as { head_name: string } | undefined;
  return row?.head_name || null;
}

/**
 * One document of a meeting. The minutes and the records decided at the meeting come from a finalized
 * version exactly as locked (the latest one unless asked); before finalization they are drafts.
 */
export async function exportMeetingDocument(
  read: DatedReadContext,
  services: MeetingFileServices,
  input: { meetingId: number; kind: MeetingDocumentKind; format: 'pdf' | 'docx'; version?: number | undefined },
): Promise<GeneratedFile> {
  const live = getMeeting(read, input.meetingId);
  const versionNumber = input.version ?? (lockedKinds.includes(input.kind) && live.stage === 'finalized' ? live.versions.at(-1)!.version : undefined);
  const version = versionNumber === undefined ? null : (live.versions.find((v) => v.version === versionNumber) ?? null);
  if (versionNumber !== undefined && !version) throw new AppError('NOT_FOUND', `Biên bản chưa có phiên bản ${versionNumber}.`);
  // The invitation's number is a fact of the register, not of the locked minutes.
  const meeting = version ? { ...minutesSnapshot(read.db, live.id, version.version), invitationNumber: live.invitationNumber } : live;
  const documents = meetingDocuments(input.kind, {
    ward: requireProfile(read.db),
    rules: typeRules(meeting.type),
    meeting,
    version,
    residentialGroupHead: groupHead(read.db, meeting.residentialGroupId),
  });
  if (!documents) throw new AppError('BAD_INPUT', 'Cuộc họp này không có văn bản đã chọn (chưa có nội dung tương ứng hoặc loại cuộc họp không lập văn bản này).');
  const content =
    input.format === 'pdf'
      ? await services.pdfPrinter.print(renderHtmlBundle(documents, { resourcesDir: services.resourcesDir }), { landscape: documents[0]!.orientation === 'landscape' })
      : await renderDocxBundle(documents);
  return { fileName: meetingDocumentFileName(meeting, input.kind, input.format), mediaType: documentMediaTypes[input.format], contentBase64: Buffer.from(content).toString('base64') };
}

export async function exportMeetingList(db: Db, input: { from: string; to: string; type: MeetingType | null }): Promise<GeneratedFile> {
  const meetings = listMeetings(db, input);
  const workbook = meetingListWorkbook({ ward: requireProfile(db), from: input.from, to: input.to, meetings, rules: meetingRules });
  const content = await renderXlsx(workbook);
  return { fileName: `cuoc-hop-${input.from}-${input.to}.xlsx`, mediaType: documentMediaTypes.xlsx, contentBase64: content.toString('base64') };
}
