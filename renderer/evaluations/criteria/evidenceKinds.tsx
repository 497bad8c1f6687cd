import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined';
import EventNoteOutlined from '@mui/icons-material/EventNoteOutlined';
import ReceiptLongOutlined from '@mui/icons-material/ReceiptLongOutlined';
import type { ReactElement } from 'react';
import type { EvidenceKind } from '../../../main/api';

/** How each kind of the ward's records is named when listed as evidence. */
export const evidenceKindLabels: Record<EvidenceKind, string> = {
  meeting: 'Cuộc họp, hội nghị',
  budgetReport: 'Công khai ngân sách',
  attachment: 'Tệp đính kèm',
};

export const evidenceKindIcons: Record<EvidenceKind, ReactElement> = {
  meeting: <EventNoteOutlined fontSize="small" />,
  budgetReport: <ReceiptLongOutlined fontSize="small" />,
  attachment: <AttachFileOutlined fontSize="small" />,
};
