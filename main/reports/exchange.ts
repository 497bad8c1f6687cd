import type { Db } from '../db/database';
import { recordIds, type ExchangedDataset } from '../exchange/outbound/dataset';
import { latestFinalizedReports } from './queries';

/** Each quarter's report in its latest finalized version: number, date, and every section as printed. Drafts stay home. */
function finalizedReports(db: Db) {
  const idOf = recordIds(db);
  return latestFinalizedReports(db).map((report) => ({
    id: idOf('quarterlyReport', report.period),
    period: report.period,
    data: {
      year: report.year,
      quarter: report.quarter,
      from: report.from,
      to: report.to,
      version: report.version,
      number: report.number,
      issuedOn: report.issuedOn,
      finalizedAt: report.finalizedAt,
      correctionReason: report.correctionReason,
      sections: report.sections.map((section) => ({
        key: section.key,
        title: section.title,
        figures: section.figures,
        items: section.items,
        narrative: section.narrative,
      })),
    },
  }));
}

export const quarterlyReportsExchange: ExchangedDataset = {
  dataset: 'quarterly_reports',
  schemaVersion: 1,
  label: 'Báo cáo quý kết quả thực hiện dân chủ ở cơ sở',
  records: finalizedReports,
};
