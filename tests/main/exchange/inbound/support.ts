import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../../../main/db/database';
import { migrate } from '../../../../main/db/migrate';
import { exchangedDatasets } from '../../../../main/datasets';
import { ensureInstallation } from '../../../../main/installation/service';
import { createSigner, generateSigningKey, type Signer } from '../../../../main/exchange/signing/keys';
import { enrolmentFile } from '../../../../main/exchange/signing/enrolment';
import { writeBatchFile, type WrittenBatch } from '../../../../main/exchange/envelope/write';
import type { InboundContext } from '../../../../main/exchange/inbound/context';
import { FakeClock } from '../../support/runtime';

export const OFFICE = 'SNV-01';
export const [DATASET_A, DATASET_B] = exchangedDatasets.map((d) => d.dataset) as [string, string];

export function superiorDb(file: string, clock = new FakeClock()): Db {
  const db = openDatabase(file);
  migrate(db);
  ensureInstallation(db, clock);
  db.prepare(
    `INSERT INTO ward_profile (id, name, kind, code, province_name, address, superior_name, superior_code, updated_at)
     VALUES (1, 'Sở Nội vụ', 'superiorOffice', ?, 'Hà Nội', '1 Đinh Lễ', 'UBND thành phố', '01', '2026-01-01')`,
  ).run(OFFICE);
  return db;
}

export function superior(): InboundContext & { dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sdc-inbound-'));
  const clock = new FakeClock();
  return { db: superiorDb(join(dir, 'ward.sqlite'), clock), clock, dataDir: dir, operator: 'kiểm thử', dir };
}

export type Installation = { unitCode: string; installationId: string; signer: Signer };

export function installation(unitCode: string, installationId: string): Installation {
  const key = generateSigningKey('mật khẩu thử nghiệm');
  return { unitCode, installationId, signer: createSigner(key.privateKeyPkcs8Pem, 'mật khẩu thử nghiệm') };
}

export function enrolmentOf(inst: Installation): string {
  return enrolmentFile({
    unitCode: inst.unitCode, unitName: `UBND phường ${inst.unitCode}`, installationId: inst.installationId,
    publicKeyJwkX: inst.signer.publicKeyJwkX, createdAt: '2026-03-01T08:00:00+07:00',
  });
}

export type Rec = { id: string; ver: number; data: Record<string, unknown>; dataset?: string; unitCode?: string; deleted?: boolean };

let counter = 0;
export function batchId(): string {
  counter += 1;
  return `0190f5c2-7b1e-7c3a-9f00-${counter.toString(16).padStart(12, '0')}`;
}

export function writeBatch(folder: string, inst: Installation, seq: number, recs: Rec[], extra: { recipientCode?: string; id?: string } = {}): Promise<WrittenBatch> {
  const records: Record<string, Array<{ id: string; unitCode: string; ver: number; deleted: boolean; schemaVersion: number; data: Record<string, unknown> }>> = {};
  for (const r of recs) {
    (records[r.dataset ?? DATASET_A] ??= []).push({ id: r.id, unitCode: r.unitCode ?? inst.unitCode, ver: r.ver, deleted: r.deleted ?? false, schemaVersion: 1, data: r.data });
  }
  return writeBatchFile(folder, {
    header: {
      kind: 'delta', batchId: extra.id ?? batchId(), unitCode: inst.unitCode, unitName: `UBND phường ${inst.unitCode}`,
      installationId: inst.installationId, recipientCode: extra.recipientCode ?? OFFICE, seq, prevBatchHash: null,
      createdAt: '2026-03-15T09:30:00+07:00', appVersion: '0.1.0', covers: [], lastReceiptSeen: null,
    },
    records,
    files: {},
  }, inst.signer);
}

/** Every row of every table, in a stable order: two equal dumps mean nothing changed. */
export function dump(db: Db): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).raw().all()]), (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
}

export function consolidated(db: Db): unknown[] {
  return db.prepare('SELECT unit_code, dataset, record_id, ver, hash, deleted, data_json FROM exchange_record ORDER BY dataset, record_id').all();
}
