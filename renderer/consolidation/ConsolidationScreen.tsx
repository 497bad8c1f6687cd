import { Box, Button, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import type { CompletenessMatrix } from '../../main/api';
import { useChannel } from '../api/useChannel';
import { useNavigation } from '../app/navigation';
import { useCan } from '../app/session';
import { NativeSelect } from '../ui/fields';
import { YearSelect } from '../evaluations/YearSelect';
import { EmptyState } from '../ui/EmptyState';
import { formatPercent } from '../ui/format';
import { LoadState } from '../ui/LoadState';
import { PageLayout } from '../ui/PageLayout';
import { CompletenessTable } from './CompletenessTable';
import { ConsolidatedTablesPanel } from './ConsolidatedTablesPanel';
import { ConsolidationCharts } from './ConsolidationCharts';
import { LateList } from './LateList';
import { ViewExport } from './ViewExport';

type TabKey = 'matrix' | 'late' | 'tables' | 'charts';

const quarterOptions = [{ value: '', label: 'Cả năm' }, ...[1, 2, 3, 4].map((q) => ({ value: String(q), label: `Quý ${q}` }))];

function NoUnits() {
  const { navigate } = useNavigation();
  const canReceive = useCan('ward.write');
  return (
    <EmptyState
      title="Chưa có xã, phường nào được đăng ký"
      description="Hãy đăng ký xã, phường và nhập các lô dữ liệu họ gửi trong mục «Nhận dữ liệu từ xã, phường»."
      action={canReceive ? <Button variant="contained" onClick={() => navigate('exchangeReceive')}>Nhận dữ liệu</Button> : undefined}
    />
  );
}

function Summary({ matrix }: { matrix: CompletenessMatrix }) {
  const { total } = matrix;
  return (
    <Typography variant="body2" role="status">
      Đã nhận {total.reported}/{total.expected} nội dung cần gửi{total.percent === null ? '' : ` (${formatPercent(total.percent)})`}, trong đó {total.onTime} đúng hạn.
      «Đúng hạn» tính theo ngày cơ quan nhận được dữ liệu.
      {matrix.quarter === null ? null : ' Kỳ quý chỉ gồm nội dung gửi theo quý; nội dung gửi theo năm xem ở kỳ «Cả năm».'}
    </Typography>
  );
}

/** "Tổng hợp": what the wards sent for the chosen period, how complete and timely, and the consolidated tables. */
export function ConsolidationScreen() {
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [quarter, setQuarter] = useState<number | null>(null);
  const [tab, setTab] = useState<TabKey>('matrix');
  const matrix = useChannel('consolidation.completeness', { year, quarter });
  return (
    <PageLayout
      title="Tổng hợp"
      description="Tình hình nhận dữ liệu từ các xã, phường và số liệu tổng hợp."
      actions={
        <>
          <YearSelect year={year} onChange={setYear} />
          <Box sx={{ width: 140 }}>
            <NativeSelect label="Kỳ" name="quarter" size="small" value={quarter === null ? '' : String(quarter)} options={quarterOptions} onChange={(value) => setQuarter(value === '' ? null : Number(value))} />
          </Box>
        </>
      }
    >
      <LoadState source={matrix}>
        {(m) =>
          m.rows.length === 0 ? (
            <NoUnits />
          ) : (
            <Stack spacing={2}>
              <Summary matrix={m} />
              <Tabs value={tab} onChange={(_event, value: TabKey) => setTab(value)} aria-label="Các phần của tổng hợp">
                <Tab value="matrix" label="Tình hình nhận" />
                <Tab value="late" label="Chậm / chưa gửi / có lỗi" />
                <Tab value="tables" label="Bảng tổng hợp" />
                <Tab value="charts" label="Biểu đồ" />
              </Tabs>
              {tab === 'matrix' ? (
                <Stack spacing={2}>
                  <ViewExport view="matrix" year={m.year} quarter={m.quarter} />
                  <CompletenessTable matrix={m} />
                </Stack>
              ) : null}
              {tab === 'late' ? <LateList matrix={m} /> : null}
              {tab === 'tables' ? <ConsolidatedTablesPanel year={m.year} /> : null}
              {tab === 'charts' ? <ConsolidationCharts matrix={m} /> : null}
            </Stack>
          )
        }
      </LoadState>
    </PageLayout>
  );
}
