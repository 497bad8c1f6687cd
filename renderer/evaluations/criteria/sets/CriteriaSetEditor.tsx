import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  IconButton,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import { useCallback, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { CriteriaSetSummary } from '../../../../main/api';
import { useClient } from '../../../api/ClientContext';
import { ApiCallError } from '../../../api/client';
import { FormDialogActions } from '../../../ui/EditDialog';
import type { FieldErrors } from '../../../ui/schemaForm';
import { CriterionEditor } from './CriterionEditor';
import { DraftField, SumLine } from './draftFields';
import { checkDraft, newBand, newCriterion, removedAt, replacedAt, setSum, type BandDraft, type Edit, type SetDraft } from './setDraft';

/** What the editor opens with: a new set, a copy for the next version, or a stored draft. */
export interface EditorStart {
  title: string;
  draft: SetDraft;
  /** The id of a new version or of a stored draft cannot change; the version of a stored draft neither. */
  idLocked: boolean;
  versionLocked: boolean;
  /** "id:version" of every stored set, which a new draft must not overwrite. */
  taken: readonly string[];
}

interface CriteriaSetEditorProps {
  start: EditorStart | null;
  onClose(): void;
  onSaved(set: CriteriaSetSummary): void;
}

/** The superior's full-screen editor of a draft set: fields, pass rule, rating bands and the criteria tree, checked with the contract's schema. */
export function CriteriaSetEditor({ start, onClose, onSaved }: CriteriaSetEditorProps) {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog open={start !== null} onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullScreen>
      {start ? <EditorForm start={start} titleId={titleId} busy={busy} setBusy={setBusy} onClose={onClose} onSaved={onSaved} /> : null}
    </Dialog>
  );
}

interface EditorFormProps {
  start: EditorStart;
  titleId: string;
  busy: boolean;
  setBusy(busy: boolean): void;
  onClose(): void;
  onSaved(set: CriteriaSetSummary): void;
}

function EditorForm({ start, titleId, busy, setBusy, onClose, onSaved }: EditorFormProps) {
  const client = useClient();
  const [draft, setDraft] = useState(start.draft);
  const [attempted, setAttempted] = useState(false);
  const [saveError, setSaveError] = useState<ApiCallError | null>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  const check = useMemo(() => (attempted ? checkDraft(draft, start.taken) : null), [attempted, draft, start.taken]);
  const errors = useMemo(() => errorsToShow(check, saveError), [check, saveError]);

  const edit = useCallback<Edit>((recipe) => {
    setSaveError(null);
    setDraft(recipe);
  }, []);
  const update = (fields: Partial<SetDraft>) => edit((current) => ({ ...current, ...fields }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    const result = checkDraft(draft, start.taken);
    if (!result.ok) {
      problemsRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      onSaved(await client.call('criteria.saveDraft', { definition: result.definition }));
    } catch (error) {
      setSaveError(error instanceof ApiCallError ? error : new ApiCallError({ code: 'INTERNAL', message: 'Không lưu được bộ tiêu chí. Vui lòng thử lại.' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="form" onSubmit={(event) => void submit(event)} noValidate sx={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <DialogTitle id={titleId}>{start.title}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={3} sx={{ maxWidth: 1200, mx: 'auto' }}>
          <Box ref={problemsRef} tabIndex={-1} sx={{ outline: 'none' }}>
            <Problems problems={check?.ok === false ? check.problems : []} saveError={saveError} />
          </Box>
          <SetFields draft={draft} start={start} errors={errors} update={update} />
          <Section title="Mức xếp hạng" hint="Không bắt buộc. Ví dụ: Tốt từ 90 điểm, Khá từ 80 điểm.">
            <BandRows bands={draft.ratingBands} errors={errors} onChange={(ratingBands) => update({ ratingBands })} />
          </Section>
          <Section title="Tiêu chí và chỉ tiêu">
            {draft.criteria.map((entry, index) => (
              <CriterionEditor key={entry.uid} edit={edit} criterion={entry} index={index} count={draft.criteria.length} errors={errors} />
            ))}
            <Box>
              <Button variant="outlined" startIcon={<AddOutlined />} onClick={() => edit((current) => ({ ...current, criteria: [...current.criteria, newCriterion(current)] }))}>
                Thêm tiêu chí
              </Button>
            </Box>
          </Section>
        </Stack>
      </DialogContent>
      <FormDialogActions onClose={onClose} busy={busy} submitLabel="Lưu dự thảo" />
    </Box>
  );
}

const NO_ERRORS: FieldErrors = {};

/** The same object while nothing has been checked, so that the rows of the tree are not all drawn again on each key. */
function errorsToShow(check: ReturnType<typeof checkDraft> | null, saveError: ApiCallError | null): FieldErrors {
  const found = check?.ok === false ? check.errors : NO_ERRORS;
  return saveError?.path ? { ...found, [saveError.path]: saveError.message } : found;
}

function Problems({ problems, saveError }: { problems: readonly string[]; saveError: ApiCallError | null }) {
  if (saveError) return <Alert severity="error">{saveError.message}</Alert>;
  if (problems.length === 0) return null;
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>Chưa lưu được: còn {problems.length} chỗ cần sửa</AlertTitle>
      <Box component="ul" sx={{ my: 0, pl: 2 }}>
        {problems.map((problem, index) => (
          <li key={`${index}-${problem}`}>{problem}</li>
        ))}
      </Box>
    </Alert>
  );
}

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Stack component="section" aria-label={title} spacing={1.5}>
      <Typography variant="h6" component="h3">
        {title}
      </Typography>
      {hint ? (
        <Typography variant="body2" color="text.secondary">
          {hint}
        </Typography>
      ) : null}
      {children}
    </Stack>
  );
}

interface SetFieldsProps {
  draft: SetDraft;
  start: EditorStart;
  errors: FieldErrors;
  update(fields: Partial<SetDraft>): void;
}

function SetFields({ draft, start, errors, update }: SetFieldsProps) {
  return (
    <>
      <Section title="Thông tin chung">
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
          <DraftField
            label="Mã bộ tiêu chí"
            hint="Chữ thường không dấu, chữ số, dấu chấm, gạch ngang; giữ nguyên qua các phiên bản."
            value={draft.id}
            onChange={(id) => update({ id })}
            error={errors.id}
            disabled={start.idLocked}
            autoFocus={!start.idLocked}
          />
          <DraftField label="Phiên bản" width={12} value={draft.version} onChange={(version) => update({ version })} error={errors.version} disabled={start.versionLocked} />
        </Stack>
        <DraftField label="Tên bộ tiêu chí" value={draft.name} onChange={(name) => update({ name })} error={errors.name} autoFocus={start.idLocked} />
        <DraftField label="Cơ quan ban hành" value={draft.issuer} onChange={(issuer) => update({ issuer })} error={errors.issuer} />
        <DraftField label="Căn cứ pháp lý" value={draft.legalBasis} onChange={(legalBasis) => update({ legalBasis })} error={errors.legalBasis} />
        <DraftField label="Ghi chú" multiline value={draft.note} onChange={(note) => update({ note })} error={errors.note} />
        <FormControlLabel
          label="Bản mẫu: điểm chưa được cấp trên xác nhận"
          control={<Checkbox checked={draft.example} onChange={(event) => update({ example: event.target.checked })} />}
        />
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <DraftField label="Tổng điểm của bộ tiêu chí" width={22} decimal value={draft.maxPoints} onChange={(maxPoints) => update({ maxPoints })} error={errors.maxPoints} />
          <SumLine label="Tổng điểm các tiêu chí" check={setSum(draft)} wholeName="tổng điểm của bộ tiêu chí" />
        </Stack>
      </Section>
      <Section title="Điều kiện đạt chuẩn">
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
          <DraftField
            label="Tổng điểm tối thiểu để đạt"
            width={26}
            decimal
            value={draft.minTotal}
            onChange={(minTotal) => update({ minTotal })}
            error={errors['passRule.minTotal']}
          />
          <DraftField
            label="Mỗi tiêu chí đạt tối thiểu (% điểm tối đa)"
            width={36}
            value={draft.minCriterionPercent}
            onChange={(minCriterionPercent) => update({ minCriterionPercent })}
            error={errors['passRule.minCriterionPercent']}
          />
        </Stack>
      </Section>
    </>
  );
}

function BandRows({ bands, errors, onChange }: { bands: readonly BandDraft[]; errors: FieldErrors; onChange(bands: BandDraft[]): void }) {
  return (
    <>
      {bands.map((band, index) => {
        const path = `ratingBands.${index}`;
        const change = (fields: Partial<BandDraft>) => onChange(replacedAt(bands, index, { ...band, ...fields }));
        const removeLabel = `Xóa mức xếp hạng ${index + 1}`;
        return (
          <Stack key={band.uid} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }} role="group" aria-label={`Mức xếp hạng ${index + 1}`}>
            <DraftField label="Mã mức" width={14} value={band.key} onChange={(key) => change({ key })} error={errors[`${path}.key`]} />
            <DraftField label="Tên mức" value={band.label} onChange={(label) => change({ label })} error={errors[`${path}.label`]} />
            <DraftField label="Từ điểm" width={12} decimal value={band.min} onChange={(min) => change({ min })} error={errors[`${path}.min`]} />
            <Tooltip title={removeLabel}>
              <IconButton aria-label={removeLabel} color="error" onClick={() => onChange(removedAt(bands, index))}>
                <DeleteOutlined fontSize="small" />
              </IconButton>
            </Tooltip>
          </Stack>
        );
      })}
      <Box>
        <Button size="small" startIcon={<AddOutlined />} onClick={() => onChange([...bands, newBand()])}>
          Thêm mức xếp hạng
        </Button>
      </Box>
    </>
  );
}
