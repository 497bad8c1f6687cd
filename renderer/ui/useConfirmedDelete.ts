import { useConfirm } from './confirm';
import { useAction } from './useAction';

interface DeleteRequest {
  /** What is deleted, e.g. "Tổ dân phố số 1". */
  name: string;
  /** What the deletion means for the user, in one or two sentences. */
  consequence: string;
  remove(): Promise<unknown>;
}

/** Every deletion asks first, then announces the outcome; resolves true when the record is gone. */
export function useConfirmedDelete() {
  const confirm = useConfirm();
  const run = useAction();
  return async ({ name, consequence, remove }: DeleteRequest): Promise<boolean> => {
    const confirmed = await confirm({ title: `Xóa ${name}?`, message: consequence, confirmLabel: 'Xóa', destructive: true });
    if (!confirmed) return false;
    return (await run(remove, `Đã xóa ${name}.`)).ok;
  };
}
