import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { Button, FormHelperText, IconButton, Stack, TextField, Typography } from '@mui/material';
import { NativeSelect } from '../ui/fields';
import type { DecisionMatter, StaffMember } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { arrayField } from './arrayField';
import { CountField } from './CountField';
import { emptyCandidate, notTyped, type ItemForm } from './itemForm';

/** The seats to fill and the candidates with their votes: staff picked from the registry, or anyone typed in. */
export function CandidatesFields({ form, matter }: { form: ItemForm; matter: DecisionMatter | undefined }) {
  const staff = useChannel('staff.list', {});
  const candidates = form.values.candidates ?? [];
  const rows = arrayField(candidates, (next) => form.set('candidates', next));
  const seats = matter?.seats;
  const pickable = (staff.data ?? []).filter((member) => !candidates.some((candidate) => candidate.staffMemberId === member.id));
  const addStaff = (member: StaffMember | undefined) => {
    if (member) rows.add({ name: member.fullName, staffMemberId: member.id, position: member.position, votes: notTyped });
  };

  return (
    <Stack spacing={2}>
      <CountField
        label="Số người cần bầu"
        name="seats"
        value={form.values.seats ?? undefined}
        onChange={(value) => form.set('seats', value ?? null)}
        error={form.errors.seats}
        hint={seats ? (seats.min === seats.max ? `Bầu ${seats.min} người.` : `Từ ${seats.min} đến ${seats.max} người.`) : undefined}
      />
      <Typography variant="subtitle2" component="h3">
        Người ứng cử ({candidates.length})
      </Typography>
      {candidates.map((candidate, index) => (
        <Stack key={index} direction="row" spacing={1} role="group" aria-label={`Người ứng cử ${index + 1}`} sx={{ alignItems: 'flex-start' }}>
          <TextField
            size="small"
            label="Họ và tên"
            sx={{ flex: 1 }}
            value={candidate.name}
            onChange={(event) => rows.update(index, { name: event.target.value, staffMemberId: null })}
            error={form.errors[`candidates.${index}.name`] !== undefined}
            helperText={form.errors[`candidates.${index}.name`]}
          />
          <TextField
            size="small"
            label="Chức vụ"
            sx={{ flex: 1.6 }}
            value={candidate.position ?? ''}
            onChange={(event) => rows.update(index, { position: event.target.value })}
            error={form.errors[`candidates.${index}.position`] !== undefined}
            helperText={form.errors[`candidates.${index}.position`]}
          />
          <CountField
            label="Số phiếu bầu"
            width={100}
            value={candidate.votes}
            onChange={(votes) => rows.update(index, { votes: votes ?? notTyped })}
            error={form.errors[`candidates.${index}.votes`]}
          />
          <IconButton aria-label={`Bỏ người ứng cử ${candidate.name || index + 1}`} onClick={() => rows.remove(index)}>
            <DeleteOutlined fontSize="small" />
          </IconButton>
        </Stack>
      ))}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <NativeSelect
          size="small"
          label="Thêm cán bộ ứng cử"
          value=""
          options={[{ value: '', label: '— Chọn trong danh sách cán bộ —' }, ...pickable.map((member) => ({ value: String(member.id), label: `${member.fullName} – ${member.position}` }))]}
          onChange={(id) => addStaff(pickable.find((member) => String(member.id) === id))}
          sx={{ minWidth: 280 }}
        />
        <Button startIcon={<Add />} onClick={() => rows.add(emptyCandidate())}>
          Thêm người ngoài danh sách
        </Button>
      </Stack>
      {form.errors.candidates ? <FormHelperText error>{form.errors.candidates}</FormHelperText> : null}
    </Stack>
  );
}
