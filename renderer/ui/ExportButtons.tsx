import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import { Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { GeneratedFile } from '../../main/api';
import { useSaveFile } from './saveFile';

/** Produces and saves one file at a time, remembering which one is being made so its button can show it. */
export function useFileGeneration() {
  const saveGenerated = useSaveFile();
  const [busy, setBusy] = useState<string | null>(null);
  const generate = async (key: string, produce: () => Promise<GeneratedFile>) => {
    setBusy(key);
    try {
      await saveGenerated(produce);
    } finally {
      setBusy(null);
    }
  };
  return { busy, generate };
}

/** A button that makes a file: its spinner while that file is being made, disabled while any file is. */
export function GenerateButton({ label, ariaLabel, busy, own, variant = 'outlined', onClick }: {
  label: string;
  ariaLabel?: string;
  busy: string | null;
  own: string;
  variant?: 'outlined' | 'text';
  onClick(): void;
}) {
  return (
    <Button
      variant={variant}
      size="small"
      disabled={busy !== null}
      aria-label={ariaLabel}
      startIcon={busy === own ? <CircularProgress size={16} aria-hidden /> : <DescriptionOutlined />}
      onClick={onClick}
    >
      {label}
    </Button>
  );
}

export function GeneratingStatus({ busy }: { busy: string | null }) {
  return busy ? (
    <Typography role="status" variant="body2" color="text.secondary">
      Đang tạo tệp, vui lòng chờ…
    </Typography>
  ) : null;
}

export interface ExportChoice<F extends string> {
  format: F;
  label: string;
}

/** A row of buttons, one per format, each producing and saving its file. */
export function ExportButtons<F extends string>({ choices, produce }: { choices: readonly ExportChoice<F>[]; produce(format: F): Promise<GeneratedFile> }) {
  const { busy, generate } = useFileGeneration();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      {choices.map(({ format, label }) => (
        <GenerateButton key={format} label={label} busy={busy} own={format} onClick={() => void generate(format, () => produce(format))} />
      ))}
      <GeneratingStatus busy={busy} />
    </Stack>
  );
}
