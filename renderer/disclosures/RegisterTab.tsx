import { Alert, Box, Button, Link, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { blankDisclosure, disclosureInput, disclosureInputOf, disclosureStatusLabels, type ContentGroupKey, type Disclosure, type DisclosureRules, type DisclosureStatus, type In, type ResidentialGroup } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { useChannel } from '../api/useChannel';
import { useNavigation } from '../app/navigation';
import { NativeSelect } from '../ui/fields';
import { YearSelect } from '../evaluations/YearSelect';
import { EditDialog } from '../ui/EditDialog';
import { EmptyState } from '../ui/EmptyState';
import { ExportButtons } from '../ui/ExportButtons';
import { LoadState } from '../ui/LoadState';
import { RecordTable, type Column } from '../ui/RecordTable';
import { useConfirmedDelete } from '../ui/useConfirmedDelete';
import { useRecordDialog } from '../ui/useRecordDialog';
import { DisclosureFields, type DisclosureDraft } from './DisclosureFields';
import { DisclosureFiles } from './DisclosureFiles';
import { ALL, formsText, groupOptions, optionalDate, quarterOptions, statusOptions } from './labels';

const emptyDraft = (rules: DisclosureRules): DisclosureDraft => ({ ...blankDisclosure, group: 'K1', title: '', channels: rules.groups[0]?.defaultChannels ?? [] });

/** The stored record as the form edits it; a re-disclosure starts from the replaced record's content. */
function draftOf(entry: Disclosure, reDisclose: boolean): DisclosureDraft {
  const { id, ...input } = disclosureInputOf(entry);
  if (reDisclose) return { ...input, plannedOn: null, disclosedOn: null, postingFrom: null, postingTo: null, status: 'posted', replacesId: entry.id };
  return { ...input, id };
}

function columns(openBudget: () => void): Column<Disclosure>[] {
  return [
    { header: 'Nhóm', render: (entry) => entry.group },
    {
      header: 'Nội dung',
      render: (entry) => (
        <Box>
          <Typography variant="body2">{entry.title}</Typography>
          {entry.source === 'budget' ? (
            <Link component="button" variant="caption" onClick={openBudget}>
              Xem ở màn hình Công khai ngân sách
            </Link>
          ) : null}
          {entry.warnings.map((warning) => (
            <Alert key={warning} severity="warning" sx={{ mt: 0.5, py: 0 }}>
              {warning}
            </Alert>
          ))}
        </Box>
      ),
    },
    { header: 'Hạn', render: (entry) => optionalDate(entry.deadline) },
    { header: 'Ngày công khai', render: (entry) => (entry.disclosedOn ? optionalDate(entry.disclosedOn) : `Dự kiến ${optionalDate(entry.plannedOn)}`) },
    { header: 'Hình thức', render: formsText },
    { header: 'Trạng thái', render: (entry) => disclosureStatusLabels[entry.status] },
  ];
}

/** Edit, re-disclose and delete, each where the record's status allows it. */
function WriteActions({ entry, onEdit, onDelete }: { entry: Disclosure; onEdit(reDisclose: boolean): void; onDelete(): void }) {
  return (
    <>
      {entry.status !== 'reDisclosed' ? <Button size="small" aria-label={`Sửa ${entry.title}`} onClick={() => onEdit(false)}>Sửa</Button> : null}
      {entry.status === 'posted' || entry.status === 'ended' ? (
        <Button size="small" aria-label={`Công khai lại ${entry.title}`} onClick={() => onEdit(true)}>Công khai lại</Button>
      ) : null}
      {entry.status === 'planned' ? (
        <Button size="small" color="error" aria-label={`Xóa ${entry.title}`} onClick={onDelete}>
          Xóa
        </Button>
      ) : null}
    </>
  );
}

interface Filters {
  quarter: string;
  group: string;
  status: string;
  search: string;
}

function toFilter(year: number, filters: Filters): In<'disclosures.list'> {
  return {
    year,
    quarter: filters.quarter === ALL ? null : Number(filters.quarter),
    group: filters.group === ALL ? null : (filters.group as ContentGroupKey),
    status: filters.status === ALL ? null : (filters.status as DisclosureStatus),
    search: filters.search,
  };
}

/** The register: filters, the list with its warnings, the add/edit dialog, the XLSX export and the quarterly list. */
export function RegisterTab({ rules, groups, canWrite, year, onYear }: { rules: DisclosureRules; groups: readonly ResidentialGroup[]; canWrite: boolean; year: number; onYear(year: number): void }) {
  const client = useClient();
  const { navigate } = useNavigation();
  const [shown, setFilters] = useState<Filters>({ quarter: ALL, group: ALL, status: ALL, search: '' });
  const filter = toFilter(year, shown);
  const list = useChannel('disclosures.list', filter);
  const remove = useConfirmedDelete();
  const dialog = useRecordDialog({
    schema: disclosureInput,
    empty: emptyDraft(rules),
    save: (value) => client.call('disclosures.save', value),
    savedMessage: 'Đã lưu bản ghi công khai.',
    onSaved: () => void list.reload(),
  });
  const [filesOf, setFilesOf] = useState<Disclosure | null>(null);
  const deleteRecord = (entry: Disclosure) =>
    void remove({ name: `"${entry.title}"`, consequence: 'Bản ghi trong kế hoạch công khai sẽ bị xóa.', remove: () => client.call('disclosures.delete', { id: entry.id! }) }).then((gone) => {
      if (gone) void list.reload();
    });
  const set = (key: keyof Filters) => (value: string) => setFilters((previous) => ({ ...previous, [key]: value }));
  // With the whole year shown, the list to post is the current quarter's.
  const quarter = shown.quarter === ALL ? Math.floor(new Date().getMonth() / 3) + 1 : Number(shown.quarter);

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', alignItems: 'center' }} useFlexGap>
        <YearSelect year={year} onChange={onYear} />
        <Box sx={{ width: 130 }}>
          <NativeSelect label="Quý" name="quarter" size="small" value={shown.quarter} options={quarterOptions} onChange={set('quarter')} />
        </Box>
        <Box sx={{ width: 160 }}>
          <NativeSelect label="Nhóm" name="group" size="small" value={shown.group} options={groupOptions} onChange={set('group')} />
        </Box>
        <Box sx={{ width: 180 }}>
          <NativeSelect label="Trạng thái" name="status" size="small" value={shown.status} options={statusOptions} onChange={set('status')} />
        </Box>
        <TextField size="small" label="Tìm kiếm" value={shown.search} onChange={(event) => set('search')(event.target.value)} />
        {canWrite ? (
          <Button variant="contained" onClick={() => dialog.start()}>
            Thêm bản ghi công khai
          </Button>
        ) : null}
      </Stack>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', alignItems: 'center' }} useFlexGap>
        <ExportButtons choices={[{ format: 'xlsx', label: 'Xuất danh sách (XLSX)' }] as const} produce={() => client.call('disclosures.exportList', filter)} />
        <Typography variant="body2">Danh mục đã công khai quý {quarter}/{year}:</Typography>
        <ExportButtons
          choices={[
            { format: 'pdf', label: 'PDF' },
            { format: 'docx', label: 'DOCX' },
            { format: 'xlsx', label: 'XLSX' },
          ] as const}
          produce={(format) => client.call('disclosures.exportQuarterList', { year, quarter, format })}
        />
      </Stack>
      <LoadState source={list}>
        {(entries) =>
          entries.length === 0 ? (
            <EmptyState title="Chưa có bản ghi công khai nào" description="Thay đổi bộ lọc hoặc thêm bản ghi công khai mới." />
          ) : (
            <RecordTable
              label="Sổ công khai thông tin"
              rows={entries}
              columns={columns(() => navigate('budget'))}
              rowKey={(entry) => entry.key}
              rowName={(entry) => entry.title}
              rowActions={(entry) =>
                entry.source === 'register' ? (
                  <>
                    <Button size="small" aria-label={`Tệp đính kèm ${entry.title}`} onClick={() => setFilesOf(entry)}>Tệp</Button>
                    {canWrite ? <WriteActions entry={entry} onEdit={(reDisclose) => dialog.start(draftOf(entry, reDisclose))} onDelete={() => deleteRecord(entry)} /> : null}
                  </>
                ) : null
              }
            />
          )
        }
      </LoadState>
      <DisclosureFiles entry={filesOf} canWrite={canWrite} onClose={() => setFilesOf(null)} />
      <EditDialog {...dialog.dialogProps} title={dialog.form.values.id ? 'Sửa bản ghi công khai' : 'Thêm bản ghi công khai'} width="md">
        <DisclosureFields form={dialog.form} rules={rules} groups={groups} />
      </EditDialog>
    </Stack>
  );
}
