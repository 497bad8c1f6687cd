import { Button } from '@mui/material';
import { useState } from 'react';
import type { LedgerRules, Petition } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { useCan } from '../app/session';
import { LoadState } from '../ui/LoadState';
import { PageLayout } from '../ui/PageLayout';
import { BoxOpeningDialog } from './BoxOpeningDialog';
import { PetitionDetail } from './PetitionDetail';
import { PetitionDialog } from './PetitionDialog';
import { PetitionList, thisYear, type ListFilter } from './PetitionList';
import { PetitionSettingsDialog } from './PetitionSettingsDialog';
import { StatusActionDialog, type StatusAction } from './StatusActionDialog';

type Open = { kind: 'none' } | { kind: 'new' } | { kind: 'box' } | { kind: 'settings' } | { kind: 'detail'; entry: Petition } | { kind: 'edit'; entry: Petition } | { kind: 'action'; entry: Petition; action: StatusAction };

/** Sổ theo dõi ý kiến, kiến nghị, phản ánh and the suggestion box. */
export function PetitionsScreen() {
  const rules = useChannel('petitions.rules', {});
  return (
    <LoadState source={rules}>
      {(loaded) => <Ledger rules={loaded} onSettingsSaved={() => void rules.reload()} />}
    </LoadState>
  );
}

function Ledger({ rules, onSettingsSaved }: { rules: LedgerRules; onSettingsSaved(): void }) {
  const canWrite = useCan('petitions.write');
  const [filter, setFilter] = useState<ListFilter>(thisYear);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const page = useChannel('petitions.list', filter);
  const staff = useChannel('staff.list', {});
  const groups = useChannel('residentialGroups.list', {});
  const members = staff.data ?? [];
  const close = () => setOpen({ kind: 'none' });
  const showSaved = (entry: Petition) => {
    void page.reload();
    setOpen({ kind: 'detail', entry });
  };
  const addButton = canWrite ? (
    <Button variant="contained" onClick={() => setOpen({ kind: 'new' })}>
      Ghi kiến nghị mới
    </Button>
  ) : null;

  return (
    <PageLayout
      title="Ý kiến, kiến nghị"
      description="Sổ theo dõi ý kiến, kiến nghị, phản ánh của người dân và hòm thư góp ý: tiếp nhận, giao xử lý, trả lời, chuyển cơ quan có thẩm quyền."
      actions={
        canWrite ? (
          <>
            <Button onClick={() => setOpen({ kind: 'settings' })}>Thời hạn trả lời</Button>
            <Button variant="outlined" onClick={() => setOpen({ kind: 'box' })}>
              Mở hòm thư góp ý
            </Button>
            {addButton}
          </>
        ) : null
      }
    >
      <PetitionList rules={rules} staff={members} filter={filter} onFilterChange={setFilter} page={page} onOpen={(entry) => setOpen({ kind: 'detail', entry })} emptyAction={addButton} />
      {open.kind === 'new' || open.kind === 'edit' ? (
        <PetitionDialog entry={open.kind === 'edit' ? open.entry : null} rules={rules} staff={members} groups={groups.data ?? []} onClose={close} onSaved={showSaved} />
      ) : null}
      {open.kind === 'settings' ? (
        <PetitionSettingsDialog
          settings={rules.settings}
          onClose={close}
          onSaved={() => {
            onSettingsSaved();
            close();
          }}
        />
      ) : null}
      {open.kind === 'box' ? (
        <BoxOpeningDialog
          rules={rules}
          onClose={close}
          onOpened={() => {
            void page.reload();
            close();
          }}
        />
      ) : null}
      {open.kind === 'detail' ? (
        <PetitionDetail
          entry={open.entry}
          canWrite={canWrite}
          onClose={close}
          onEdit={() => setOpen({ kind: 'edit', entry: open.entry })}
          onAction={(action) => setOpen({ kind: 'action', entry: open.entry, action })}
        />
      ) : null}
      {open.kind === 'action' ? (
        <StatusActionDialog entry={open.entry} action={open.action} staff={members} onClose={() => setOpen({ kind: 'detail', entry: open.entry })} onDone={showSaved} />
      ) : null}
    </PageLayout>
  );
}
