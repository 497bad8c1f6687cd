import type { Dashboard } from '../api/dashboard';
import type { BackupEntry } from '../api/backup';
import type { Db } from '../db/database';
import { getInstallation } from '../installation/service';
import { getProfile, listResidentialGroups, listSignatories } from '../ward/service';
import { listStaff } from '../staff/service';
import { budgetDashboard } from '../budget/dashboard';
import { meetingsDashboard } from '../meetings/dashboard';
import { evaluationsDashboard } from '../evaluations/dashboard';
import { disclosuresDashboard } from '../disclosures/dashboard';
import { boardsDashboard } from '../boards/dashboard';
import { petitionsDashboard } from '../petitions/dashboard';
import { wardWorkingDays } from '../calendar/service';
import type { DayArithmetic } from '../calendar/workingDays';

export type DueItem = Dashboard['dueItems'][number];
export type DoneItem = Dashboard['recentlyDone'][number];

/** What a capability contributes to the dashboard: what is due, and what was done since `since`. Each later capability adds one source here. */
export interface DashboardSource {
  (input: { db: Db; today: string; since: string; days: DayArithmetic; lastBackup: BackupEntry | null }): { due: DueItem[]; done: DoneItem[] };
}

export const BACKUP_DUE_AFTER_DAYS = 7;
export const RECENT_DAYS = 30;

const backupDashboard: DashboardSource = ({ today, lastBackup }) => {
  if (!lastBackup) return { due: [{ key: 'backup', title: 'Sao lưu dữ liệu lần đầu', dueDate: today, overdue: false, capability: 'backup' }], done: [] };
  const due = new Date(Date.parse(lastBackup.createdAt) + BACKUP_DUE_AFTER_DAYS * 86_400_000).toISOString().slice(0, 10);
  return { due: due <= today ? [{ key: 'backup', title: 'Sao lưu dữ liệu định kỳ', dueDate: due, overdue: due < today, capability: 'backup' }] : [], done: [] };
};

export const dashboardSources: DashboardSource[] = [backupDashboard, budgetDashboard, meetingsDashboard, evaluationsDashboard, disclosuresDashboard, boardsDashboard, petitionsDashboard];

function completeness(db: Db, today: string): Dashboard['profileCompleteness'] {
  const isSuperior = getInstallation(db).role === 'superior';
  const groups = listResidentialGroups(db);
  type Missing = Dashboard['profileCompleteness']['missing'][number];
  const checks: [boolean, Missing][] = [
    [getProfile(db) !== null, { label: isSuperior ? 'Thông tin cơ quan' : 'Thông tin đơn vị', target: 'profile' }],
    [listSignatories(db).length > 0, { label: 'Người ký văn bản', target: 'signatories' }],
    [listStaff(db, { includeInactive: false, today }).length > 0, { label: 'Danh sách cán bộ, công chức', target: 'staff' }],
    ...(isSuperior
      ? []
      : ([
          [groups.length > 0, { label: 'Danh sách tổ dân phố', target: 'residentialGroups' }],
          [groups.length > 0 && groups.every((g) => g.householdCount > 0), { label: 'Số hộ của từng tổ dân phố', target: 'residentialGroups' }],
        ] as [boolean, Missing][])),
  ];
  const done = checks.filter(([ok]) => ok).length;
  return { percent: Math.round((done * 100) / checks.length), missing: checks.filter(([ok]) => !ok).map(([, missing]) => missing) };
}

export function buildDashboard(db: Db, today: string, lastBackup: BackupEntry | null): Dashboard {
  const groups = listResidentialGroups(db);
  const days = wardWorkingDays(db);
  const since = days.addCalendarDays(today, -RECENT_DAYS);
  const parts = dashboardSources.map((source) => source({ db, today, since, days, lastBackup }));
  return {
    profileCompleteness: completeness(db, today),
    lastBackup,
    counts: {
      residentialGroups: groups.length,
      households: groups.reduce((sum, g) => sum + g.householdCount, 0),
      activeStaff: listStaff(db, { includeInactive: false, today }).length,
    },
    dueItems: parts.flatMap((p) => p.due).sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    recentlyDone: parts.flatMap((p) => p.done).sort((a, b) => b.doneOn.localeCompare(a.doneOn)),
  };
}
