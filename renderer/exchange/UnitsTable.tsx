import { Box, Button, Chip, Stack } from '@mui/material';
import type { Out } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { EmptyState } from '../ui/EmptyState';
import { formatNumber } from '../ui/format';
import { RecordTable, type Column } from '../ui/RecordTable';
import { useSaveFile } from '../ui/saveFile';
import { gapsText, keyStatusLabels } from './labels';

export type RegisteredUnit = Out<'exchange.units'>[number];

interface UnitsTableProps {
  units: readonly RegisteredUnit[];
  /** Absent for an account that may not revoke keys (settings.manage): the keys are then only shown. */
  onRevoke?: (fingerprint: string, unitName: string) => void;
  onWriteReceipt(unit: RegisteredUnit): void;
}

/** Installation ids are long; the first block is enough to tell a ward's two computers apart. */
const shortId = (installationId: string) => installationId.slice(0, 8);

function installationsCell(unit: RegisteredUnit) {
  if (unit.installations.length === 0) return 'Chưa nhận lô nào';
  return (
    <Stack component="ul" sx={{ m: 0, pl: 2 }}>
      {unit.installations.map((installation) => (
        <li key={installation.installationId}>
          Máy {shortId(installation.installationId)}: {installation.lastSeq === null ? 'chưa có lô' : `lô cuối số ${installation.lastSeq}`};{' '}
          {gapsText(installation.gaps)}
        </li>
      ))}
    </Stack>
  );
}

export function UnitsTable({ units, onRevoke, onWriteReceipt }: UnitsTableProps) {
  const client = useClient();
  const save = useSaveFile();
  const keysCell = (unit: RegisteredUnit) => (
    <Stack spacing={1}>
      {unit.keys.map((key) => (
        <Box key={key.fingerprint}>
          <Box component="span" sx={{ fontFamily: 'monospace', fontSize: '0.8rem', display: 'block' }}>
            {key.fingerprint}
          </Box>
          <Chip size="small" label={keyStatusLabels[key.status]} color={key.status === 'active' ? 'success' : 'default'} sx={{ mr: 1 }} />
          {key.status === 'active' && onRevoke ? (
            <Button size="small" color="error" aria-label={`Thu hồi khóa ${key.fingerprint}`} onClick={() => onRevoke(key.fingerprint, unit.name)}>
              Thu hồi khóa
            </Button>
          ) : null}
        </Box>
      ))}
    </Stack>
  );
  const columns: Column<RegisteredUnit>[] = [
    { header: 'Mã', render: (unit) => unit.unitCode },
    { header: 'Tên đơn vị', render: (unit) => unit.name },
    { header: 'Máy gửi', render: installationsCell },
    { header: 'Lô đã áp dụng', render: (unit) => formatNumber(unit.batchesApplied), align: 'right' },
    { header: 'Khóa ký', render: keysCell },
  ];
  if (units.length === 0) {
    // Registering needs settings.manage, like revoking: without onRevoke the account cannot register either.
    const who = onRevoke ? 'Đăng ký' : 'Quản trị viên đăng ký';
    return <EmptyState title="Chưa đăng ký xã, phường nào" description={`${who} từng xã, phường bằng tệp phiếu đăng ký khóa họ gửi lên.`} />;
  }
  return (
    <RecordTable
      label="Các xã, phường đã đăng ký"
      rows={units}
      columns={columns}
      rowKey={(unit) => unit.unitCode}
      rowName={(unit) => unit.name}
      rowActions={(unit) => (
        <>
          <Button size="small" aria-label={`Ghi biên nhận cho ${unit.name}`} onClick={() => onWriteReceipt(unit)}>
            Ghi biên nhận
          </Button>
          <Button
            size="small"
            aria-label={`Tạo thư điện tử biên nhận cho ${unit.name}`}
            onClick={() => void save(() => client.call('exchange.receiptEmailDraft', { unitCode: unit.unitCode }))}
          >
            Tạo thư điện tử
          </Button>
        </>
      )}
    />
  );
}
