import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attachmentPath } from '../../../../main/exchange/envelope/format';
import { readReceivedFile, receivedFilePath } from '../../../../main/exchange/inbound/files';
import { discloseBudgetEstimate, k7Disclosure } from '../../disclosures/fixtures';
import { addStaff, boardWithRecommendation, finalizedConference, petitionEntry } from '../outbound/seed';
import { rezip, unzip } from '../envelope/support';
import { consolidated } from '../inbound/support';
import { attach, disclosureWithFiles, exportParts, importAll, pdf, readPart, startWard, storedFiles, superiorOf, type Ward } from './support';

describe('attachments travelling inside batches', () => {
  let ward: Ward;
  beforeEach(async () => {
    ward = await startWard();
  });
  afterEach(() => {
    ward.db.close();
    ward.app.dispose();
    rmSync(ward.usb, { recursive: true, force: true });
  });

  it('carries a disclosure’s photo: the record lists it, the batch holds its bytes, the superior stores them verified', async () => {
    const photo = pdf(40_000);
    const { shas: [sha] } = await disclosureWithFiles(ward, [photo]);
    const [part] = await exportParts(ward, 'delta');
    const read = await readPart(ward, part!.path);
    expect(read.records.disclosures![0]!.data.attachments).toEqual([{ sha256: sha, name: 'Ảnh niêm yết 1.pdf', mediaType: 'application/pdf', size: 40_000 }]);
    expect(read.records.disclosures![0]!.schemaVersion).toBe(2);
    expect(Buffer.from(read.files[sha!]!)).toEqual(photo);
    expect(read.header.files).toEqual({ count: 1, bytes: 40_000 });
    const bag = await unzip(readFileSync(part!.path));
    expect(bag.files.get(attachmentPath(sha!))).toEqual(photo);

    const office = await superiorOf(ward);
    const report = await importAll(office, [part!.path]);
    expect(report.files[0]).toMatchObject({ result: 'applied', counts: { new: 1 } });
    expect(report.files[0]!.missingFiles).toBeUndefined();
    expect(readReceivedFile(office.dataDir, sha!)).toEqual(photo);
    expect(statSync(receivedFilePath(office.dataDir, sha!)).mode & 0o222).toBe(0);
    expect(readReceivedFile(office.dataDir, 'ab'.repeat(32))).toBeNull();
  });

  it('refuses a batch whose attachment entry was changed after signing, and stores nothing from it', async () => {
    const { shas: [sha] } = await disclosureWithFiles(ward, [pdf(10_000)]);
    const [part] = await exportParts(ward, 'delta');
    const bag = await unzip(readFileSync(part!.path));
    const forged = Buffer.from(bag.files.get(attachmentPath(sha!))!);
    forged[5000]! ^= 0xff;
    bag.files.set(attachmentPath(sha!), forged);
    const tampered = join(ward.usb, 'tampered.sdc.zip');
    writeFileSync(tampered, await rezip(bag));

    const office = await superiorOf(ward);
    const report = await importAll(office, [tampered]);
    expect(report.files[0]).toMatchObject({ result: 'quarantined', reason: { code: 'PAYLOAD_HASH_MISMATCH' } });
    expect(consolidated(office.db)).toEqual([]);
    expect(storedFiles(office.dataDir)).toEqual([]);
  });

  it('sends a file once: a delta after the snapshot carries the changed record but only the files never sent', async () => {
    const { id, shas: [first] } = await disclosureWithFiles(ward, [pdf(8_000)]);
    const [snapshot] = await exportParts(ward, 'snapshot');
    expect(Object.keys((await readPart(ward, snapshot!.path)).files)).toEqual([first]);

    await ward.app.call('disclosures.save', { ...k7Disclosure, id, title: 'Danh sách hộ nghèo năm 2026 (bổ sung)' });
    const [renamed] = await exportParts(ward, 'delta');
    const noFile = await readPart(ward, renamed!.path);
    expect(noFile.records.disclosures).toHaveLength(1);
    expect(noFile.files).toEqual({});
    expect(noFile.header.files).toEqual({ count: 0, bytes: 0 });

    const second = await attach(ward, 'disclosure', id, 'Ảnh bảng tin.pdf', pdf(9_000));
    const [added] = await exportParts(ward, 'delta');
    const onlyNew = await readPart(ward, added!.path);
    expect((onlyNew.records.disclosures![0]!.data.attachments as Array<{ sha256: string }>).map((a) => a.sha256)).toEqual([first, second]);
    expect(Object.keys(onlyNew.files)).toEqual([second]);
    expect(ward.db.prepare('SELECT sha256, first_seq FROM exchange_sent_file ORDER BY first_seq').all()).toEqual([
      { sha256: first, first_seq: snapshot!.batch.seq },
      { sha256: second, first_seq: added!.batch.seq },
    ]);

    const [again] = await exportParts(ward, 'snapshot');
    expect(Object.keys((await readPart(ward, again!.path)).files).sort()).toEqual([first, second].sort());
  });

  it('never sends a petitioner’s scanned letter, while the disclosure photo in the same batch goes', async () => {
    const petition = await ward.app.call('petitions.save', petitionEntry);
    const letter = await attach(ward, 'petition', petition.id, 'Đơn kiến nghị.pdf', pdf(12_000));
    const { shas: [photo] } = await disclosureWithFiles(ward, [pdf(7_000)]);
    const [part] = await exportParts(ward, 'snapshot');
    const read = await readPart(ward, part!.path);
    expect(Object.keys(read.files)).toEqual([photo]);
    expect(read.records.petitions).toHaveLength(1);
    const bag = await unzip(readFileSync(part!.path));
    expect([...bag.files.keys()].filter((path) => path.includes(letter))).toEqual([]);
    expect(JSON.stringify(read.records)).not.toContain(letter);
  });

  it('lists the files of minutes, board activities, the budget disclosure and a criteria assessment in their records', async () => {
    const meeting = await finalizedConference(ward.app, await addStaff(ward.app, 3));
    const signed = await attach(ward, 'meeting', meeting.id, 'Biên bản có chữ ký.pdf', pdf(6_000));
    await boardWithRecommendation(ward.app);
    const activityId = ward.db.prepare('SELECT id FROM board_activity').pluck().get() as number;
    const minutes = await attach(ward, 'boardActivity', activityId, 'Biên bản giám sát.pdf', pdf(5_000));
    await discloseBudgetEstimate(ward.app);
    await ward.app.call('attachments.add', { entity: 'budgetReport', entityId: '2026:estimateApproved:1', fileName: 'Ảnh niêm yết dự toán.pdf', note: '', contentBase64: pdf(4_000).toString('base64') });
    await ward.app.call('criteria.listSets', {});
    const opened = await ward.app.call('criteria.openAssessment', { setId: 'tiep-can-phap-luat-example', version: 1, year: 2026 });
    const evidence = await attach(ward, 'criteriaAssessment', opened.id, 'Kế hoạch.pdf', pdf(3_000));

    const [part] = await exportParts(ward, 'delta');
    const read = await readPart(ward, part!.path);
    const refs = (dataset: string) => read.records[dataset]!.flatMap((r) => JSON.stringify(r.data).match(/[0-9a-f]{64}/g) ?? []);
    expect(read.records.meeting_minutes![0]).toMatchObject({ schemaVersion: 2, data: { attachments: [{ sha256: signed, name: 'Biên bản có chữ ký.pdf', mediaType: 'application/pdf', size: 6_000 }] } });
    expect(read.records.boards![0]).toMatchObject({
      schemaVersion: 2,
      data: { activityAttachments: [{ date: '2026-02-10', kind: 'supervision', subject: 'Giám sát việc thu phí vệ sinh môi trường', attachments: [{ sha256: minutes }] }] },
    });
    const approved = read.records.budget_stages!.find((r) => r.data.stage === 'estimateApproved')!;
    expect(approved).toMatchObject({ schemaVersion: 3, data: { disclosed: { attachments: [{ name: 'Ảnh niêm yết dự toán.pdf', size: 4_000 }] } } });
    expect(refs('criteria_assessments')).toEqual([evidence]);
    expect(Object.keys(read.files).sort()).toEqual([signed, minutes, ...refs('budget_stages'), evidence].sort());
  });
});
