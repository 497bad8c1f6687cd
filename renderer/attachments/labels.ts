import type { AttachmentMediaType } from '../../main/api';

export const mediaTypeLabels: Record<AttachmentMediaType, string> = {
  'image/jpeg': 'Ảnh JPG',
  'image/png': 'Ảnh PNG',
  'image/webp': 'Ảnh WEBP',
  'application/pdf': 'PDF',
};
