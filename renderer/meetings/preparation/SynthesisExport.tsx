import type { In } from '../../../main/api';
import { useClient } from '../../api/ClientContext';
import { ExportButtons, type ExportChoice } from '../../ui/ExportButtons';

const documentFormats: ExportChoice<In<'meetings.exportDocument'>['format']>[] = [
  { format: 'docx', label: 'Tải bản tổng hợp (Word)' },
  { format: 'pdf', label: 'Tải bản tổng hợp (PDF)' },
];

/** The synthesis of the staff's comments (Art. 53), to edit in Word or to print. */
export function SynthesisExport({ meetingId }: { meetingId: number }) {
  const client = useClient();
  return (
    <ExportButtons choices={documentFormats} produce={(format) => client.call('meetings.exportDocument', { meetingId, kind: 'consultationSynthesis', format })} />
  );
}
