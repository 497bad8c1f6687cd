import { Button, Stack } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry } from '../../main/api';
import { useClient } from '../api/ClientContext';
import { EmptyState } from '../ui/EmptyState';
import { formatDateTime } from '../ui/format';
import { Spinner } from '../ui/LoadState';
import { useNotify } from '../ui/notifications';
import { PageLayout } from '../ui/PageLayout';
import { RecordTable, type Column } from '../ui/RecordTable';
import { ChangeDiff } from './ChangeDiff';
import { actionLabels, entityLabels, labelOf } from './labels';

const PAGE_SIZE = 50;

const columns: Column<AuditEntry>[] = [
  { header: 'Thời điểm', render: (entry) => formatDateTime(entry.at) },
  { header: 'Người thực hiện', render: (entry) => entry.actor ?? 'Hệ thống' },
  { header: 'Thao tác', render: (entry) => labelOf(actionLabels, entry.action) },
  { header: 'Đối tượng', render: (entry) => labelOf(entityLabels, entry.entity) },
  { header: 'Nội dung thay đổi', render: (entry) => <ChangeDiff before={entry.before} after={entry.after} /> },
];

/** Who changed what and when, newest first, one page at a time. */
export function AuditScreen() {
  const client = useClient();
  const notify = useNotify();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(false);

  const loadPage = useCallback(async (offset: number) => {
    setLoading(true);
    try {
      const page = await client.call('audit.list', { limit: PAGE_SIZE, offset });
      setEntries((previous) => [...(offset === 0 ? [] : (previous ?? [])), ...page]);
      setHasMore(page.length === PAGE_SIZE);
    } catch (error) {
      notify.error(error);
      setEntries((previous) => previous ?? []);
    } finally {
      setLoading(false);
    }
  }, [client, notify]);

  useEffect(() => {
    void loadPage(0);
  }, [loadPage]);

  return (
    <PageLayout title="Lịch sử thay đổi" description="Mọi lần thêm, sửa, xóa dữ liệu đều được ghi lại và không thể sửa.">
      {entries === null ? (
        <Spinner />
      ) : entries.length === 0 ? (
        <EmptyState title="Chưa có thay đổi nào được ghi lại" />
      ) : (
        <Stack spacing={2}>
          <RecordTable label="Lịch sử thay đổi" rows={entries} columns={columns} rowKey={(entry) => entry.id} rowName={(entry) => `mục ${entry.id}`} />
          {hasMore ? (
            <div>
              <Button variant="outlined" disabled={loading} onClick={() => void loadPage(entries.length)}>
                Xem thêm
              </Button>
            </div>
          ) : null}
        </Stack>
      )}
    </PageLayout>
  );
}
