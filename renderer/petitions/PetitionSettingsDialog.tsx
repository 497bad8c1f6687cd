import { useState } from 'react';
import { contract, type PetitionSettings } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { messageOf } from '../api/client';
import { EditDialog } from '../ui/EditDialog';
import { FormNumberField } from '../ui/fields';
import { useNotify } from '../ui/notifications';
import { useSchemaForm } from '../ui/schemaForm';

interface PetitionSettingsDialogProps {
  settings: PetitionSettings;
  onClose(): void;
  onSaved(settings: PetitionSettings): void;
}

/** The ward's own answer deadline, proposed for an entry whose deadline the clerk leaves empty. */
export function PetitionSettingsDialog({ settings, onClose, onSaved }: PetitionSettingsDialogProps) {
  const client = useClient();
  const notify = useNotify();
  const form = useSchemaForm(contract['petitions.saveSettings'].input, settings);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  const submit = async () => {
    const input = form.parse();
    if (!input) return;
    setBusy(true);
    try {
      const saved = await client.call('petitions.saveSettings', input);
      notify.success(`Đã lưu: thời hạn trả lời mặc định ${saved.answerWorkingDays} ngày làm việc.`);
      onSaved(saved);
    } catch (error) {
      if (!form.showApiError(error)) setFailure(messageOf(error, 'Không lưu được thời hạn trả lời.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <EditDialog open title="Thời hạn trả lời mặc định" onClose={onClose} onSubmit={() => void submit()} busy={busy} formError={failure}>
      <FormNumberField
        form={form}
        path="answerWorkingDays"
        label="Số ngày làm việc kể từ ngày tiếp nhận"
        hint="Quy định nội bộ của phường, không phải thời hạn luật định: hạn trả lời được tính theo số ngày này khi ghi một kiến nghị không nhập hạn. Kiến nghị đã ghi giữ nguyên hạn của mình."
        autoFocus
      />
    </EditDialog>
  );
}
