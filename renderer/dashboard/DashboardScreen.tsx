import { Alert, Box, Button, Chip, LinearProgress, Link, List, ListItem, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import type { Dashboard } from '../../main/api';
import { backupReasonLabels } from '../backup/labels';
import { useClient } from '../api/ClientContext';
import { useChannel } from '../api/useChannel';
import { useNavigation, type Screen } from '../app/navigation';
import { useCan, useIsSuperior, useSession } from '../app/session';
import { EmptyState } from '../ui/EmptyState';
import { daysSince, formatAge, formatDate, formatDateTime, formatNumber } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { PageLayout } from '../ui/PageLayout';
import { useAction } from '../ui/useAction';

export const STALE_BACKUP_DAYS = 7;

const screenOfCapability: Record<string, Screen> = {
  backup: 'backup',
  budget: 'budget',
  ward: 'profile',
  staff: 'staff',
  calendar: 'calendar',
  meetings: 'meetings',
  evaluations: 'evaluations',
  disclosures: 'disclosures',
  boards: 'boards',
  petitions: 'petitions',
};

export function DashboardScreen() {
  const dashboard = useChannel('dashboard.get', {});
  const { status } = useSession();
  return (
    <PageLayout title="Trang chủ" description={status.unitName ?? undefined}>
      <LoadState source={dashboard}>{(data) => <DashboardCards data={data} onChanged={() => void dashboard.reload()} />}</LoadState>
    </PageLayout>
  );
}

function DashboardCards({ data, onChanged }: { data: Dashboard; onChanged(): void }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
      <Completeness completeness={data.profileCompleteness} />
      <LastBackup entry={data.lastBackup} onBackedUp={onChanged} />
      <Counts counts={data.counts} />
      <DueItems items={data.dueItems} done={data.recentlyDone} />
    </Box>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

function Completeness({ completeness }: { completeness: Dashboard['profileCompleteness'] }) {
  const { navigate } = useNavigation();
  const superior = useIsSuperior();
  return (
    <Card title={superior ? 'Hồ sơ cơ quan' : 'Hồ sơ đơn vị'}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <LinearProgress
          variant="determinate"
          value={completeness.percent}
          sx={{ flexGrow: 1, height: 10, borderRadius: 5 }}
          aria-label="Mức độ hoàn thiện hồ sơ"
        />
        <Typography sx={{ fontWeight: 700, minWidth: 56 }}>{`${completeness.percent} %`}</Typography>
      </Stack>
      {completeness.missing.length === 0 ? (
        <Typography color="success.main" sx={{ mt: 1 }}>
          Hồ sơ đã đầy đủ.
        </Typography>
      ) : (
        <>
          <Typography variant="body2" sx={{ mt: 1.5 }}>
            Còn thiếu:
          </Typography>
          <List dense disablePadding aria-label="Thông tin còn thiếu">
            {completeness.missing.map(({ label, target }) => (
              <ListItem key={label} disableGutters>
                <Link component="button" type="button" onClick={() => navigate(target)}>
                  {label}
                </Link>
              </ListItem>
            ))}
          </List>
        </>
      )}
    </Card>
  );
}

function LastBackup({ entry, onBackedUp }: { entry: Dashboard['lastBackup']; onBackedUp(): void }) {
  const client = useClient();
  const run = useAction();
  const canBackUp = useCan('ward.write');
  const age = entry ? daysSince(entry.createdAt) : null;

  const backUpNow = async () => {
    const result = await run(() => client.call('backup.create', {}), 'Đã sao lưu dữ liệu.');
    if (result.ok) onBackedUp();
  };

  return (
    <Card title="Sao lưu">
      <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
        {entry && age !== null ? (
          <Typography>
            Lần gần nhất: <strong>{formatDateTime(entry.createdAt)}</strong> ({formatAge(age)}, {backupReasonLabels[entry.reason].toLocaleLowerCase('vi')}).
          </Typography>
        ) : null}
        {entry === null ? (
          <Alert severity="warning" sx={{ width: '100%' }}>
            Chưa có bản sao lưu nào. Hãy sao lưu ngay để phòng khi máy tính hỏng.
          </Alert>
        ) : age !== null && age > STALE_BACKUP_DAYS ? (
          <Alert severity="warning" sx={{ width: '100%' }}>
            Bản sao lưu gần nhất đã cũ hơn {STALE_BACKUP_DAYS} ngày.
          </Alert>
        ) : null}
        {canBackUp ? (
          <Button variant="outlined" onClick={() => void backUpNow()}>
            Sao lưu ngay
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}

function Counts({ counts }: { counts: Dashboard['counts'] }) {
  const superior = useIsSuperior();
  const figures: [string, number][] = [
    ...(superior
      ? []
      : ([
          ['Tổ dân phố', counts.residentialGroups],
          ['Hộ gia đình', counts.households],
        ] as [string, number][])),
    ['Cán bộ đang công tác', counts.activeStaff],
  ];
  return (
    <Card title="Số liệu">
      <Stack direction="row" spacing={4} component="dl" sx={{ m: 0 }}>
        {figures.map(([label, value]) => (
          <div key={label}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" variant="h5" sx={{ m: 0, fontWeight: 500 }}>
              {formatNumber(value)}
            </Typography>
          </div>
        ))}
      </Stack>
    </Card>
  );
}

function DueItems({ items, done }: { items: Dashboard['dueItems']; done: Dashboard['recentlyDone'] }) {
  const { navigate } = useNavigation();
  const canManageBackup = useCan('backup.manage');
  const reachable = (capability: string) => {
    const screen = screenOfCapability[capability];
    return screen === 'backup' && !canManageBackup ? undefined : screen;
  };
  return (
    <Card title="Việc cần làm">
      {items.length === 0 ? (
        <EmptyState title="Không có việc nào đến hạn" description="Các thời hạn công khai, hội nghị và báo cáo sẽ hiện ở đây." />
      ) : (
        <List dense disablePadding aria-label="Việc cần làm">
          {items.map((item) => {
            const screen = reachable(item.capability);
            return (
              <ListItem key={item.key} disableGutters secondaryAction={item.overdue ? <Chip size="small" color="error" label="Quá hạn" /> : null}>
                <ListItemText
                  primary={
                    screen ? (
                      <Link component="button" type="button" onClick={() => navigate(screen)} sx={{ textAlign: 'left' }}>
                        {item.title}
                      </Link>
                    ) : (
                      item.title
                    )
                  }
                  secondary={`Hạn: ${formatDate(item.dueDate)}`}
                />
              </ListItem>
            );
          })}
        </List>
      )}
      {done.length > 0 ? (
        <>
          <Typography variant="subtitle2" sx={{ mt: 2 }}>
            Đã hoàn thành gần đây
          </Typography>
          <List dense disablePadding aria-label="Đã hoàn thành gần đây">
            {done.map((item) => (
              <ListItem
                key={item.key}
                disableGutters
                secondaryAction={<Chip size="small" color={item.onTime ? 'success' : 'warning'} label={item.onTime ? 'Đúng hạn' : 'Muộn'} />}
              >
                <ListItemText primary={item.title} secondary={`Ngày thực hiện: ${formatDate(item.doneOn)}`} />
              </ListItem>
            ))}
          </List>
        </>
      ) : null}
    </Card>
  );
}
