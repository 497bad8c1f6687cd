import type { In } from '../../../main/api';
import { useClient } from '../../api/ClientContext';
import { ExportButtons, type ExportChoice } from '../../ui/ExportButtons';

const assessmentFormats: ExportChoice<In<'criteria.exportAssessment'>['format']>[] = [
  { format: 'pdf', label: 'Bảng tự chấm điểm (PDF)' },
  { format: 'docx', label: 'Word' },
  { format: 'xlsx', label: 'Excel' },
];

/** The self-scoring table to send with the ward's report (with the appraised scores once recorded). */
export function AssessmentExport({ assessmentId }: { assessmentId: number }) {
  const client = useClient();
  return <ExportButtons choices={assessmentFormats} produce={(format) => client.call('criteria.exportAssessment', { id: assessmentId, format })} />;
}
