import type { InboundContext } from './context';
import { listQuarantine, removeFromQuarantine } from './folders';
import { importFiles, type ImportReport } from './import';

/**
 * Imports the quarantined files again (after a key was registered or the software upgraded). A file that now
 * goes through, or is refused for another reason, leaves its old quarantine folder. Forks stay for review.
 */
export async function retryQuarantined(ctx: InboundContext): Promise<ImportReport> {
  const waiting = listQuarantine(ctx.dataDir).filter((file) => file.code !== 'FORK');
  const fileNames = Object.fromEntries(waiting.map((file) => [file.path, file.fileName]));
  const report = await importFiles(ctx, waiting.map((file) => file.path), { dryRun: false, fileNames });
  waiting.forEach((file, index) => {
    const after = report.files[index]!;
    if (after.result !== 'quarantined' || after.reason?.code !== file.code) removeFromQuarantine(ctx.dataDir, file.code, file.fileSha256);
  });
  return report;
}
