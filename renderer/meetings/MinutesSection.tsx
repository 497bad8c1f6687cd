import { Alert, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import dayjs from 'dayjs';
import { useId } from 'react';
import type { Meeting } from '../../main/api';
import { AttachmentList } from '../attachments/AttachmentList';
import { formatDate, formatDateTime } from '../ui/format';
import { MeetingDocuments } from './MeetingDocuments';
import { CorrectionAction, DeliveryAction, FinalizeAction } from './MinutesActions';
import type { SectionProps } from './section';

/** The minutes: their locked versions, finalizing and correcting, delivery of the decision record, documents and scans. */
export function MinutesSection({ meeting, rules, onChange, canWrite }: SectionProps & { canWrite: boolean }) {
  const finalized = meeting.stage === 'finalized';
  return (
    <Stack spacing={3}>
      <Stack direction="row" spacing={1}>
        {canWrite && !finalized ? <FinalizeAction meeting={meeting} onChange={onChange} /> : null}
        {canWrite && finalized ? <CorrectionAction meeting={meeting} onChange={onChange} /> : null}
      </Stack>
      <Versions meeting={meeting} />
      {rules.deliveryWorkingDays !== null ? <Delivery meeting={meeting} workingDays={rules.deliveryWorkingDays} canWrite={canWrite} onChange={onChange} /> : null}
      <MeetingDocuments meeting={meeting} rules={rules} onChange={onChange} />
      <AttachmentList
        entity="meeting"
        entityId={String(meeting.id)}
        title="Bản chụp biên bản đã ký, ảnh cuộc họp"
        emptyMessage="Chưa có tệp đính kèm."
        canAdd={canWrite}
        canDelete={canWrite && !finalized}
      />
    </Stack>
  );
}

function Versions({ meeting }: { meeting: Meeting }) {
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
        Các bản biên bản đã hoàn thiện
      </Typography>
      {meeting.versions.length === 0 ? (
        <Typography role="status" variant="body2" color="text.secondary">
          Biên bản chưa hoàn thiện. Khi đã ghi đủ điểm danh, nội dung và kết luận, bấm “Hoàn thiện biên bản” để khóa biên bản.
        </Typography>
      ) : (
        <Table size="small" aria-labelledby={headingId}>
          <TableHead>
            <TableRow>
              <TableCell>Bản</TableCell>
              <TableCell>Hoàn thiện lúc</TableCell>
              <TableCell>Người hoàn thiện</TableCell>
              <TableCell>Lý do đính chính</TableCell>
              <TableCell>Số biên bản</TableCell>
              <TableCell>Số nghị quyết</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {meeting.versions.map((entry) => (
              <TableRow key={entry.version}>
                <TableCell>{entry.version}</TableCell>
                <TableCell>{formatDateTime(entry.finalizedAt)}</TableCell>
                <TableCell>{entry.finalizedBy}</TableCell>
                <TableCell>{entry.reason}</TableCell>
                <TableCell>{entry.minutesNumber ?? ''}</TableCell>
                <TableCell>{entry.resolutionNumber ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}

interface DeliveryProps {
  meeting: Meeting;
  workingDays: number;
  canWrite: boolean;
  onChange(meeting: Meeting): void;
}

/** Art. 20(3): the decision record reaches the UBND and the front within the working days the type sets. */
function Delivery({ meeting, workingDays, canWrite, onChange }: DeliveryProps) {
  const { deliveryDue, deliveredOn } = meeting;
  if (deliveredOn) {
    return <Alert severity="success">Đã gửi biên bản cho UBND và Ủy ban Mặt trận Tổ quốc ngày {formatDate(deliveredOn)}.</Alert>;
  }
  if (!deliveryDue) {
    return (
      <Alert severity="info">
        Sau khi hoàn thiện, biên bản phải gửi UBND và Ủy ban Mặt trận Tổ quốc cấp xã trong {workingDays} ngày làm việc.
      </Alert>
    );
  }
  const overdue = dayjs().format('YYYY-MM-DD') > deliveryDue;
  return (
    <Alert severity={overdue ? 'error' : 'warning'} action={canWrite ? <DeliveryAction meeting={meeting} onChange={onChange} /> : undefined}>
      {overdue ? 'Đã quá hạn' : 'Hạn'} gửi biên bản cho UBND và Ủy ban Mặt trận Tổ quốc: {formatDate(deliveryDue)} (trong {workingDays} ngày làm việc).
    </Alert>
  );
}
