import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { importFiles } from '../../../../main/exchange/inbound/import';
import { registerUnit } from '../../../../main/exchange/inbound/registry';
import { consolidated, DATASET_B, enrolmentOf, installation, superior, writeBatch, type Rec } from './support';

/** mulberry32: a small seeded generator, so a failure names its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const installations = ['26734', '26737', '26740'].flatMap((unit) => [installation(unit, `${unit}-a`), installation(unit, `${unit}-b`)]);

/** Each installation saves its own records over several batches: a record's later batches carry higher versions. */
async function batches(rand: () => number, folder: string): Promise<string[]> {
  const paths: string[] = [];
  for (const inst of installations) {
    const versions = new Map<string, number>();
    for (let seq = 1; seq <= 4; seq += 1) {
      const recs: Rec[] = [];
      for (let n = 0; n < 4; n += 1) {
        const id = `${inst.installationId}:${Math.floor(rand() * 6)}`;
        if (recs.some((r) => r.id === id)) continue;
        const ver = (versions.get(id) ?? 0) + 1;
        versions.set(id, ver);
        recs.push({ id, ver, data: { value: Math.floor(rand() * 1000) }, deleted: rand() < 0.1, ...(rand() < 0.3 ? { dataset: DATASET_B } : {}) });
      }
      paths.push((await writeBatch(mkdtempSync(join(folder, 'b-')), inst, seq, recs)).path);
    }
  }
  return paths;
}

async function importAll(paths: string[]): Promise<unknown[]> {
  const ctx = superior();
  for (const inst of installations) registerUnit(ctx, enrolmentOf(inst));
  await importFiles(ctx, paths, { dryRun: false });
  return consolidated(ctx.db);
}

describe('import order', () => {
  it.each([1, 2, 3])('random order with duplicates gives the same consolidated records as the in-order import (seed %i)', async (seed) => {
    const rand = random(seed);
    const folder = superior().dir;
    const inOrder = await batches(rand, folder);
    const shuffled = [...inOrder, ...inOrder.filter(() => rand() < 0.4)]
      .map((path) => ({ path, key: rand() }))
      .sort((a, b) => a.key - b.key)
      .map((item) => item.path);
    const expected = await importAll(inOrder);
    expect(expected.length).toBeGreaterThan(10);
    expect(await importAll(shuffled)).toEqual(expected);
  });
});
