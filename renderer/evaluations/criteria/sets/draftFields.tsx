import ArrowDownwardOutlined from '@mui/icons-material/ArrowDownwardOutlined';
import ArrowUpwardOutlined from '@mui/icons-material/ArrowUpwardOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { IconButton, Stack, TextField, Tooltip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { formatNumber } from '../../../ui/format';
import type { SumCheck } from './setDraft';

interface DraftFieldProps {
  label: string;
  value: string;
  onChange(text: string): void;
  error?: string | undefined;
  hint?: ReactNode;
  /** Points: a decimal keyboard, and "2,5" is read as 2.5. */
  decimal?: boolean;
  multiline?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  /** Fixed width in characters for short boxes (keys, points); full width otherwise. */
  width?: number;
}

/** One box of the editor, with its problem (from the schema) under it. */
export function DraftField({ label, value, onChange, error, hint, decimal, multiline, disabled, autoFocus, width }: DraftFieldProps) {
  return (
    <TextField
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error !== undefined}
      helperText={error ?? hint}
      multiline={multiline}
      minRows={multiline ? 2 : undefined}
      disabled={disabled}
      autoFocus={autoFocus}
      size="small"
      fullWidth={width === undefined}
      sx={width === undefined ? undefined : { width: `${width}ch`, flexShrink: 0 }}
      slotProps={{ htmlInput: { inputMode: decimal ? 'decimal' : 'text' } }}
    />
  );
}

const points = (hundredths: number) => formatNumber(hundredths / 100);

function mismatchText(check: SumCheck, wholeName: string): string {
  if (check.whole === null) return `chưa nhập ${wholeName}`;
  const gap = check.whole - check.sum;
  return gap > 0 ? `còn thiếu ${points(gap)} điểm so với ${wholeName}` : `vượt ${points(-gap)} điểm so với ${wholeName}`;
}

/** "Tổng chỉ tiêu 8 / 10 – còn thiếu 2 điểm…": in red with the reason while the parts do not add up. */
export function SumLine({ label, check, wholeName }: { label: string; check: SumCheck; wholeName: string }) {
  const whole = check.whole === null ? '?' : points(check.whole);
  return (
    <Typography variant="body2" sx={{ fontWeight: 500 }} color={check.matches ? 'success.main' : 'error.main'}>
      {label} {points(check.sum)} / {whole}
      {check.matches ? ' – khớp' : ` – ${mismatchText(check, wholeName)}.`}
    </Typography>
  );
}

interface RowButtonsProps {
  /** How the row is named in the buttons' labels, e.g. "tiêu chí 2". */
  name: string;
  index: number;
  count: number;
  /** False for the last row a list must keep. */
  removable: boolean;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

/** Move up, move down and remove, each with a spoken label. */
export function RowButtons({ name, index, count, removable, onMove, onRemove }: RowButtonsProps) {
  const button = (label: string, icon: ReactNode, disabled: boolean, onClick: () => void, color?: 'error') => (
    <Tooltip title={label}>
      <span>
        <IconButton size="small" aria-label={label} disabled={disabled} onClick={onClick} color={color}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
  return (
    <Stack direction="row" sx={{ flexShrink: 0 }}>
      {button(`Đưa ${name} lên`, <ArrowUpwardOutlined fontSize="small" />, index === 0, () => onMove(-1))}
      {button(`Đưa ${name} xuống`, <ArrowDownwardOutlined fontSize="small" />, index === count - 1, () => onMove(1))}
      {button(`Xóa ${name}`, <DeleteOutlined fontSize="small" />, !removable, onRemove, 'error')}
    </Stack>
  );
}
