import { AppError } from '../api/errors';
import type { AppStatus } from '../api/app';
import type { Channel, Out, Parsed } from '../api/contract';
import type { SessionAccount } from '../api/accounts';
import type { Permission } from '../api/accounts';
import * as accounts from '../accounts/service';
import * as attachments from '../attachments/service';
import { listChanges, type WriteContext } from '../audit/audit';
import { writeFileAtomically } from '../files/atomicWrite';
import * as budget from '../budget/service';
import * as budgetFiles from '../budget/files';
import { carryOverInto } from '../budget/carryOver';
import * as calendar from '../calendar/service';
import { schemaVersion } from '../db/database';
import { buildDashboard } from '../dashboard/service';
import { getInstallation, setInstallationRole } from '../installation/service';
import type { Clock, DialogPort, SecretStore } from '../runtime/ports';
import { vietnamDate } from '../runtime/ports';
import * as meetings from '../meetings/service';
import * as minutes from '../meetings/minutes';
import { getMeeting, listMeetings } from '../meetings/queries';
import { meetingRules } from '../meetings/ruleSet';
import { exportMeetingDocument, exportMeetingList } from '../meetings/files';
import { numberInvitation } from '../meetings/invitationNumber';
import { searchMeetings } from '../meetings/search';
import * as ballots from '../meetings/ballot';
import * as evaluations from '../evaluations/service';
import { builtInSchemes } from '../evaluations/schemes';
import * as evaluationYears from '../evaluations/closing';
import { exportResults } from '../evaluations/files';
import * as criteriaSets from '../evaluations/criteriaSets';
import * as selfAssessment from '../evaluations/selfAssessment';
import { evidenceCandidates } from '../evaluations/evidence';
import { exportAssessment } from '../evaluations/assessmentFiles';
import { myResults } from '../evaluations/ownView';
import * as staff from '../staff/service';
import * as boards from '../boards/service';
import { boardRules } from '../boards/rules';
import * as boardFiles from '../boards/files';
import * as petitions from '../petitions/service';
import { getPetition, listOpenings, listPetitions, petitionSettingsOf, type PetitionReadContext } from '../petitions/queries';
import { petitionRuleSet } from '../petitions/rules';
import { exportPetitionList } from '../petitions/files';
import { hasPermission } from '../api/accounts';
import * as disclosures from '../disclosures/service';
import * as consultations from '../disclosures/consultations';
import { listDisclosures } from '../disclosures/queries';
import { builtInDisclosureRules } from '../disclosures/rules';
import { exportConsultationReport, exportQuarterList, exportRegisterList } from '../disclosures/files';
import * as ward from '../ward/service';
import * as quarterlyReports from '../reports/service';
import { getQuarterlyReport } from '../reports/queries';
import { exportQuarterlyReport } from '../reports/documents';
import * as outbound from '../exchange/outbound/export';
import { emailDraft } from '../exchange/outbound/email';
import { checkedFilter, exportableDatasets } from '../exchange/outbound/filter';
import { exchangedDatasets } from '../datasets';
import { createSigningKey, keyStatus } from '../exchange/outbound/signingKey';
import { listUnits, registerUnit, revokeKey } from '../exchange/inbound/registry';
import { applyImport, previewImport, previewUpload } from '../exchange/inbound/previews';
import { batchFilesIn, listQuarantine } from '../exchange/inbound/folders';
import { retryQuarantined } from '../exchange/inbound/retry';
import { writeReceipt, type ReceiptContext } from '../exchange/inbound/receipt';
import { receiptEmailDraft } from '../exchange/inbound/receiptEmail';
import type { InboundContext } from '../exchange/inbound/context';
import { exportEnrolmentForm } from '../exchange/outbound/enrolmentForm';
import { pinnedSuperiorKey, pinSuperior, superiorStatus, type PinContext } from '../exchange/downlink/superiorKey';
import { importFromSuperior } from '../exchange/downlink/importFromSuperior';
import { writeDirective } from '../exchange/downlink/directive';
import * as consolidation from '../consolidation/service';
import type { Workspace } from '../workspace/workspace';
import type { PdfPrinter } from '../documents/pdf';

export interface RuntimeServices {
  workspace: Workspace;
  clock: Clock;
  dialogs: DialogPort;
  appVersion: string;
  pdfPrinter: PdfPrinter;
  resourcesDir: string;
  secrets: SecretStore;
  verifyWorker?: string;
}

export interface HandlerContext extends RuntimeServices {
  account: SessionAccount | null;
  signIn(account: SessionAccount): void;
  signOut(): void;
  signOutEveryone(): void;
}

/** public: anyone; recovery: anyone while the database is damaged, else backup managers; otherwise a permission. */
export type Access = 'public' | 'recovery' | Permission;

export interface Handler<C extends Channel> {
  access: Access;
  run(input: Parsed<C>, ctx: HandlerContext): Out<C> | Promise<Out<C>>;
}
export type HandlerMap = { [C in Channel]: Handler<C> };

const writer = (ctx: HandlerContext): WriteContext => ({ db: ctx.workspace.db, clock: ctx.clock, actorId: ctx.account?.id ?? null });
const today = (ctx: HandlerContext) => vietnamDate(ctx.clock.now());
const reader = (ctx: HandlerContext): calendar.DatedReadContext => ({ db: ctx.workspace.db, today: today(ctx), days: calendar.wardWorkingDays(ctx.workspace.db) });

const petitionReader = (ctx: HandlerContext): PetitionReadContext => ({
  ...reader(ctx),
  canSeePerson: ctx.account !== null && hasPermission(ctx.account.role, 'petitions.personalData'),
});

function status(ctx: HandlerContext): AppStatus {
  const { workspace } = ctx;
  const base = { appVersion: ctx.appVersion, isDemo: workspace.isDemo, account: ctx.account, problem: workspace.problem };
  if (workspace.state !== 'ready') {
    return { ...base, state: workspace.state, installationRole: null, hasAdministrator: false, unitName: null, schemaVersion: 0, account: null };
  }
  const db = workspace.db;
  const installation = getInstallation(db);
  return {
    ...base,
    state: 'ready',
    installationRole: installation.role,
    hasAdministrator: accounts.countAdministrators(db) > 0,
    unitName: ward.getProfile(db)?.name ?? null,
    schemaVersion: schemaVersion(db),
  };
}

async function restore(ctx: HandlerContext, source: string): Promise<null> {
  await ctx.workspace.restoreFrom(source);
  ctx.signOutEveryone();
  return null;
}

const fileKinds: Record<string, string> = { pdf: 'Tệp PDF', docx: 'Văn bản Word', xlsx: 'Bảng tính Excel', jpg: 'Ảnh JPG', png: 'Ảnh PNG', webp: 'Ảnh WEBP' };
function filtersFor(fileName: string) {
  const extension = fileName.split('.').at(-1) ?? '';
  return [{ name: fileKinds[extension] ?? 'Tệp', extensions: [extension] }];
}

const fileFilter = [{ name: 'Bản sao lưu Sổ Dân Chủ', extensions: ['sqlite'] }];

const exchange = (ctx: HandlerContext): outbound.ExportContext => ({ db: ctx.workspace.db, clock: ctx.clock, secrets: ctx.secrets, dataDir: ctx.workspace.dataDir, appVersion: ctx.appVersion });
/** What a native dialog answered, or CANCELLED when the user closed it. */
function chosen<T>(answer: T | null): T {
  if (answer === null || (Array.isArray(answer) && answer.length === 0)) throw new AppError('CANCELLED', 'Đã hủy.');
  return answer;
}
async function batchFolder(ctx: HandlerContext, title = 'Chọn thư mục (USB) để ghi lô dữ liệu'): Promise<string> {
  return chosen(await ctx.dialogs.chooseFolder({ title }));
}
const inbound = (ctx: HandlerContext): ReceiptContext & InboundContext => ({ ...exchange(ctx), operator: ctx.account?.username ?? '', verifyWorker: ctx.verifyWorker });
const batchFilters = [{ name: 'Lô dữ liệu Sổ Dân Chủ', extensions: ['zip'] }];
async function chosenBatchFile(ctx: HandlerContext, title = 'Chọn lô dữ liệu để nhập'): Promise<string> {
  return chosen(await ctx.dialogs.chooseOpenPath({ title, filters: batchFilters }));
}
/** Several files picked at once, or every batch file directly in a chosen folder. */
async function chosenBatchFiles(ctx: HandlerContext, source: 'files' | 'folder'): Promise<string[]> {
  if (source === 'files') return chosen(await ctx.dialogs.chooseOpenPaths({ title: 'Chọn các lô dữ liệu để nhập', filters: batchFilters }));
  const paths = batchFilesIn(await batchFolder(ctx, 'Chọn thư mục có các lô dữ liệu để nhập'));
  if (paths.length === 0) throw new AppError('NOT_FOUND', 'Thư mục đã chọn không có tệp lô dữ liệu (.sdc.zip) nào.');
  return paths;
}
const downlink = (ctx: HandlerContext): PinContext => ({ ...writer(ctx), operator: ctx.account?.username ?? '' });
const textFile = (fileName: string, mediaType: string, text: string) => ({ fileName, mediaType, contentBase64: Buffer.from(text, 'utf8').toString('base64') });

export const handlers: HandlerMap = {
  'app.status': { access: 'public', run: (_, ctx) => status(ctx) },
  'setup.createAdministrator': {
    access: 'public',
    async run(input, ctx) {
      if (accounts.listAccounts(ctx.workspace.db).length > 0) {
        throw new AppError('CONFLICT', 'Tài khoản quản trị đã được tạo. Vui lòng đăng nhập.');
      }
      const admin = await accounts.createAccount(writer(ctx), { ...input, role: 'administrator' });
      setInstallationRole({ ...writer(ctx), actorId: admin.id }, input.installationRole);
      ctx.signIn({ id: admin.id, username: admin.username, fullName: admin.fullName, role: admin.role });
      return status({ ...ctx, account: admin });
    },
  },
  'app.startRealWard': {
    access: 'public',
    async run(_, ctx) {
      await ctx.workspace.startRealWard();
      ctx.signOutEveryone();
      return status({ ...ctx, account: null });
    },
  },
  'app.setInstallationRole': {
    access: 'settings.manage',
    run: (input, ctx) => (setInstallationRole(writer(ctx), input.installationRole), status(ctx)),
  },

  'auth.login': {
    access: 'public',
    async run(input, ctx) {
      const account = await accounts.login(writer(ctx), input);
      ctx.signIn(account);
      return account;
    },
  },
  'auth.logout': { access: 'public', run: (_, ctx) => (ctx.signOut(), null) },
  'auth.changePassword': {
    access: 'records.read',
    run: async (input, ctx) => (await accounts.changePassword({ ...writer(ctx), actorId: ctx.account!.id }, input), null),
  },
  'accounts.list': { access: 'accounts.manage', run: (_, ctx) => accounts.listAccounts(ctx.workspace.db) },
  'accounts.create': { access: 'accounts.manage', run: (input, ctx) => accounts.createAccount(writer(ctx), input) },
  'accounts.update': { access: 'accounts.manage', run: (input, ctx) => accounts.updateAccount(writer(ctx), input) },
  'accounts.resetPassword': { access: 'accounts.manage', run: (input, ctx) => accounts.resetPassword(writer(ctx), input) },

  'ward.getProfile': { access: 'records.read', run: (_, ctx) => ward.getProfile(ctx.workspace.db) },
  'ward.saveProfile': { access: 'ward.write', run: (input, ctx) => ward.saveProfile(writer(ctx), input) },
  'signatories.list': { access: 'records.read', run: (_, ctx) => ward.listSignatories(ctx.workspace.db) },
  'signatories.save': { access: 'ward.write', run: (input, ctx) => ward.saveSignatory(writer(ctx), input) },
  'signatories.delete': { access: 'ward.write', run: (input, ctx) => ward.deleteSignatory(writer(ctx), input.id) },
  'residentialGroups.list': { access: 'records.read', run: (_, ctx) => ward.listResidentialGroups(ctx.workspace.db) },
  'residentialGroups.save': { access: 'ward.write', run: (input, ctx) => ward.saveResidentialGroup(writer(ctx), input) },
  'residentialGroups.delete': { access: 'ward.write', run: (input, ctx) => ward.deleteResidentialGroup(writer(ctx), input.id) },

  'staff.list': {
    access: 'records.read',
    run: (input, ctx) => staff.listStaff(ctx.workspace.db, { includeInactive: input.includeInactive, today: today(ctx) }),
  },
  'staff.save': { access: 'staff.write', run: (input, ctx) => staff.saveStaffMember(writer(ctx), input) },
  'staff.delete': { access: 'staff.write', run: (input, ctx) => staff.deleteStaffMember(writer(ctx), input.id) },

  'backup.list': { access: 'recovery', run: (_, ctx) => ctx.workspace.listBackups() },
  'backup.create': { access: 'ward.write', run: (_, ctx) => ctx.workspace.backup('manual') },
  'backup.restore': {
    access: 'recovery',
    run(input, ctx) {
      if (!ctx.workspace.listBackups().some((b) => b.fileName === input.fileName)) {
        throw new AppError('NOT_FOUND', 'Không tìm thấy bản sao lưu này.');
      }
      return restore(ctx, `${ctx.workspace.backupsDir}/${input.fileName}`);
    },
  },
  'backup.exportCopy': {
    access: 'ward.write',
    async run(_, ctx) {
      const latest = await ctx.workspace.backup('manual');
      const target = chosen(await ctx.dialogs.chooseSavePath({ title: 'Lưu bản sao dữ liệu', defaultName: latest.fileName, filters: fileFilter }));
      ctx.workspace.copyBackupTo(latest.fileName, target);
      return { savedAs: target };
    },
  },
  'backup.restoreFromFile': {
    access: 'backup.manage',
    async run(_, ctx) {
      const source = chosen(await ctx.dialogs.chooseOpenPath({ title: 'Chọn bản sao lưu để khôi phục', filters: fileFilter }));
      return restore(ctx, source);
    },
  },

  'calendar.getYear': { access: 'records.read', run: (input, ctx) => calendar.yearCalendar(ctx.workspace.db, input.year) },
  'calendar.saveAdjustment': { access: 'settings.manage', run: (input, ctx) => calendar.saveAdjustment(writer(ctx), input) },
  'calendar.deleteAdjustment': { access: 'settings.manage', run: (input, ctx) => calendar.deleteAdjustment(writer(ctx), input.date) },
  'calendar.addWorkingDays': {
    access: 'records.read',
    run: (input, ctx) => ({ date: calendar.wardWorkingDays(ctx.workspace.db).addWorkingDays(input.from, input.days) }),
  },

  'dashboard.get': {
    access: 'records.read',
    run: (_, ctx) => buildDashboard(ctx.workspace.db, today(ctx), ctx.workspace.listBackups()[0] ?? null),
  },
  'audit.list': { access: 'audit.read', run: (input, ctx) => listChanges(ctx.workspace.db, input) },

  'files.save': {
    access: 'records.read',
    async run(input, ctx) {
      const target = chosen(await ctx.dialogs.chooseSavePath({ title: 'Lưu tệp', defaultName: input.fileName, filters: filtersFor(input.fileName) }));
      writeFileAtomically(target, Buffer.from(input.contentBase64, 'base64'));
      return { savedAs: target };
    },
  },

  'budget.listFormSets': { access: 'records.read', run: (_, ctx) => budget.listFormSets(ctx.workspace.db, ctx.clock.now().toISOString()) },
  'budget.importFormSet': { access: 'settings.manage', run: (input, ctx) => budget.importFormSet(writer(ctx), input.json) },
  'budget.listYears': { access: 'records.read', run: (_, ctx) => budget.listYears(ctx.workspace.db) },
  'budget.openYear': { access: 'budget.write', run: (input, ctx) => budget.openYear(writer(ctx), input, reader(ctx)) },
  'budget.getYear': { access: 'records.read', run: (input, ctx) => budget.getYear(reader(ctx), input.year) },
  'budget.updateStage': { access: 'budget.write', run: (input, ctx) => budget.updateStage(writer(ctx), input, reader(ctx)) },
  'budget.getReport': { access: 'records.read', run: (input, ctx) => budget.getReport(ctx.workspace.db, input) },
  'budget.saveFigures': { access: 'budget.write', run: (input, ctx) => budget.saveFigures(writer(ctx), input) },
  'budget.addLine': { access: 'budget.write', run: (input, ctx) => budget.addLine(writer(ctx), input) },
  'budget.removeLine': { access: 'budget.write', run: (input, ctx) => budget.removeLine(writer(ctx), input) },
  'budget.recordDisclosure': { access: 'budget.write', run: (input, ctx) => budget.recordDisclosure(writer(ctx), input, reader(ctx)) },
  'budget.carryOver': { access: 'budget.write', run: (input, ctx) => carryOverInto(writer(ctx), input) },
  'budget.startCorrection': { access: 'budget.write', run: (input, ctx) => budget.startCorrection(writer(ctx), input) },
  'budget.exportDocuments': {
    // Generating may take the decision's number from the register: a write.
    access: 'budget.write',
    run: (input, ctx) => budgetFiles.exportDocuments(writer(ctx), { pdfPrinter: ctx.pdfPrinter, resourcesDir: ctx.resourcesDir, today: today(ctx) }, input),
  },
  'budget.exportTemplate': { access: 'records.read', run: (input, ctx) => budgetFiles.exportTemplate(writer(ctx), input) },
  'budget.previewWorkbook': { access: 'budget.write', run: (input, ctx) => budgetFiles.previewWorkbook(writer(ctx), input) },
  'budget.applyWorkbook': { access: 'budget.write', run: (input, ctx) => budgetFiles.applyWorkbook(writer(ctx), input) },

  'meetings.rules': { access: 'records.read', run: () => meetingRules },
  'meetings.list': { access: 'records.read', run: (input, ctx) => listMeetings(ctx.workspace.db, input) },
  'meetings.get': { access: 'records.read', run: (input, ctx) => getMeeting(reader(ctx), input.id) },
  'meetings.savePlan': { access: 'meetings.write', run: (input, ctx) => meetings.savePlan(writer(ctx), reader(ctx), input) },
  'meetings.delete': { access: 'meetings.write', run: (input, ctx) => meetings.deleteMeeting(writer(ctx), input.id) },
  'meetings.recordAttendance': { access: 'meetings.write', run: (input, ctx) => meetings.recordAttendance(writer(ctx), reader(ctx), input) },
  'meetings.saveAgendaItem': { access: 'meetings.write', run: (input, ctx) => meetings.saveAgendaItem(writer(ctx), reader(ctx), input) },
  'meetings.deleteAgendaItem': { access: 'meetings.write', run: (input, ctx) => meetings.deleteAgendaItem(writer(ctx), reader(ctx), input) },
  'meetings.moveAgendaItem': { access: 'meetings.write', run: (input, ctx) => meetings.moveAgendaItem(writer(ctx), reader(ctx), input) },
  'meetings.saveProceedings': { access: 'meetings.write', run: (input, ctx) => meetings.saveProceedings(writer(ctx), reader(ctx), input) },
  'meetings.saveTask': { access: 'meetings.write', run: (input, ctx) => meetings.saveTask(writer(ctx), reader(ctx), input) },
  'meetings.deleteTask': { access: 'meetings.write', run: (input, ctx) => meetings.deleteTask(writer(ctx), reader(ctx), input) },
  'meetings.savePreparationStep': { access: 'meetings.write', run: (input, ctx) => meetings.savePreparationStep(writer(ctx), reader(ctx), input) },
  'meetings.saveConsultationComment': { access: 'meetings.write', run: (input, ctx) => meetings.saveConsultationComment(writer(ctx), reader(ctx), input) },
  'meetings.deleteConsultationComment': { access: 'meetings.write', run: (input, ctx) => meetings.deleteConsultationComment(writer(ctx), reader(ctx), input) },
  'meetings.finalize': { access: 'meetings.write', run: (input, ctx) => minutes.finalizeMinutes(writer(ctx), reader(ctx), input.meetingId) },
  'meetings.startCorrection': { access: 'meetings.write', run: (input, ctx) => minutes.startCorrection(writer(ctx), reader(ctx), input) },
  'meetings.recordDelivery': { access: 'meetings.write', run: (input, ctx) => minutes.recordDelivery(writer(ctx), reader(ctx), input) },
  'meetings.numberInvitation': { access: 'meetings.write', run: (input, ctx) => numberInvitation(writer(ctx), reader(ctx), input.meetingId) },
  'meetings.search': { access: 'records.read', run: (input, ctx) => searchMeetings(ctx.workspace.db, input) },
  'meetings.exportDocument': {
    access: 'records.read',
    run: (input, ctx) => exportMeetingDocument(reader(ctx), { pdfPrinter: ctx.pdfPrinter, resourcesDir: ctx.resourcesDir }, input),
  },
  'meetings.exportList': { access: 'records.read', run: (input, ctx) => exportMeetingList(ctx.workspace.db, input) },
  'meetings.ballot': { access: 'records.read', run: (input, ctx) => ballots.getBallotDesign(reader(ctx), input.meetingId) },
  'meetings.saveBallot': { access: 'meetings.write', run: (input, ctx) => ballots.saveBallotDesign(writer(ctx), reader(ctx), input) },
  'meetings.exportBallots': {
    access: 'records.read',
    run: (input, ctx) => ballots.exportBallots(reader(ctx), { pdfPrinter: ctx.pdfPrinter, resourcesDir: ctx.resourcesDir }, input),
  },

  'evaluations.schemes': { access: 'records.read', run: () => [...builtInSchemes] },
  'evaluations.listPeriods': { access: 'evaluations.manage', run: (input, ctx) => evaluations.listPeriods(ctx.workspace.db, input.year) },
  'evaluations.openPeriod': { access: 'evaluations.manage', run: (input, ctx) => evaluations.openPeriod(writer(ctx), input) },
  'evaluations.listSheets': { access: 'evaluations.manage', run: (input, ctx) => evaluations.listSheets(ctx.workspace.db, input.periodId) },
  'evaluations.saveSheet': { access: 'evaluations.manage', run: (input, ctx) => evaluations.saveSheet(writer(ctx), input) },
  'evaluations.yearResults': { access: 'evaluations.manage', run: (input, ctx) => evaluations.yearResults(ctx.workspace.db, input.year, input.groupName) },
  'evaluations.closeYear': { access: 'evaluations.manage', run: (input, ctx) => evaluationYears.closeYear(writer(ctx), reader(ctx), input) },
  'evaluations.listClosings': { access: 'records.read', run: (input, ctx) => evaluationYears.listClosings(reader(ctx), input.year) },
  'evaluations.recordDisclosure': { access: 'evaluations.manage', run: (input, ctx) => evaluationYears.recordDisclosure(writer(ctx), reader(ctx), input) },
  'evaluations.exportResults': {
    // The notice takes its number from the register: a write, and the table names each person: the head only.
    access: 'evaluations.manage',
    run: (input, ctx) => exportResults(writer(ctx), { pdfPrinter: ctx.pdfPrinter, resourcesDir: ctx.resourcesDir, today: today(ctx) }, input),
  },
  'evaluations.gradeSummary': { access: 'records.read', run: (input, ctx) => evaluations.gradeSummary(ctx.workspace.db, input.year) },
  // Only the signed-in account's own linked staff member: the input carries no staff id, so nobody reads another's sheets.
  'evaluations.myResults': { access: 'records.read', run: (input, ctx) => myResults(ctx.workspace.db, ctx.account!.id, input.year) },

  'criteria.listSets': { access: 'records.read', run: (_, ctx) => criteriaSets.listSets(ctx.workspace.db, ctx.clock.now().toISOString()) },
  'criteria.getSet': { access: 'records.read', run: (input, ctx) => criteriaSets.getSet(ctx.workspace.db, input.setId, input.version) },
  'criteria.saveDraft': { access: 'criteria.manage', run: (input, ctx) => criteriaSets.saveDraft(writer(ctx), input.definition) },
  'criteria.publish': { access: 'criteria.manage', run: (input, ctx) => criteriaSets.publish(writer(ctx), input.setId, input.version) },
  'criteria.deleteDraft': { access: 'criteria.manage', run: (input, ctx) => criteriaSets.deleteDraft(writer(ctx), input.setId, input.version) },
  'criteria.exportSet': { access: 'records.read', run: (input, ctx) => criteriaSets.exportSet(ctx.workspace.db, input.setId, input.version) },
  'criteria.importSet': { access: 'criteria.manage', run: (input, ctx) => criteriaSets.importSet(writer(ctx), input.content) },
  'criteria.listAssessments': { access: 'records.read', run: (_, ctx) => selfAssessment.listAssessments(ctx.workspace.db) },
  'criteria.openAssessment': { access: 'criteria.score', run: (input, ctx) => selfAssessment.openAssessment(writer(ctx), input) },
  'criteria.getAssessment': { access: 'records.read', run: (input, ctx) => selfAssessment.getAssessment(ctx.workspace.db, input.id) },
  'criteria.saveSelfScore': { access: 'criteria.score', run: (input, ctx) => selfAssessment.saveSelfScore(writer(ctx), input) },
  'criteria.saveAppraisal': { access: 'criteria.manage', run: (input, ctx) => selfAssessment.saveAppraisal(writer(ctx), input) },
  'criteria.evidenceCandidates': { access: 'criteria.score', run: (input, ctx) => evidenceCandidates(ctx.workspace.db, input.year) },
  'criteria.addEvidence': { access: 'criteria.score', run: (input, ctx) => selfAssessment.addEvidence(writer(ctx), input) },
  'criteria.removeEvidence': { access: 'criteria.score', run: (input, ctx) => selfAssessment.removeEvidence(writer(ctx), input) },
  'criteria.exportAssessment': {
    access: 'records.read',
    run: (input, ctx) => exportAssessment(ctx.workspace.db, { pdfPrinter: ctx.pdfPrinter, resourcesDir: ctx.resourcesDir }, input),
  },

  'boards.rules': { access: 'records.read', run: () => boardRules },
  'boards.list': { access: 'records.read', run: (input, ctx) => boards.listBoards(reader(ctx), input) },
  'boards.get': { access: 'records.read', run: (input, ctx) => boards.getBoard(reader(ctx), input.id) },
  'boards.save': { access: 'boards.write', run: (input, ctx) => boards.saveBoard(writer(ctx), reader(ctx), input) },
  'boards.delete': { access: 'boards.write', run: (input, ctx) => boards.deleteBoard(writer(ctx), input.id) },
  'boards.saveMember': { access: 'boards.write', run: (input, ctx) => boards.saveMember(writer(ctx), reader(ctx), input) },
  'boards.deleteMember': { access: 'boards.write', run: (input, ctx) => boards.deleteMember(writer(ctx), input.id) },
  'boards.savePlan': { access: 'boards.write', run: (input, ctx) => boards.savePlan(writer(ctx), reader(ctx), input) },
  'boards.deletePlan': { access: 'boards.write', run: (input, ctx) => boards.deletePlan(writer(ctx), input.id) },
  'boards.saveActivity': { access: 'boards.write', run: (input, ctx) => boards.saveActivity(writer(ctx), reader(ctx), input) },
  'boards.deleteActivity': { access: 'boards.write', run: (input, ctx) => boards.deleteActivity(writer(ctx), input.id) },
  'boards.saveRecommendation': { access: 'boards.write', run: (input, ctx) => boards.saveRecommendation(writer(ctx), reader(ctx), input) },
  'boards.deleteRecommendation': { access: 'boards.write', run: (input, ctx) => boards.deleteRecommendation(writer(ctx), input.id) },
  'boards.answerRecommendation': { access: 'boards.write', run: (input, ctx) => boards.answerRecommendation(writer(ctx), reader(ctx), input) },
  'boards.saveReport': { access: 'boards.write', run: (input, ctx) => boards.saveReport(writer(ctx), input) },
  'boards.deleteReport': { access: 'boards.write', run: (input, ctx) => boards.deleteReport(writer(ctx), input.id) },
  'boards.exportActivities': { access: 'records.read', run: (input, ctx) => boardFiles.exportActivities(reader(ctx), input) },
  'boards.exportMembers': { access: 'records.read', run: (input, ctx) => boardFiles.exportMembers(reader(ctx), input) },

  // Who sent a petition is left out in main for accounts without petitions.personalData (lists, search, export).
  'petitions.rules': { access: 'records.read', run: (_, ctx) => ({ ...petitionRuleSet, settings: petitionSettingsOf(ctx.workspace.db) }) },
  'petitions.saveSettings': { access: 'petitions.write', run: (input, ctx) => petitions.savePetitionSettings(writer(ctx), input) },
  'petitions.list': { access: 'records.read', run: (input, ctx) => listPetitions(petitionReader(ctx), input) },
  'petitions.get': { access: 'records.read', run: (input, ctx) => getPetition(petitionReader(ctx), input.id) },
  'petitions.save': { access: 'petitions.write', run: (input, ctx) => petitions.savePetition(writer(ctx), petitionReader(ctx), input) },
  'petitions.assign': { access: 'petitions.write', run: (input, ctx) => petitions.assignPetition(writer(ctx), petitionReader(ctx), input) },
  'petitions.answer': { access: 'petitions.write', run: (input, ctx) => petitions.answerPetition(writer(ctx), petitionReader(ctx), input) },
  'petitions.forward': { access: 'petitions.write', run: (input, ctx) => petitions.forwardPetition(writer(ctx), petitionReader(ctx), input) },
  'petitions.close': { access: 'petitions.write', run: (input, ctx) => petitions.closePetition(writer(ctx), petitionReader(ctx), input) },
  'petitions.fromOpinion': { access: 'petitions.write', run: (input, ctx) => petitions.petitionFromOpinion(writer(ctx), petitionReader(ctx), input.opinionId) },
  'petitions.opinionLinks': { access: 'records.read', run: (input, ctx) => petitions.opinionLinks(ctx.workspace.db, input.agendaItemId) },
  'petitions.openBox': { access: 'petitions.write', run: (input, ctx) => petitions.openSuggestionBox(writer(ctx), petitionReader(ctx), input) },
  'petitions.listOpenings': { access: 'records.read', run: (input, ctx) => listOpenings(ctx.workspace.db, input.year) },
  'petitions.exportList': { access: 'records.read', run: (input, ctx) => exportPetitionList(petitionReader(ctx), input) },

  'disclosures.rules': { access: 'records.read', run: () => builtInDisclosureRules },
  'disclosures.list': { access: 'records.read', run: (input, ctx) => listDisclosures(reader(ctx), input) },
  'disclosures.save': { access: 'disclosures.write', run: (input, ctx) => disclosures.saveDisclosure(writer(ctx), reader(ctx), input) },
  'disclosures.markPosted': { access: 'disclosures.write', run: (input, ctx) => disclosures.markPosted(writer(ctx), reader(ctx), input) },
  'disclosures.delete': { access: 'disclosures.write', run: (input, ctx) => disclosures.deleteDisclosure(writer(ctx), reader(ctx), input.id) },
  'disclosures.exportList': { access: 'records.read', run: (input, ctx) => exportRegisterList(reader(ctx), input) },
  'disclosures.exportQuarterList': {
    access: 'records.read',
    run: (input, ctx) => exportQuarterList(reader(ctx), { pdfPrinter: ctx.pdfPrinter, resourcesDir: ctx.resourcesDir }, input),
  },
  'disclosures.listConsultations': { access: 'records.read', run: (input, ctx) => consultations.listConsultations(ctx.workspace.db, input.year) },
  'disclosures.saveConsultation': { access: 'disclosures.write', run: (input, ctx) => consultations.saveConsultation(writer(ctx), input) },
  'disclosures.deleteConsultation': { access: 'disclosures.write', run: (input, ctx) => consultations.deleteConsultation(writer(ctx), input.id) },
  'disclosures.saveOpinion': { access: 'disclosures.write', run: (input, ctx) => consultations.saveOpinion(writer(ctx), input) },
  'disclosures.deleteOpinion': { access: 'disclosures.write', run: (input, ctx) => consultations.deleteOpinion(writer(ctx), input.id) },
  'disclosures.exportConsultationReport': {
    // The report takes its number from the register: a write.
    access: 'disclosures.write',
    run: (input, ctx) => exportConsultationReport(writer(ctx), { pdfPrinter: ctx.pdfPrinter, resourcesDir: ctx.resourcesDir }, input),
  },
  'disclosures.discloseConsultationReport': {
    access: 'disclosures.write',
    run: (input, ctx) => consultations.discloseConsultationReport(writer(ctx), reader(ctx), input.consultationId),
  },

  // The report is the UBND's own, compiled across every capability and sent up in the batch: ward.write, as sending is.
  'quarterlyReport.get': { access: 'records.read', run: (input, ctx) => getQuarterlyReport(ctx.workspace.db, input) },
  'quarterlyReport.open': { access: 'ward.write', run: (input, ctx) => quarterlyReports.openQuarterlyReport(writer(ctx), reader(ctx), input) },
  'quarterlyReport.refresh': { access: 'ward.write', run: (input, ctx) => quarterlyReports.refreshQuarterlyReport(writer(ctx), reader(ctx), input) },
  'quarterlyReport.saveNarrative': { access: 'ward.write', run: (input, ctx) => quarterlyReports.saveNarrative(writer(ctx), input) },
  'quarterlyReport.finalize': { access: 'ward.write', run: (input, ctx) => quarterlyReports.finalizeQuarterlyReport(writer(ctx), reader(ctx), input) },
  'quarterlyReport.startCorrection': { access: 'ward.write', run: (input, ctx) => quarterlyReports.startCorrection(writer(ctx), input) },
  'quarterlyReport.export': {
    access: 'records.read',
    run: (input, ctx) => exportQuarterlyReport(ctx.workspace.db, { pdfPrinter: ctx.pdfPrinter, resourcesDir: ctx.resourcesDir }, input),
  },

  // Adding and deleting need the write permission of the attached record (main/attachments/entities.ts): the service checks it.
  'attachments.list': { access: 'records.read', run: (input, ctx) => attachments.listAttachments(ctx.workspace.db, ctx.account!.role, input) },
  'attachments.add': { access: 'records.read', run: (input, ctx) => attachments.addAttachment({ ...writer(ctx), role: ctx.account!.role }, input) },
  'attachments.get': { access: 'records.read', run: (input, ctx) => attachments.getAttachmentFile(ctx.workspace.db, ctx.account!.role, input.id) },
  'attachments.delete': { access: 'records.read', run: (input, ctx) => attachments.deleteAttachment({ ...writer(ctx), role: ctx.account!.role }, input.id) },

  // Listing units and writing receipts is routine receiving work; registering and revoking keys is not.
  'exchange.units': { access: 'ward.write', run: (_, ctx) => listUnits(ctx.workspace.db) },
  'exchange.registerUnit': { access: 'settings.manage', run: (input, ctx) => registerUnit(inbound(ctx), input.content) },
  'exchange.revokeKey': { access: 'settings.manage', run: (input, ctx) => revokeKey(inbound(ctx), input.fingerprint) },
  'exchange.importPreview': { access: 'ward.write', run: async (input, ctx) => previewImport(inbound(ctx), await chosenBatchFiles(ctx, input.source)) },
  'exchange.importPreviewUpload': { access: 'ward.write', run: (input, ctx) => previewUpload(inbound(ctx), input.files) },
  'exchange.importApply': { access: 'ward.write', run: (input, ctx) => applyImport(inbound(ctx), input.token) },
  'exchange.quarantine': { access: 'ward.write', run: (_, ctx) => listQuarantine(ctx.workspace.dataDir) },
  'exchange.retryQuarantined': { access: 'ward.write', run: (_, ctx) => retryQuarantined(inbound(ctx)) },
  'exchange.writeReceipt': {
    access: 'ward.write',
    run: async (input, ctx) => writeReceipt(inbound(ctx), input.unitCode, await batchFolder(ctx)),
  },
  'exchange.receiptEmailDraft': {
    access: 'ward.write',
    async run(input, ctx) {
      const { fileName, text } = await receiptEmailDraft(inbound(ctx), input.unitCode);
      return textFile(fileName, 'message/rfc822', text);
    },
  },
  'consolidation.completeness': { access: 'records.read', run: (input, ctx) => consolidation.completeness({ db: ctx.workspace.db, clock: ctx.clock }, input) },
  'consolidation.tables': { access: 'records.read', run: (input, ctx) => consolidation.consolidatedTables(ctx.workspace.db, input.year) },
  'consolidation.exportXlsx': { access: 'records.read', run: (input, ctx) => consolidation.exportView({ db: ctx.workspace.db, clock: ctx.clock }, input) },
  'exchange.superiorStatus': { access: 'records.read', run: (_, ctx) => superiorStatus(ctx.workspace.db) },
  'exchange.pinSuperior': { access: 'settings.manage', run: (input, ctx) => pinSuperior(downlink(ctx), input.content, input.replace) },
  'exchange.importFromSuperior': {
    access: 'ward.write',
    async run(_, ctx) {
      pinnedSuperiorKey(ctx.workspace.db); // refuses before the file dialog when no superior is pinned yet
      return importFromSuperior(downlink(ctx), await chosenBatchFile(ctx, 'Chọn tệp cấp trên gửi (giấy báo nhận, bộ tiêu chí, bộ biểu mẫu)'));
    },
  },
  // Criteria sets are the superior's to publish: the same permission as publishing them.
  'exchange.writeDirective': { access: 'criteria.manage', run: (input, ctx) => writeDirective(inbound(ctx), input, () => batchFolder(ctx)) },
  'exchange.keyStatus': { access: 'records.read', run: (_, ctx) => keyStatus(ctx.workspace.db) },
  'exchange.createKey': { access: 'settings.manage', run: (_, ctx) => createSigningKey(exchange(ctx)) },
  'exchange.enrolmentFile': {
    access: 'settings.manage',
    run(_, ctx) {
      const { fileName, text, fingerprint } = outbound.enrolment(exchange(ctx));
      return { ...textFile(fileName, 'application/json', text), fingerprint };
    },
  },
  'exchange.enrolmentForm': {
    access: 'settings.manage',
    run: (input, ctx) => exportEnrolmentForm(exchange(ctx), { pdfPrinter: ctx.pdfPrinter, resourcesDir: ctx.resourcesDir }, input.format),
  },
  'exchange.exportBatch': {
    access: 'ward.write',
    async run({ kind, period, datasets }, ctx) {
      const filter = checkedFilter({ period, datasets }, exchangedDatasets); // refuses a bad slice before the folder dialog
      return outbound.exportBatch(exchange(ctx), { kind, folder: await batchFolder(ctx), filter });
    },
  },
  'exchange.datasets': { access: 'records.read', run: (_, ctx) => exportableDatasets(ctx.workspace.db, exchangedDatasets) },
  'exchange.listSent': { access: 'records.read', run: (_, ctx) => outbound.listSent(ctx.workspace.db) },
  'exchange.rewriteBatch': { access: 'ward.write', run: async (input, ctx) => outbound.rewriteBatch(exchange(ctx), input.seq, await batchFolder(ctx)) },
  'exchange.emailDraft': {
    access: 'ward.write',
    run(input, ctx) {
      const { fileName, text } = emailDraft(exchange(ctx), input.seq);
      return textFile(fileName, 'message/rfc822', text);
    },
  },
};


