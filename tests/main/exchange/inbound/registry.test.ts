import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { importFiles } from '../../../../main/exchange/inbound/import';
import { listUnits, registerUnit } from '../../../../main/exchange/inbound/registry';
import { enrolmentOf, installation, superior, writeBatch } from './support';

describe('the list of registered units', () => {
  it('reads every unit, key and installation in a few queries, and counts applied batches only', async () => {
    const ctx = superior();
    const first = installation('26734', 'inst-1');
    for (const inst of [first, installation('26734', 'inst-2'), installation('26735', 'inst-3')]) registerUnit(ctx, enrolmentOf(inst));
    const files = [await writeBatch(ctx.dir, first, 1, [{ id: 'r1', ver: 1, data: {} }]), await writeBatch(ctx.dir, first, 3, [{ id: 'r3', ver: 1, data: {} }])];
    const fork = await writeBatch(mkdtempSync(join(ctx.dir, 'usb-')), first, 3, [{ id: 'r3', ver: 1, data: { restored: true } }]);
    const report = await importFiles(ctx, [...files.map((f) => f.path), fork.path], { dryRun: false });
    expect(report.files.map((f) => f.result)).toEqual(['applied', 'applied', 'quarantined']);

    const prepare = vi.spyOn(ctx.db, 'prepare');
    const units = listUnits(ctx.db);
    expect(prepare).toHaveBeenCalledTimes(3);
    expect(units.map((u) => [u.unitCode, u.keys.map((k) => k.installationId), u.installations, u.batchesApplied])).toEqual([
      ['26734', ['inst-1', 'inst-2'], [{ installationId: 'inst-1', lastSeq: 3, gaps: [2] }, { installationId: 'inst-2', lastSeq: null, gaps: [] }], 2],
      ['26735', ['inst-3'], [{ installationId: 'inst-3', lastSeq: null, gaps: [] }], 0],
    ]);
  });
});
