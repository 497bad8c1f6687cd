import { join } from 'node:path';
import type { Out } from '../../../../main/api';
import { openDatabase, type Db } from '../../../../main/db/database';
import { k7Disclosure } from '../../disclosures/fixtures';
import { ADMIN, makeTempDir, startTestApp, startWardWithAdmin, type TestApp } from '../../support/runtime';
import { PROFILE } from '../outbound/seed';

export const SUPERIOR_PROFILE = {
  ...PROFILE, name: 'Sở Nội vụ thành phố Hà Nội', kind: 'superiorOffice' as const, code: PROFILE.superiorCode,
  superiorName: 'UBND thành phố Hà Nội', superiorCode: 'UBND-HN', superiorEmail: '', email: '',
};

export const textOf = (file: { contentBase64: string }): string => Buffer.from(file.contentBase64, 'base64').toString('utf8');

/** Both start with their signing key, as after enrolment. */
export async function startSuperior(profile = SUPERIOR_PROFILE): Promise<TestApp> {
  const office = await startTestApp();
  await office.call('setup.createAdministrator', { ...ADMIN, installationRole: 'superior' });
  await office.call('ward.saveProfile', profile);
  await office.call('exchange.createKey', {});
  return office;
}

export async function startWard(profile = PROFILE): Promise<TestApp> {
  const ward = await startWardWithAdmin();
  await ward.call('ward.saveProfile', profile);
  await ward.call('exchange.createKey', {});
  return ward;
}

/** A running installation's database, opened beside it: read-only use in assertions. */
export function dbOf(app: TestApp): Db {
  return openDatabase(join(app.dataDir, 'ward.sqlite'));
}

/** Every row of every table, in a stable order: two equal dumps mean nothing changed. */
export function dump(app: TestApp): string {
  const db = dbOf(app);
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).raw().all()]), (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
  } finally {
    db.close();
  }
}

/** Both installations write to and read from one "USB stick". */
export function shareUsb(...apps: TestApp[]): string {
  const usb = makeTempDir('sdc-usb-');
  for (const app of apps) app.dialogs.folderPath = usb;
  return usb;
}

export async function registerAt(office: TestApp, ward: TestApp): Promise<void> {
  await office.call('exchange.registerUnit', { content: textOf(await ward.call('exchange.enrolmentFile', {})) });
}

export async function pinAt(ward: TestApp, office: TestApp, replace = false): Promise<Out<'exchange.pinSuperior'>> {
  return ward.call('exchange.pinSuperior', { content: textOf(await office.call('exchange.enrolmentFile', {})), replace });
}

let disclosures = 0;

/** The ward writes a delta with a new disclosure; the office previews and applies it. */
export async function sendUp(ward: TestApp, office: TestApp): Promise<Extract<Out<'exchange.exportBatch'>, { status: 'written' }>> {
  await ward.call('disclosures.save', { ...k7Disclosure, title: `${k7Disclosure.title} (${(disclosures += 1)})` });
  const exported = await ward.call('exchange.exportBatch', { kind: 'delta' });
  if (exported.status !== 'written') throw new Error(exported.message);
  office.dialogs.openPath = exported.path;
  await office.call('exchange.importApply', { token: (await office.call('exchange.importPreview', {})).token });
  return exported;
}

/** A ward and its superior office sharing one USB stick, the ward's key registered there; `sent`: its first batch already imported. */
export async function connectedWardAndOffice(options: { sent: boolean }): Promise<{ ward: TestApp; office: TestApp }> {
  const [ward, office] = await Promise.all([startWard(), startSuperior()]);
  shareUsb(ward, office);
  await registerAt(office, ward);
  if (options.sent) await sendUp(ward, office);
  return { ward, office };
}

export function importOnWard(ward: TestApp, path: string): Promise<Out<'exchange.importFromSuperior'>> {
  ward.dialogs.openPath = path;
  return ward.call('exchange.importFromSuperior', {});
}
