import { FormHelperText, Stack } from '@mui/material';
import { NativeSelect } from '../ui/fields';
import type { VoteMethod } from '../../main/api';
import { CountField } from './CountField';
import type { ItemForm, VoteDraft } from './itemForm';
import { countedByBoard, voteMethodLabels } from './labels';
import { LinesField } from './LinesField';

const countFields: { key: 'for' | 'against' | 'abstain' | 'invalid'; label: string }[] = [
  { key: 'for', label: 'Số đồng ý' },
  { key: 'against', label: 'Số không đồng ý' },
  { key: 'abstain', label: 'Số không có ý kiến' },
  { key: 'invalid', label: 'Số phiếu không hợp lệ' },
];

/**
 * How the vote was taken and its counts; main computes the result under the matter's rule when it is saved.
 * For an election the votes are counted per candidate: only the method, the invalid ballots and the board.
 */
export function VoteFields({ form, methods, election = false }: { form: ItemForm; methods: readonly VoteMethod[]; election?: boolean }) {
  const vote = form.values.vote;
  if (!vote) return null;
  const set = (patch: Partial<VoteDraft>) => form.set('vote', { ...vote, ...patch });
  const ballots = countedByBoard.includes(vote.method);
  const shownMethods = methods.includes(vote.method) ? methods : [...methods, vote.method];
  return (
    <Stack spacing={2}>
      <NativeSelect
        label={election ? 'Hình thức bầu' : 'Hình thức biểu quyết'}
        name="vote.method"
        value={vote.method}
        options={shownMethods.map((method) => ({ value: method, label: voteMethodLabels[method] }))}
        onChange={(method) => set({ method: method as VoteMethod, ...(countedByBoard.includes(method as VoteMethod) ? {} : { invalid: 0 }) })}
        error={form.errors['vote.method']}
      />
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {countFields
          .filter((field) => (election ? ballots && field.key === 'invalid' : ballots || field.key !== 'invalid'))
          .map((field) => (
            <CountField
              key={field.key}
              label={field.label}
              name={`vote.${field.key}`}
              value={vote[field.key]}
              onChange={(value) => set({ [field.key]: value })}
              error={form.errors[`vote.${field.key}`]}
            />
          ))}
      </Stack>
      {ballots ? (
        <LinesField
          label="Ban kiểm phiếu"
          name="vote.countingBoard"
          value={vote.countingBoard ?? []}
          onChange={(countingBoard) => set({ countingBoard })}
          error={Object.entries(form.errors).find(([path]) => path.startsWith('vote.countingBoard'))?.[1]}
          hint="Từ 3 đến 5 người, mỗi người một dòng."
        />
      ) : null}
      {form.errors.vote ? <FormHelperText error>{form.errors.vote}</FormHelperText> : null}
    </Stack>
  );
}
