import type { Db } from '../../db/database';
import type { Clock } from '../../runtime/ports';

/** What the superior's import needs: the database, the clock, the data folder (inbox, quarantine) and who is acting. */
export interface InboundContext {
  db: Db;
  clock: Clock;
  dataDir: string;
  /** The operator as logged: the account's username in the app, `cli:<os user>` on the command line. */
  operator: string;
}

/** This office's own code (ward_profile), the `recipientCode` every incoming batch must name. */
export function officeCode(db: Db): string | null {
  return (db.prepare('SELECT code FROM ward_profile WHERE id = 1').get() as { code: string } | undefined)?.code ?? null;
}
