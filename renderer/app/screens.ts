import { lazy, type ComponentType } from 'react';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { ProfileScreen } from '../ward/ProfileScreen';
import { ResidentialGroupsScreen } from '../ward/ResidentialGroupsScreen';
import { SignatoriesScreen } from '../ward/SignatoriesScreen';
import type { Screen } from './navigation';

/** Staff (with its date pickers), budget, meetings, evaluations and the settings screens load on first visit, keeping the first screen small. */
const StaffScreen = lazy(() => import('../staff/StaffScreen').then((module) => ({ default: module.StaffScreen })));
const AccountsScreen = lazy(() => import('../accounts/AccountsScreen').then((module) => ({ default: module.AccountsScreen })));
const BackupScreen = lazy(() => import('../backup/BackupScreen').then((module) => ({ default: module.BackupScreen })));
const CalendarScreen = lazy(() => import('../calendar/CalendarScreen').then((module) => ({ default: module.CalendarScreen })));
const AuditScreen = lazy(() => import('../audit/AuditScreen').then((module) => ({ default: module.AuditScreen })));
const BudgetScreen = lazy(() => import('../budget/BudgetScreen').then((module) => ({ default: module.BudgetScreen })));
const MeetingsScreen = lazy(() => import('../meetings/MeetingsScreen').then((module) => ({ default: module.MeetingsScreen })));
const EvaluationsScreen = lazy(() => import('../evaluations/EvaluationsScreen').then((module) => ({ default: module.EvaluationsScreen })));
const CriteriaScreen = lazy(() => import('../evaluations/criteria/CriteriaScreen').then((module) => ({ default: module.CriteriaScreen })));
const BoardsScreen = lazy(() => import('../boards/BoardsScreen').then((module) => ({ default: module.BoardsScreen })));
const PetitionsScreen = lazy(() => import('../petitions/PetitionsScreen').then((module) => ({ default: module.PetitionsScreen })));
const DisclosuresScreen = lazy(() => import('../disclosures/DisclosuresScreen').then((module) => ({ default: module.DisclosuresScreen })));
const QuarterlyReportScreen = lazy(() => import('../reports/QuarterlyReportScreen').then((module) => ({ default: module.QuarterlyReportScreen })));
const SendScreen = lazy(() => import('../exchange/SendScreen').then((module) => ({ default: module.SendScreen })));
const ReceiveScreen = lazy(() => import('../exchange/ReceiveScreen').then((module) => ({ default: module.ReceiveScreen })));
const ConsolidationScreen = lazy(() => import('../consolidation/ConsolidationScreen').then((module) => ({ default: module.ConsolidationScreen })));
const MeetingSearchPage = lazy(() => import('../meetings/MeetingSearchPage').then((module) => ({ default: module.MeetingSearchPage })));

export const screens: Record<Screen, ComponentType> = {
  home: DashboardScreen,
  profile: ProfileScreen,
  signatories: SignatoriesScreen,
  residentialGroups: ResidentialGroupsScreen,
  staff: StaffScreen,
  accounts: AccountsScreen,
  backup: BackupScreen,
  calendar: CalendarScreen,
  audit: AuditScreen,
  budget: BudgetScreen,
  meetings: MeetingsScreen,
  meetingSearch: MeetingSearchPage,
  evaluations: EvaluationsScreen,
  criteria: CriteriaScreen,
  disclosures: DisclosuresScreen,
  boards: BoardsScreen,
  petitions: PetitionsScreen,
  quarterlyReport: QuarterlyReportScreen,
  exchangeSend: SendScreen,
  exchangeReceive: ReceiveScreen,
  consolidation: ConsolidationScreen,
};
