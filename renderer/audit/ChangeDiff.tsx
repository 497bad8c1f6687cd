import { Box, Typography } from '@mui/material';
import { formatDate } from '../ui/format';
import { fieldLabels, labelOf, valueLabels } from './labels';

type Fields = Record<string, unknown>;

function asRecord(value: unknown): Fields | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : null;
}

/** A stored value as a reader expects it: Vietnamese names for codes, dd/MM/yyyy for dates. */
export function showValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const names = valueLabels[field];
    if (names && Object.hasOwn(names, value)) return names[value] ?? value;
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
  }
  return JSON.stringify(value);
}

interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields that differ between two versions of a record; timestamps and ids are left out. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const previous = asRecord(before) ?? {};
  const next = asRecord(after) ?? {};
  const fields = [...new Set([...Object.keys(previous), ...Object.keys(next)])].filter((field) => field !== 'id' && field !== 'updatedAt');
  return fields
    .filter((field) => JSON.stringify(previous[field]) !== JSON.stringify(next[field]))
    .map((field) => ({ field, before: previous[field], after: next[field] }));
}

/** "Số hộ: 120 → 125", one line per changed field. */
export function ChangeDiff({ before, after }: { before: unknown; after: unknown }) {
  const changes = changedFields(before, after);
  if (changes.length === 0) return <Typography variant="body2" color="text.secondary">—</Typography>;
  const isCreate = before === null || before === undefined;
  const isDelete = after === null || after === undefined;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {changes.map((change) => (
        <Typography component="li" variant="body2" key={change.field}>
          <strong>{labelOf(fieldLabels, change.field)}:</strong>{' '}
          {isCreate ? (
            showValue(change.field, change.after)
          ) : isDelete ? (
            <Box component="span" sx={{ textDecoration: 'line-through' }}>{showValue(change.field, change.before)}</Box>
          ) : (
            <>
              <Box component="span" sx={{ color: 'error.main', textDecoration: 'line-through' }}>
                {showValue(change.field, change.before)}
              </Box>{' '}
              →{' '}
              <Box component="span" sx={{ color: 'success.dark' }}>
                {showValue(change.field, change.after)}
              </Box>
            </>
          )}
        </Typography>
      ))}
    </Box>
  );
}
