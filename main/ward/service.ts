import { AppError } from '../api/errors';
import type { ResidentialGroup, Signatory, WardProfile } from '../api/ward';
import type { Parsed } from '../api/contract';
import { auditedWrite, type WriteContext } from '../audit/audit';
import { recordTable } from '../db/recordTable';
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

/** The profile documents are issued under; refuses with what to do when it has not been entered yet. */
export function requireProfile(db: Db): WardProfile {
  const profile = getProfile(db);
  if (!profile) throw new AppError('CONFLICT', 'Chưa khai báo thông tin đơn vị nên chưa lập được văn bản. Hãy vào mục Thông tin đơn vị.');
  return profile;
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

const signatories = recordTable<Signatory, Parsed<'signatories.save'>>({
  table: 'signatory',
  entity: 'signatory',
  notFoundMessage: 'Không tìm thấy người ký này.',
  columns: { fullName: 'full_name', position: 'position', authority: 'authority', isDefault: 'is_default' },
  toRecord: (r) => ({
    id: r.id as number,
    fullName: r.full_name as string,
    position: r.position as string,
    authority: r.authority as Signatory['authority'],
    isDefault: r.is_default === 1,
  }),
  // One default signer: choosing a new one unsets the old.
  beforeWrite: (ctx, input) => void (input.isDefault && ctx.db.prepare('UPDATE signatory SET is_default = 0').run()),
});

export const listSignatories = (db: Db): Signatory[] => signatories.all(db, 'is_default DESC, id');
export const saveSignatory = (ctx: WriteContext, input: Parsed<'signatories.save'>): Signatory => signatories.save(ctx, input);
export const deleteSignatory = (ctx: WriteContext, id: number): null => signatories.delete(ctx, id);

const residentialGroups = recordTable<ResidentialGroup, Parsed<'residentialGroups.save'>>({
  table: 'residential_group',
  entity: 'residentialGroup',
  notFoundMessage: 'Không tìm thấy tổ dân phố này.',
  columns: { name: 'name', householdCount: 'household_count', headName: 'head_name', note: 'note' },
  toRecord: (r) => ({
    id: r.id as number,
    name: r.name as string,
    householdCount: r.household_count as number,
    headName: r.head_name as string,
    note: r.note as string,
  }),
  beforeWrite(ctx, input, before) {
    const clash = ctx.db.prepare('SELECT id FROM residential_group WHERE name = ? COLLATE NOCASE AND id IS NOT ?').get(input.name, before?.id ?? null);
    if (clash) throw new AppError('CONFLICT', 'Đã có tổ dân phố cùng tên.', 'name');
  },
});

export function listResidentialGroups(db: Db): ResidentialGroup[] {
  // Natural order, so "Tổ dân phố 2" comes before "Tổ dân phố 10".
  const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
  return residentialGroups.all(db).sort((a, b) => collator.compare(a.name, b.name));
}
export const saveResidentialGroup = (ctx: WriteContext, input: Parsed<'residentialGroups.save'>): ResidentialGroup => residentialGroups.save(ctx, input);
export function deleteResidentialGroup(ctx: WriteContext, id: number): null {
  const meetings = ctx.db.prepare('SELECT count(*) AS n FROM meeting WHERE residential_group_id = ?').get(id) as { n: number };
  if (meetings.n > 0) throw new AppError('CONFLICT', `Tổ dân phố đã có ${meetings.n} cuộc họp được ghi nhận nên không xóa được (hồ sơ cuộc họp phải giữ lại).`);
  return residentialGroups.delete(ctx, id);
}
