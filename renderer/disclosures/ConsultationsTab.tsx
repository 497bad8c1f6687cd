import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import {
  consultationFormLabels,
  consultationForms,
  consultationInput,
  opinionInput,
  opinionSourceLabels,
  opinionSources,
  type Consultation,
} from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useChannel } from '../api/useChannel';
import { YearSelect } from '../evaluations/YearSelect';
import { FormDateField } from '../ui/DateField';
import { EditDialog } from '../ui/EditDialog';
import { EmptyState } from '../ui/EmptyState';
import { ExportButtons } from '../ui/ExportButtons';
import { FormSelectField, FormTextField } from '../ui/fields';
import { LoadState } from '../ui/LoadState';
import { RecordTable } from '../ui/RecordTable';
import { todayIso } from '../ui/format';
import { useAction } from '../ui/useAction';
import { useConfirmedDelete } from '../ui/useConfirmedDelete';
import { useRecordDialog } from '../ui/useRecordDialog';
import { OptionsField } from './FormsField';
import { optionalDate } from './labels';

// A dated report takes its "…/BC-UBND" number on the first export: a write, so only for writers.
const reportChoices = [
  { format: 'pdf', label: 'Báo cáo tổng hợp (PDF)' },
  { format: 'docx', label: 'Báo cáo tổng hợp (DOCX)' },
] as const;

const emptyConsultation = { subject: '', forms: [], startDate: undefined, endDate: undefined, draftPublishedAt: '', synthesis: '', synthesisDate: null, note: '' };

function ConsultationCard({ consultation, canWrite, onOpinion, onEdit, onChanged }: {
  consultation: Consultation;
  canWrite: boolean;
  onOpinion(): void;
  onEdit(): void;
  onChanged(): void;
}) {
  const client = useClient();
  const run = useAction();
  const remove = useConfirmedDelete();
  const discloseReport = async () => {
    const done = await run(() => client.call('disclosures.discloseConsultationReport', { consultationId: consultation.id }), 'Đã đưa báo cáo tổng hợp vào sổ công khai (nhóm K11).');
    if (done.ok) onChanged();
  };
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2">
        {consultation.subject}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Từ {optionalDate(consultation.startDate)} đến {optionalDate(consultation.endDate)} · {consultation.forms.map((form) => consultationFormLabels[form]).join(', ')}
        {consultation.draftPublishedAt ? ` · Dự thảo đăng tại: ${consultation.draftPublishedAt}` : ''}
      </Typography>
      <Typography variant="body2" sx={{ my: 1 }}>
        {consultation.disclosureId !== null ? 'Báo cáo tổng hợp, giải trình đã có trong sổ công khai (K11).' : consultation.synthesis ? `Báo cáo tổng hợp lập ngày ${optionalDate(consultation.synthesisDate)}.` : 'Chưa có báo cáo tổng hợp, giải trình ý kiến.'}
      </Typography>
      {consultation.opinions.length > 0 ? (
        <RecordTable
          label={`Ý kiến về ${consultation.subject}`}
          rows={consultation.opinions}
          rowKey={(opinion) => opinion.id}
          rowName={(opinion) => `ý kiến của ${opinion.author}`}
          columns={[
            { header: 'Ngày', render: (opinion) => optionalDate(opinion.receivedOn) },
            { header: 'Nguồn', render: (opinion) => opinionSourceLabels[opinion.source] },
            { header: 'Người, tổ chức góp ý', render: (opinion) => opinion.author },
            { header: 'Nội dung', render: (opinion) => opinion.content },
            { header: 'Giải trình', render: (opinion) => opinion.response || '—' },
          ]}
          onDelete={
            canWrite
              ? (opinion) => void remove({ name: `ý kiến của ${opinion.author}`, consequence: 'Ý kiến sẽ bị xóa khỏi đợt lấy ý kiến.', remove: () => client.call('disclosures.deleteOpinion', { id: opinion.id }) }).then((gone) => (gone ? onChanged() : undefined))
              : undefined
          }
        />
      ) : null}
      {canWrite ? (
        <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }} useFlexGap>
          <Button size="small" onClick={onOpinion}>Thêm ý kiến</Button>
          <Button size="small" onClick={onEdit}>Sửa, lập báo cáo tổng hợp</Button>
          <ExportButtons choices={reportChoices} produce={(format) => client.call('disclosures.exportConsultationReport', { consultationId: consultation.id, format })} />
          {consultation.disclosureId === null ? (
            <>
              <Button size="small" variant="outlined" onClick={() => void discloseReport()}>Công khai báo cáo tổng hợp (K11)</Button>
              <Button size="small" color="error" onClick={() => void remove({ name: `đợt lấy ý kiến "${consultation.subject}"`, consequence: 'Đợt lấy ý kiến và các ý kiến đã nhận sẽ bị xóa.', remove: () => client.call('disclosures.deleteConsultation', { id: consultation.id }) }).then((gone) => (gone ? onChanged() : undefined))}>
                Xóa
              </Button>
            </>
          ) : null}
        </Stack>
      ) : null}
    </Paper>
  );
}

/** Consultations of the people (Art. 25–28): the period (at least 20 days), the opinions, the synthesis disclosed as K11. */
export function ConsultationsTab({ canWrite, year, onYear }: { canWrite: boolean; year: number; onYear(year: number): void }) {
  const client = useClient();
  const list = useChannel('disclosures.listConsultations', { year });
  const reload = () => void list.reload();
  const consultationDialog = useRecordDialog({ schema: consultationInput, empty: emptyConsultation, save: (value) => client.call('disclosures.saveConsultation', value), savedMessage: 'Đã lưu đợt lấy ý kiến.', onSaved: reload });
  const opinionDialog = useRecordDialog({
    schema: opinionInput,
    empty: { consultationId: undefined, source: 'meeting', author: '', content: '', receivedOn: todayIso(), response: '' },
    save: (value) => client.call('disclosures.saveOpinion', value),
    savedMessage: 'Đã lưu ý kiến.',
    onSaved: reload,
  });
  const cForm = consultationDialog.form;
  const editConsultation = ({ opinions: _opinions, disclosureId: _disclosureId, ...fields }: Consultation) => consultationDialog.start(fields);
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <YearSelect year={year} onChange={onYear} />
        {canWrite ? <Button variant="contained" onClick={() => consultationDialog.start()}>Thêm đợt lấy ý kiến</Button> : null}
      </Stack>
      <LoadState source={list}>
        {(consultations) =>
          consultations.length === 0 ? (
            <EmptyState title={`Năm ${year} chưa có đợt lấy ý kiến Nhân dân nào`} />
          ) : (
            <Stack spacing={2}>
              {consultations.map((consultation) => (
                <ConsultationCard
                  key={consultation.id}
                  consultation={consultation}
                  canWrite={canWrite}
                  onOpinion={() => opinionDialog.start({ consultationId: consultation.id, source: 'meeting', author: '', content: '', receivedOn: todayIso(), response: '' })}
                  onEdit={() => editConsultation(consultation)}
                  onChanged={reload}
                />
              ))}
            </Stack>
          )
        }
      </LoadState>
      <EditDialog {...consultationDialog.dialogProps} title={cForm.values.id ? 'Sửa đợt lấy ý kiến' : 'Thêm đợt lấy ý kiến'} width="md">
        <FormTextField form={cForm} path="subject" label="Nội dung lấy ý kiến" autoFocus />
        <OptionsField legend="Hình thức lấy ý kiến" options={consultationForms} labels={consultationFormLabels} value={cForm.values.forms ?? []} onChange={(next) => cForm.set('forms', next)} error={cForm.errors.forms} />
        <Stack direction="row" spacing={2}>
          <FormDateField form={cForm} path="startDate" label="Từ ngày" />
          <FormDateField form={cForm} path="endDate" label="Đến ngày" hint="Ít nhất 20 ngày" />
        </Stack>
        <FormTextField form={cForm} path="draftPublishedAt" label="Nơi đăng dự thảo" />
        <Box>
          <FormTextField form={cForm} path="synthesis" label="Báo cáo tổng hợp, giải trình ý kiến" multiline />
        </Box>
        <FormDateField form={cForm} path="synthesisDate" label="Ngày lập báo cáo tổng hợp" clearable />
        <FormTextField form={cForm} path="note" label="Ghi chú" multiline />
      </EditDialog>
      <EditDialog {...opinionDialog.dialogProps} title="Ý kiến nhận được">
        <FormSelectField form={opinionDialog.form} path="source" label="Nguồn" options={opinionSources.map((source) => ({ value: source, label: opinionSourceLabels[source] }))} />
        <FormTextField form={opinionDialog.form} path="author" label="Người, tổ chức góp ý" autoFocus />
        <FormTextField form={opinionDialog.form} path="content" label="Nội dung ý kiến" multiline />
        <FormDateField form={opinionDialog.form} path="receivedOn" label="Ngày nhận" />
        <FormTextField form={opinionDialog.form} path="response" label="Giải trình, tiếp thu" multiline />
      </EditDialog>
    </Stack>
  );
}
