import { AppError } from '../api/errors';
import type { Parsed } from '../api/contract';
import type { StaffMember } from '../api/staff';
import { auditedWrite, type WriteContext } from '../audit/audit';
import type { Db } from '../db/database';

interface StaffRow {
  id: number;
  full_name: string;
  position: string;
  department: string;
  employment_type: StaffMember['employmentType'];
  active_from: string;
  active_to: string | null;
  note: string;
}
const toStaffMember = (r: StaffRow): StaffMember => ({
  id: r.id,
  fullName: r.full_name,
  position: r.position,
  department: r.department,
  employmentType: r.employment_type,
  activeFrom: r.active_from,
  activeTo: r.active_to,
  note: r.note,
});

/** Active means: no end date, or an end date today or later. */
export function listStaff(db: Db, options: { includeInactive: boolean; today: string }): StaffMember[] {
  const rows = db
    .prepare('SELECT * FROM staff_member WHERE @all OR active_to IS NULL OR active_to >= @today')
    .all({ all: options.includeInactive ? 1 : 0, today: options.today }) as StaffRow[];
  const collator = new Intl.Collator('vi', { sensitivity: 'base' });
  return rows.map(toStaffMember).sort((a, b) => collator.compare(lastNameFirst(a.fullName), lastNameFirst(b.fullName)));
}

/** Vietnamese lists sort by given name (the last word), then by the whole name. */
function lastNameFirst(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return `${words.at(-1)} ${fullName}`;
}

function findStaffMember(db: Db, id: number): StaffMember | null {
  const row = db.prepare('SELECT * FROM staff_member WHERE id = ?').get(id) as StaffRow | undefined;
  return row ? toStaffMember(row) : null;
}

export function saveStaffMember(ctx: WriteContext, input: Parsed<'staff.save'>): StaffMember {
  return auditedWrite(ctx, () => {
    const before = input.id ? findStaffMember(ctx.db, input.id) : null;
    if (input.id && !before) throw new AppError('NOT_FOUND', 'Không tìm thấy cán bộ này.');
    const values = [input.fullName, input.position, input.department, input.employmentType, input.activeFrom, input.activeTo, input.note];
    const id = before
      ? (ctx.db
          .prepare('UPDATE staff_member SET full_name = ?, position = ?, department = ?, employment_type = ?, active_from = ?, active_to = ?, note = ? WHERE id = ?')
          .run(...values, before.id),
        before.id)
      : Number(
          ctx.db
            .prepare('INSERT INTO staff_member (full_name, position, department, employment_type, active_from, active_to, note) VALUES (?, ?, ?, ?, ?, ?, ?)')
            .run(...values).lastInsertRowid,
        );
    const after = findStaffMember(ctx.db, id)!;
    return { result: after, change: { action: before ? 'update' : 'create', entity: 'staffMember', entityId: id, before, after } };
  });
}

export function deleteStaffMember(ctx: WriteContext, id: number): null {
  return auditedWrite(ctx, () => {
    const before = findStaffMember(ctx.db, id);
    if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy cán bộ này.');
    ctx.db.prepare('DELETE FROM staff_member WHERE id = ?').run(id);
    return { result: null, change: { action: 'delete', entity: 'staffMember', entityId: id, before } };
  });
}
