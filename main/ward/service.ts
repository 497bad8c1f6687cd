import { AppError } from '../api/errors';
import type { ResidentialGroup, Signatory, WardProfile } from '../api/ward';
import type { Parsed } from '../api/contract';
import { auditedWrite, type WriteContext } from '../audit/audit';
import type { Db } from '../db/database';

type ProfileInput = Omit<WardProfile, 'updatedAt'>;

interface ProfileRow {
  name: string;
  kind: WardProfile['kind'];
  code: string;
  province_name: string;
  address: string;
  phone: string;
  email: string;
  superior_name: string;
  superior_code: string;
  superior_email: string;
  updated_at: string;
}

export function getProfile(db: Db): WardProfile | null {
  const row = db.prepare('SELECT * FROM ward_profile WHERE id = 1').get() as ProfileRow | undefined;
  return row
    ? {
        name: row.name,
        kind: row.kind,
        code: row.code,
        provinceName: row.province_name,
        address: row.address,
        phone: row.phone,
        email: row.email,
        superiorName: row.superior_name,
        superiorCode: row.superior_code,
        superiorEmail: row.superior_email,
        updatedAt: row.updated_at,
      }
    : null;
}

export function saveProfile(ctx: WriteContext, input: ProfileInput): WardProfile {
  return auditedWrite(ctx, () => {
    const before = getProfile(ctx.db);
    ctx.db
      .prepare(
        `INSERT INTO ward_profile (id, name, kind, code, province_name, address, phone, email, superior_name, superior_code, superior_email, updated_at)
         VALUES (1, @name, @kind, @code, @provinceName, @address, @phone, @email, @superiorName, @superiorCode, @superiorEmail, @updatedAt)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, code = excluded.code,
           province_name = excluded.province_name, address = excluded.address, phone = excluded.phone, email = excluded.email,
           superior_name = excluded.superior_name, superior_code = excluded.superior_code,
           superior_email = excluded.superior_email, updated_at = excluded.updated_at`,
      )
      .run({ ...input, updatedAt: ctx.clock.now().toISOString() });
    const after = getProfile(ctx.db)!;
    return { result: after, change: { action: before ? 'update' : 'create', entity: 'wardProfile', entityId: 1, before, after } };
  });
}

interface SignatoryRow {
  id: number;
  full_name: string;
  position: string;
  authority: Signatory['authority'];
  is_default: number;
}
const toSignatory = (r: SignatoryRow): Signatory => ({
  id: r.id,
  fullName: r.full_name,
  position: r.position,
  authority: r.authority,
  isDefault: r.is_default === 1,
});

export function listSignatories(db: Db): Signatory[] {
  return (db.prepare('SELECT * FROM signatory ORDER BY is_default DESC, id').all() as SignatoryRow[]).map(toSignatory);
}

function findSignatory(db: Db, id: number): Signatory | null {
  const row = db.prepare('SELECT * FROM signatory WHERE id = ?').get(id) as SignatoryRow | undefined;
  return row ? toSignatory(row) : null;
}

export function saveSignatory(ctx: WriteContext, input: Parsed<'signatories.save'>): Signatory {
  return auditedWrite(ctx, () => {
    const before = input.id ? findSignatory(ctx.db, input.id) : null;
    if (input.id && !before) throw new AppError('NOT_FOUND', 'Không tìm thấy người ký này.');
    if (input.isDefault) ctx.db.prepare('UPDATE signatory SET is_default = 0').run();
    const values = [input.fullName, input.position, input.authority, input.isDefault ? 1 : 0];
    const id = before
      ? (ctx.db.prepare('UPDATE signatory SET full_name = ?, position = ?, authority = ?, is_default = ? WHERE id = ?').run(...values, before.id), before.id)
      : Number(ctx.db.prepare('INSERT INTO signatory (full_name, position, authority, is_default) VALUES (?, ?, ?, ?)').run(...values).lastInsertRowid);
    const after = findSignatory(ctx.db, id)!;
    return { result: after, change: { action: before ? 'update' : 'create', entity: 'signatory', entityId: id, before, after } };
  });
}

export function deleteSignatory(ctx: WriteContext, id: number): null {
  return auditedWrite(ctx, () => {
    const before = findSignatory(ctx.db, id);
    if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy người ký này.');
    ctx.db.prepare('DELETE FROM signatory WHERE id = ?').run(id);
    return { result: null, change: { action: 'delete', entity: 'signatory', entityId: id, before } };
  });
}

interface GroupRow {
  id: number;
  name: string;
  household_count: number;
  head_name: string;
  note: string;
}
const toGroup = (r: GroupRow): ResidentialGroup => ({
  id: r.id,
  name: r.name,
  householdCount: r.household_count,
  headName: r.head_name,
  note: r.note,
});

export function listResidentialGroups(db: Db): ResidentialGroup[] {
  const rows = db.prepare('SELECT * FROM residential_group').all() as GroupRow[];
  // Natural order, so "Tổ dân phố 2" comes before "Tổ dân phố 10".
  const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
  return rows.map(toGroup).sort((a, b) => collator.compare(a.name, b.name));
}

function findGroup(db: Db, id: number): ResidentialGroup | null {
  const row = db.prepare('SELECT * FROM residential_group WHERE id = ?').get(id) as GroupRow | undefined;
  return row ? toGroup(row) : null;
}

export function saveResidentialGroup(ctx: WriteContext, input: Parsed<'residentialGroups.save'>): ResidentialGroup {
  return auditedWrite(ctx, () => {
    const before = input.id ? findGroup(ctx.db, input.id) : null;
    if (input.id && !before) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ dân phố này.');
    const clash = ctx.db
      .prepare('SELECT id FROM residential_group WHERE name = ? COLLATE NOCASE AND id IS NOT ?')
      .get(input.name, before?.id ?? null);
    if (clash) throw new AppError('CONFLICT', 'Đã có tổ dân phố cùng tên.', 'name');
    const values = [input.name, input.householdCount, input.headName, input.note];
    const id = before
      ? (ctx.db.prepare('UPDATE residential_group SET name = ?, household_count = ?, head_name = ?, note = ? WHERE id = ?').run(...values, before.id), before.id)
      : Number(ctx.db.prepare('INSERT INTO residential_group (name, household_count, head_name, note) VALUES (?, ?, ?, ?)').run(...values).lastInsertRowid);
    const after = findGroup(ctx.db, id)!;
    return { result: after, change: { action: before ? 'update' : 'create', entity: 'residentialGroup', entityId: id, before, after } };
  });
}

export function deleteResidentialGroup(ctx: WriteContext, id: number): null {
  return auditedWrite(ctx, () => {
    const before = findGroup(ctx.db, id);
    if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ dân phố này.');
    ctx.db.prepare('DELETE FROM residential_group WHERE id = ?').run(id);
    return { result: null, change: { action: 'delete', entity: 'residentialGroup', entityId: id, before } };
  });
}
