import type { ConsolidationView } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { ExportButtons } from '../ui/ExportButtons';

/** The one workbook of a view, for the chosen year (and quarter). */
export function ViewExport({ view, year, quarter }: { view: ConsolidationView; year: number; quarter: number | null }) {
  const client = useClient();
  return <ExportButtons choices={[{ format: 'xlsx', label: 'Xuất Excel' }]} produce={() => client.call('consolidation.exportXlsx', { year, quarter, view })} />;
}
