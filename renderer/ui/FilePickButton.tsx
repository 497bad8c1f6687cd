import { Button, type ButtonProps } from '@mui/material';
import { useRef, type ChangeEvent } from 'react';

interface FilePickButtonProps extends Omit<ButtonProps, 'onClick'> {
  /** The file types offered, as in the input's accept attribute. */
  accept: string;
  /** The spoken name of the hidden file input. */
  inputLabel: string;
  onPick(file: File): void;
}

/** A button that opens the system's file picker; the same file can be picked again right after. */
export function FilePickButton({ accept, inputLabel, onPick, ...button }: FilePickButtonProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onPick(file);
  };
  return (
    <>
      <Button {...button} onClick={() => fileInput.current?.click()} />
      <input ref={fileInput} type="file" accept={accept} hidden aria-label={inputLabel} onChange={pick} />
    </>
  );
}
