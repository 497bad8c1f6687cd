import { AppError } from '../api/errors';
import type { Parsed } from '../api/contract';
import type { StaffMember } from '../api/staff';
import type { WriteContext } from '../audit/audit';
import { recordTable } from '../db/recordTable';
import type { Db } from '../db/database';

const staffMembers = recordTable<StaffMember, Parsed<'staff.save'>>({
  table: 'staff_member',
  entity: 'staffMember',
  notFoundMessage: 'Không tìm thấy cán bộ này.',
  columns: {
    fullName: 'full_name',
    position: 'position',
    department: 'department',
    employmentType: 'employment_type',
    activeFrom: 'active_from',
    activeTo: 'active_to',
    note: 'note',
  },
  toRecord: (r) => ({
    id: r.id as number,
    fullName: r.full_name as string,
    position: r.position as string,
    department: r.department as string,
    employmentType: r.employment_type as StaffMember['employmentType'],
    activeFrom: r.active_from as string,
    activeTo: r.active_to as string | null,
    note: r.note as string,
  }),
});

/** Active means: no end date, or an end date today or later. */
export function listStaff(db: Db, options: { includeInactive: boolean; today: string }): StaffMember[] {
  const collator = new Intl.Collator('vi', { sensitivity: 'base' });
  return staffMembers
    .all(db)
    .filter((s) => options.includeInactive || s.activeTo === null || s.activeTo >= options.today)
    .sort((a, b) => collator.compare(lastNameFirst(a.fullName), lastNameFirst(b.fullName)));
}

/** Vietnamese lists sort by given name (the last word), then by the whole name. */
function lastNameFirst(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return `${words.at(-1)} ${fullName}`;
}

export const saveStaffMember = (ctx: WriteContext, input: Parsed<'staff.save'>): StaffMember => staffMembers.save(ctx, input);
/** A person with evaluation sheets stays in the registry (set a leaving date instead): the sheets are records. */
export function deleteStaffMember(ctx: WriteContext, id: number): null {
  const sheets = ctx.db.prepare('SELECT count(*) AS n FROM evaluation_sheet WHERE staff_member_id = ?').get(id) as { n: number };
  if (sheets.n > 0) throw new AppError('CONFLICT', `Cán bộ này đã có ${sheets.n} phiếu đánh giá nên không xóa được. Hãy ghi ngày thôi công tác.`);
  return staffMembers.delete(ctx, id);
}
