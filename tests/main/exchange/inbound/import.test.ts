import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFiles } from '../../../../main/exchange/inbound/import';
import { listQuarantine } from '../../../../main/exchange/inbound/folders';
import { listUnits, registerUnit, revokeKey } from '../../../../main/exchange/inbound/registry';
import { retryQuarantined } from '../../../../main/exchange/inbound/retry';
import { consolidated, DATASET_B, dump, enrolmentOf, installation, superior, writeBatch } from './support';

const ward = installation('26734', 'inst-1');
const run = (ctx: ReturnType<typeof superior>, paths: string[], dryRun = false) => importFiles(ctx, paths, { dryRun });

describe('registering units', () => {
  it('adds a second installation to the unit, refuses the same key twice and returns the fingerprint', () => {
    const ctx = superior();
    expect(registerUnit(ctx, enrolmentOf(ward))).toMatchObject({ unitCode: '26734', newUnit: true, fingerprint: ward.signer.fingerprint });
    expect(registerUnit(ctx, enrolmentOf(installation('26734', 'inst-2')))).toMatchObject({ newUnit: false });
    expect(() => registerUnit(ctx, enrolmentOf(ward))).toThrow('đã đăng ký');
    expect(() => registerUnit(ctx, '{"format":"x"}')).toThrow('sai định dạng');
    expect(listUnits(ctx.db)[0]!.keys.map((k) => k.installationId)).toEqual(['inst-1', 'inst-2']);
  });
});

describe('importing batch files', () => {
  function registered() {
    const ctx = superior();
    registerUnit(ctx, enrolmentOf(ward));
    return ctx;
  }

  it('applies a batch, keeps the original read-only in the inbox, and says "đã nhận" for the same file again, renamed too', async () => {
    const ctx = registered();
    const file = await writeBatch(ctx.dir, ward, 1, [{ id: 'r1', ver: 1, data: { a: 1 } }, { id: 'r2', ver: 2, data: { b: 2 }, dataset: DATASET_B }]);
    const first = await run(ctx, [file.path]);
    expect(first.files[0]).toMatchObject({ result: 'applied', counts: { new: 2, rejected: 0 }, gaps: [] });
    const kept = join(ctx.dir, 'inbox', `${file.fileSha256}.sdc.zip`);
    expect(statSync(kept).mode & 0o222).toBe(0);
    const before = dump(ctx.db);
    const renamed = join(ctx.dir, 'ban-sao (1).sdc.zip');
    copyFileSync(file.path, renamed);
    const again = await run(ctx, [file.path, renamed]);
    expect(again.files.map((f) => [f.result, f.reason?.message])).toEqual([
      ['alreadyReceived', 'Đã nhận tệp này trước đây; không có gì thay đổi.'],
      ['alreadyReceived', 'Đã nhận tệp này trước đây; không có gì thay đổi.'],
    ]);
    expect(dump(ctx.db)).toBe(before);
  });

  it('quarantines hostile files with their Vietnamese reason and leaves the database byte-for-byte unchanged', async () => {
    const ctx = registered();
    const good = await writeBatch(ctx.dir, ward, 1, [{ id: 'r1', ver: 1, data: { a: 1 } }]);
    const bytes = readFileSync(good.path);
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)]! ^= 0xff;
    const hostile = {
      'truncated.sdc.zip': bytes.subarray(0, bytes.length - 40),
      'flipped.sdc.zip': flipped,
      'empty.sdc.zip': Buffer.alloc(0),
      'text.sdc.zip': Buffer.from('không phải zip'),
    };
    const paths = Object.entries(hostile).map(([name, content]) => (writeFileSync(join(ctx.dir, name), content), join(ctx.dir, name)));
    const stranger = await writeBatch(ctx.dir, installation('11111', 'x'), 1, [{ id: 'z', ver: 1, data: {} }]);
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = readFileSync(join(ctx.dir, 'ward.sqlite'));
    const report = await run(ctx, [...paths, stranger.path]);
    expect(report.files.map((f) => f.result)).toEqual(['quarantined', 'quarantined', 'quarantined', 'quarantined', 'quarantined']);
    expect(report.files.map((f) => f.reason?.code)).toEqual(['ZIP_DAMAGED', expect.any(String), 'EMPTY_FILE', 'NOT_A_ZIP', 'UNKNOWN_KEY']);
    expect(report.files[4]!.reason!.message).toContain('Khóa ký của lô dữ liệu chưa được đăng ký');
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(join(ctx.dir, 'ward.sqlite')).equals(before)).toBe(true);
    expect(listQuarantine(ctx.dir).map((q) => q.code).sort()).toEqual([report.files[1]!.reason!.code, 'EMPTY_FILE', 'NOT_A_ZIP', 'UNKNOWN_KEY', 'ZIP_DAMAGED'].sort());
  });

  it('retries quarantined files once the key is registered', async () => {
    const ctx = superior();
    const file = await writeBatch(ctx.dir, ward, 1, [{ id: 'r1', ver: 1, data: { a: 1 } }]);
    expect((await run(ctx, [file.path])).files[0]!.reason!.code).toBe('UNKNOWN_KEY');
    registerUnit(ctx, enrolmentOf(ward));
    const retried = await retryQuarantined(ctx);
    expect(retried.files[0]).toMatchObject({ result: 'applied', fileName: file.fileName });
    expect(listQuarantine(ctx.dir)).toEqual([]);
  });

  it('quarantines batches signed with a revoked key, and batches addressed to another office', async () => {
    const ctx = registered();
    const other = await writeBatch(ctx.dir, ward, 1, [{ id: 'r1', ver: 1, data: {} }], { recipientCode: 'SNV-99' });
    const before = dump(ctx.db);
    expect((await run(ctx, [other.path])).files[0]!.reason).toMatchObject({ code: 'WRONG_RECIPIENT', message: expect.stringContaining('SNV-99') });
    revokeKey(ctx, ward.signer.fingerprint);
    const afterRevoke = dump(ctx.db);
    const file = await writeBatch(ctx.dir, ward, 2, [{ id: 'r1', ver: 1, data: {} }]);
    const report = await run(ctx, [file.path]);
    expect(report.files[0]).toMatchObject({ result: 'quarantined', reason: { code: 'KEY_REVOKED', message: expect.stringContaining('đã bị thu hồi') } });
    expect(dump(ctx.db)).toBe(afterRevoke);
    expect(afterRevoke).not.toBe(before);
  });

  it('quarantines the files already verified when their key is revoked while the import runs', async () => {
    const ctx = registered();
    const files = [];
    for (const seq of [1, 2, 3]) files.push((await writeBatch(ctx.dir, ward, seq, [{ id: `r${seq}`, ver: 1, data: { seq } }])).path);
    const importing = run(ctx, files);
    revokeKey(ctx, ward.signer.fingerprint); // the three files were queued for verification with the key still active
    const report = await importing;
    expect(report.files.map((f) => [f.result, f.reason?.code])).toEqual([
      ['quarantined', 'KEY_REVOKED'], ['quarantined', 'KEY_REVOKED'], ['quarantined', 'KEY_REVOKED'],
    ]);
    expect(consolidated(ctx.db)).toEqual([]);
  });

  it('rejects the lines of another unit and unknown datasets, applying the rest', async () => {
    const ctx = registered();
    const file = await writeBatch(ctx.dir, ward, 1, [
      { id: 'r1', ver: 1, data: { a: 1 } },
      { id: 'r2', ver: 1, data: { a: 2 }, unitCode: '99999' },
      { id: 'r3', ver: 1, data: {}, dataset: 'unknown_things' },
    ]);
    const report = (await run(ctx, [file.path])).files[0]!;
    expect(report.counts).toMatchObject({ new: 1, rejected: 2 });
    expect(report.rejectedLines.map((l) => [l.line, l.code])).toEqual([[2, 'OTHER_UNIT'], [1, 'UNKNOWN_DATASET']]);
    expect(report.rejectedLines[0]!.message).toContain('dòng 2');
    expect(ctx.db.prepare('SELECT record_id FROM exchange_record').pluck().all()).toEqual(['r1']);
  });

  it('merges by version: updated, unchanged, stale, and a conflict keeps both versions', async () => {
    const ctx = registered();
    const files = [
      await writeBatch(ctx.dir, ward, 1, [{ id: 'r1', ver: 2, data: { v: 2 } }, { id: 'r2', ver: 1, data: { v: 1 } }]),
      await writeBatch(ctx.dir, ward, 2, [{ id: 'r1', ver: 3, data: { v: 3 } }, { id: 'r2', ver: 1, data: { v: 1 } }]),
      await writeBatch(ctx.dir, ward, 3, [{ id: 'r1', ver: 1, data: { v: 1 } }, { id: 'r2', ver: 1, data: { v: 'other' } }]),
    ];
    const report = await run(ctx, files.map((f) => f.path));
    expect(report.files.map((f) => f.counts)).toEqual([
      { new: 2, updated: 0, unchanged: 0, stale: 0, conflict: 0, rejected: 0 },
      { new: 0, updated: 1, unchanged: 1, stale: 0, conflict: 0, rejected: 0 },
      { new: 0, updated: 0, unchanged: 0, stale: 1, conflict: 1, rejected: 0 },
    ]);
    expect(ctx.db.prepare('SELECT count(*) FROM exchange_record_history').pluck().get()).toBe(5);
    expect(ctx.db.prepare('SELECT data_a_json, data_b_json FROM exchange_conflict').all()).toHaveLength(1);
  });

  it('flags a gap, and quarantines a fork keeping both batches', async () => {
    const ctx = registered();
    const one = await writeBatch(ctx.dir, ward, 1, [{ id: 'r1', ver: 1, data: {} }]);
    const three = await writeBatch(ctx.dir, ward, 3, [{ id: 'r3', ver: 1, data: {} }]);
    const report = await run(ctx, [one.path, three.path]);
    expect(report.files[1]).toMatchObject({ result: 'applied', gaps: [2] });
    expect(listUnits(ctx.db)[0]!.installations).toEqual([{ installationId: 'inst-1', lastSeq: 3, gaps: [2] }]);
    const fork = await writeBatch(mkdtempSync(join(ctx.dir, 'usb-')), ward, 3, [{ id: 'r3', ver: 1, data: { restored: true } }]);
    const forked = (await run(ctx, [fork.path])).files[0]!;
    expect(forked).toMatchObject({ result: 'quarantined', reason: { code: 'FORK' } });
    expect(existsSync(forked.quarantinedAs!)).toBe(true);
    expect(ctx.db.prepare('SELECT seq, batch_hash FROM exchange_fork').all()).toEqual([{ seq: 3, batch_hash: expect.any(String) }]);
    expect(ctx.db.prepare('SELECT data_json FROM exchange_record WHERE record_id = ?').pluck().get('r3')).toBe('{}');
    expect(readdirSync(join(ctx.dir, 'inbox'))).toHaveLength(3);
  });

  it('a dry run reports the same as the real import and changes nothing', async () => {
    const ctx = registered();
    const one = await writeBatch(ctx.dir, ward, 1, [{ id: 'r1', ver: 1, data: {} }, { id: 'x', ver: 1, data: {}, unitCode: '1' }]);
    const three = await writeBatch(ctx.dir, ward, 3, [{ id: 'r1', ver: 2, data: { b: 1 } }]);
    const before = dump(ctx.db);
    const preview = await run(ctx, [one.path, three.path, one.path], true);
    expect(dump(ctx.db)).toBe(before);
    expect(existsSync(join(ctx.dir, 'inbox'))).toBe(false);
    const real = await run(ctx, [one.path, three.path, one.path]);
    expect(preview.files.map(({ quarantinedAs: _, ...f }) => f)).toEqual(real.files.map(({ quarantinedAs: _, ...f }) => f));
    expect(real.files.map((f) => f.result)).toEqual(['applied', 'applied', 'alreadyReceived']);
  });
});
