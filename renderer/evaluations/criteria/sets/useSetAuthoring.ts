import { useState } from 'react';
import type { CriteriaSetSummary } from '../../../../main/api';
import { useClient } from '../../../api/ClientContext';
import { useConfirm } from '../../../ui/confirm';
import { useFileGeneration } from '../../../ui/ExportButtons';
import { useNotify } from '../../../ui/notifications';
import { useAction } from '../../../ui/useAction';
import { useConfirmedDelete } from '../../../ui/useConfirmedDelete';
import type { EditorStart } from './CriteriaSetEditor';
import { setTitle } from './labels';
import { draftOf, emptyDraft } from './setDraft';

const refOf = (set: CriteriaSetSummary) => ({ setId: set.id, version: set.version });
const takenOf = (sets: readonly CriteriaSetSummary[]) => sets.map((set) => `${set.id}:${set.version}`);

/** The superior office's actions on its sets: write drafts, publish them for good, delete them, and export a set for the wards. */
export function useSetAuthoring(sets: readonly CriteriaSetSummary[], reload: () => void) {
  const client = useClient();
  const run = useAction();
  const confirm = useConfirm();
  const confirmedDelete = useConfirmedDelete();
  const notify = useNotify();
  const files = useFileGeneration();
  const [editor, setEditor] = useState<EditorStart | null>(null);

  const definitionOf = async (set: CriteriaSetSummary) => {
    const loaded = await run(() => client.call('criteria.getSet', refOf(set)));
    return loaded.ok ? loaded.value.definition : null;
  };

  const create = () => setEditor({ title: 'Soạn bộ tiêu chí mới', draft: emptyDraft(), idLocked: false, versionLocked: false, taken: takenOf(sets) });

  const newVersion = async (set: CriteriaSetSummary) => {
    const definition = await definitionOf(set);
    if (!definition) return;
    const next = Math.max(...sets.filter((entry) => entry.id === set.id).map((entry) => entry.version)) + 1;
    setEditor({ title: `Phiên bản ${next} của ${set.name}`, draft: draftOf(definition, next), idLocked: true, versionLocked: false, taken: takenOf(sets) });
  };

  const edit = async (set: CriteriaSetSummary) => {
    const definition = await definitionOf(set);
    if (definition) setEditor({ title: `Sửa dự thảo ${setTitle(set)}`, draft: draftOf(definition), idLocked: true, versionLocked: true, taken: [] });
  };

  const publish = async (set: CriteriaSetSummary) => {
    const confirmed = await confirm({
      title: `Ban hành ${setTitle(set)}?`,
      message: `Phiên bản đã ban hành không bao giờ thay đổi: không sửa, không xóa được nữa; muốn thay đổi phải tạo phiên bản mới.${
        set.example ? ' Bộ tiêu chí này vẫn đánh dấu là bản mẫu, điểm chưa được xác nhận.' : ''
      } Sau khi ban hành, hãy xuất tệp gửi các xã, phường.`,
      confirmLabel: 'Ban hành',
    });
    if (!confirmed) return;
    if ((await run(() => client.call('criteria.publish', refOf(set)), `Đã ban hành ${setTitle(set)}.`)).ok) reload();
  };

  const remove = async (set: CriteriaSetSummary) => {
    const removed = await confirmedDelete({
      name: `dự thảo ${setTitle(set)}`,
      consequence: 'Bản dự thảo bị xóa hẳn; các phiên bản đã ban hành không bị ảnh hưởng.',
      remove: () => client.call('criteria.deleteDraft', refOf(set)),
    });
    if (removed) reload();
  };

  const exportSet = (set: CriteriaSetSummary) => void files.generate(`${set.id}:${set.version}`, () => client.call('criteria.exportSet', refOf(set)));

  const saved = (set: CriteriaSetSummary) => {
    setEditor(null);
    notify.success(`Đã lưu dự thảo ${setTitle(set)}.`);
    reload();
  };

  return { editor, closeEditor: () => setEditor(null), create, newVersion, edit, publish, remove, exportSet, exporting: files.busy, saved };
}

export type SetAuthoring = ReturnType<typeof useSetAuthoring>;
