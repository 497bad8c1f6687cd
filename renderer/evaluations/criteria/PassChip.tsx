import { Chip } from '@mui/material';

/** Pass or fail of the set's rule, in words as well as colour. */
export function PassChip({ passed }: { passed: boolean }) {
  return <Chip size="small" label={passed ? 'Đạt' : 'Chưa đạt'} color={passed ? 'success' : 'error'} variant={passed ? 'filled' : 'outlined'} />;
}
