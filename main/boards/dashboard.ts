import { boardTitle } from '../api/boards';
import type { DashboardSource, DueItem } from '../dashboard/service';
import { formatShortDate } from '../documents/vietnamese';
import { activitiesOf, listBoards } from './service';

/**
 * Recommendations the ward has not answered within the deadline, and boards short of their minimum
 * composition (a dissolved board is not counted: it has finished its work).
 */
export const boardsDashboard: DashboardSource = ({ db, today, days }) => {
  const read = { db, today, days };
  const boards = listBoards(read, { kind: null, search: '' });
  const overdue: DueItem[] = boards
    .filter((b) => b.overdueRecommendations > 0)
    .flatMap((b) =>
      activitiesOf(read, b.id).flatMap((activity) =>
        activity.recommendations
          .filter((r) => r.overdue)
          .map((r) => ({
            key: `boards:recommendation:${r.id}`,
            title: `Trả lời kiến nghị của ${boardTitle(b)} (${activity.subject}, ngày ${formatShortDate(activity.date)})`,
            dueDate: r.dueDate,
            overdue: true,
            capability: 'boards',
          })),
      ),
    );
  const incomplete: DueItem[] = boards
    .filter((b) => b.compositionIssues.length > 0 && (b.to === null || b.to >= today))
    .map((b) => ({ key: `boards:composition:${b.id}`, title: `Kiện toàn ${boardTitle(b)}: ${b.compositionIssues.join(' ')}`, dueDate: today, overdue: false, capability: 'boards' }));
  return { due: [...overdue, ...incomplete], done: [] };
};
