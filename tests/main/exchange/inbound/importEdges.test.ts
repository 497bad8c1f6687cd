import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listQuarantine } from '../../../../main/exchange/inbound/folders';
import { importFiles } from '../../../../main/exchange/inbound/import';
import { registerUnit } from '../../../../main/exchange/inbound/registry';
import { enrolmentOf, installation, superior, writeBatch } from './support';

const ward = installation('26734', 'inst-1');

describe('a fork and its quarantine copy', () => {
  it('are kept together: when the copy cannot be written the fork is not logged, and the next import quarantines it', async () => {
    const ctx = superior();
    registerUnit(ctx, enrolmentOf(ward));
    const kept = await writeBatch(ctx.dir, ward, 1, [{ id: 'r1', ver: 1, data: { a: 1 } }]);
    await importFiles(ctx, [kept.path], { dryRun: false });
    const usb = join(ctx.dir, 'usb');
    mkdirSync(usb);
    const fork = await writeBatch(usb, ward, 1, [{ id: 'r1', ver: 1, data: { a: 2 } }]);

    writeFileSync(join(ctx.dataDir, 'quarantine'), 'a file where the quarantine folder should be');
    await expect(importFiles(ctx, [fork.path], { dryRun: false })).rejects.toThrow();
    const logged = () => ctx.db.prepare('SELECT count(*) FROM exchange_received_file WHERE file_sha256 = ?').pluck().get(fork.fileSha256);
    expect(logged()).toBe(0);
    expect(ctx.db.prepare('SELECT count(*) FROM exchange_fork').pluck().get()).toBe(0);

    rmSync(join(ctx.dataDir, 'quarantine'));
    const again = await importFiles(ctx, [fork.path], { dryRun: false });
    expect(again.files[0]).toMatchObject({ result: 'quarantined', reason: { code: 'FORK' } });
    expect(listQuarantine(ctx.dataDir).map((f) => [f.code, f.fileSha256])).toEqual([['FORK', fork.fileSha256]]);
    expect(logged()).toBe(1);
  });
});

describe('attachments awaited from another part', () => {
  const ref = (n: number) => ({ sha256: String(n).repeat(64), name: `Biên bản ${n}.pdf`, mediaType: 'application/pdf', size: 1000 });

  it('are listed for the records applied, not for a line the import rejected', async () => {
    const ctx = superior();
    registerUnit(ctx, enrolmentOf(ward));
    const file = await writeBatch(ctx.dir, ward, 1, [
      { id: 'r1', ver: 1, data: { attachments: [ref(1)] } },
      { id: 'r2', ver: 1, data: { attachments: [ref(2)] }, unitCode: '26735' },
    ]);
    const report = (await importFiles(ctx, [file.path], { dryRun: true })).files[0]!;
    expect(report.rejectedLines.map((l) => [l.recordId, l.code])).toEqual([['r2', 'OTHER_UNIT']]);
    expect(report.missingFiles?.map((m) => [m.recordId, m.name])).toEqual([['r1', 'Biên bản 1.pdf']]);
  });
});
