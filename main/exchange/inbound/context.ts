import type { Db } from '../../db/database';
import type { Clock } from '../../runtime/ports';

/** What the superior's import needs: the database, the clock, the data folder (inbox, quarantine) and who is acting. */
export interface InboundContext {
  db: Db;
  clock: Clock;
  dataDir: string;
  /** The operator as logged: the account's username in the app, `cli:<os user>` on the command line. */
  operator: string;
  /** The bundled verification worker (dist/main/verify-worker.cjs); absent, files are verified on this thread. */
  verifyWorker?: string;
}
