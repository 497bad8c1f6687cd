import type { DownlinkReportView } from '../../main/api';

type SetOutcome = DownlinkReportView['criteriaSets'][number]['outcome'];

export const setOutcomeLabels: Record<SetOutcome, string> = {
  added: 'Đã thêm',
  alreadyPresent: 'Đã có trong máy',
  refused: 'Không nhận',
};

const kindNames: Record<string, string> = { receipt: 'giấy báo nhận', directive: 'văn bản' };

/** The headline of an import from the superior, in Vietnamese. */
export function downlinkHeadline(report: DownlinkReportView): string {
  if (report.result !== 'applied' || !report.batch) return report.reason?.message ?? 'Không nhận tệp này.';
  return `Đã nhận ${kindNames[report.batch.kind] ?? 'tệp'} số ${report.batch.seq} của cấp trên.`;
}
