import type { In } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { ExportButtons, type ExportChoice } from '../ui/ExportButtons';
import type { StageRef } from './StageActions';

const documentFormats: ExportChoice<In<'budget.exportDocuments'>['format']>[] = [
  { format: 'pdf', label: 'Xuất PDF' },
  { format: 'docx', label: 'Xuất Word' },
  { format: 'xlsx', label: 'Xuất Excel' },
];

/** The stage's documents to print and post (PDF), to edit (Word) or to work on (Excel), for the version shown. */
export function DocumentExport({ year, stage, version }: StageRef & { version: number }) {
  const client = useClient();
  return <ExportButtons choices={documentFormats} produce={(format) => client.call('budget.exportDocuments', { year, stage, version, format })} />;
}
