import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AttachableEntity } from '../../../../main/api/attachments';
import type { Db } from '../../../../main/db/database';
import { sha256Hex } from '../../../../main/exchange/envelope/canonical';
import { readBatchFile, type ReadBatch } from '../../../../main/exchange/envelope/read';
import { RECEIVED_FILES } from '../../../../main/exchange/inbound/files';
import { importFiles } from '../../../../main/exchange/inbound/import';
import { registerUnit } from '../../../../main/exchange/inbound/registry';
import { exportBatch, type ExportKind, type WrittenPart } from '../../../../main/exchange/outbound/export';
import { fileKeySecretStore } from '../../../../main/exchange/outbound/secretStore';
import { k7Disclosure } from '../../disclosures/fixtures';
import { makeTempDir, startWardWithAdmin, type TestApp } from '../../support/runtime';
import { OFFICE, superior } from '../inbound/support';
import { PROFILE, wardDb } from '../outbound/seed';

/** A PDF-looking file of `size` random (incompressible) bytes: what a scanned page is to the zip. */
export function pdf(size: number): Buffer {
  const head = Buffer.from('%PDF-1.7\n');
  return Buffer.concat([head, randomBytes(size - head.length)]);
}

export type Ward = { app: TestApp; db: Db; usb: string };

/** A ward whose superior is the test office `SNV-01`, with a folder standing for the USB stick. */
export async function startWard(): Promise<Ward> {
  const app = await startWardWithAdmin();
  await app.call('ward.saveProfile', { ...PROFILE, superiorCode: OFFICE });
  const usb = makeTempDir('sdc-usb-');
  app.dialogs.folderPath = usb;
  return { app, db: wardDb(app), usb };
}

export async function attach(ward: Ward, entity: AttachableEntity, entityId: number, fileName: string, bytes: Buffer): Promise<string> {
  await ward.app.call('attachments.add', { entity, entityId: String(entityId), fileName, note: '', contentBase64: bytes.toString('base64') });
  return sha256Hex(bytes);
}

export async function disclosureWithFiles(ward: Ward, files: Buffer[]): Promise<{ id: number; shas: string[] }> {
  const { id } = await ward.app.call('disclosures.save', k7Disclosure);
  if (id === null) throw new Error('the disclosure was not saved');
  const shas: string[] = [];
  for (const [index, bytes] of files.entries()) shas.push(await attach(ward, 'disclosure', id, `Ảnh niêm yết ${index + 1}.pdf`, bytes));
  return { id, shas };
}

/** Exports through the service, so a test can choose the part size the screen does not offer. */
export async function exportParts(ward: Ward, kind: ExportKind, partBytes?: number): Promise<WrittenPart[]> {
  const { app, db } = ward;
  const ctx = { db, clock: app.clock, secrets: fileKeySecretStore(app.dataDir), dataDir: app.dataDir, appVersion: '0.0.0-test' };
  const outcome = await exportBatch(ctx, { kind, folder: ward.usb, ...(partBytes ? { partBytes } : {}) });
  if (outcome.status !== 'written') throw new Error(outcome.message);
  return outcome.parts ?? [outcome];
}

/** Reads a part back alone, trusting only the ward's key, as the superior would. */
export async function readPart(ward: Ward, path: string): Promise<ReadBatch> {
  const key = (await ward.app.call('exchange.keyStatus', {}))!;
  const read = await readBatchFile(path, { trustedKeys: (fp) => (fp === key.fingerprint ? { publicKeyJwkX: key.publicKeyJwkX, unitCode: PROFILE.code } : undefined) });
  if (!read.ok) throw new Error(`${read.reason.code}: ${read.reason.detail}`);
  return read;
}

/** A superior office that registered the ward's key. */
export async function superiorOf(ward: Ward): Promise<ReturnType<typeof superior>> {
  const ctx = superior();
  const enrolment = await ward.app.call('exchange.enrolmentFile', {});
  registerUnit(ctx, Buffer.from(enrolment.contentBase64, 'base64').toString('utf8'));
  return ctx;
}

export const importAll = (ctx: ReturnType<typeof superior>, paths: string[]) => importFiles(ctx, paths, { dryRun: false });

/** The hashes of every attachment the superior holds. */
export function storedFiles(dataDir: string): string[] {
  const root = join(dataDir, RECEIVED_FILES);
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((folder) => readdirSync(join(root, folder))).sort();
}
