import type { z } from 'zod';
import { accountsChannels } from './accounts';
import { appChannels } from './app';
import { attachmentsChannels } from './attachments';
import { auditChannels } from './audit';
import { backupChannels } from './backup';
import { budgetChannels, budgetFileChannels } from './budget';
import { filesChannels } from './files';
import { meetingsChannels } from './meetings';
import { evaluationsChannels } from './evaluations';
import { criteriaChannels } from './criteria';
import { boardsChannels } from './boards';
import { disclosuresChannels } from './disclosures';
import { petitionsChannels } from './petitions';
import { reportsChannels } from './reports';
import { exchangeChannels, exchangeInboundChannels } from './exchange';
import { consolidationChannels } from './consolidation';
import { exchangeDownlinkChannels } from './exchangeDownlink';
import { calendarChannels } from './calendar';
import { dashboardChannels } from './dashboard';
import { staffChannels } from './staff';
import { wardChannels } from './ward';

/**
 * The one contract between renderer and main: every channel with its input and output schema.
 * A capability adds its channels here and nowhere else.
 */
export const contract = {
  ...appChannels,
  ...accountsChannels,
  ...wardChannels,
  ...staffChannels,
  ...backupChannels,
  ...calendarChannels,
  ...dashboardChannels,
  ...auditChannels,
  ...budgetChannels,
  ...budgetFileChannels,
  ...filesChannels,
  ...attachmentsChannels,
  ...meetingsChannels,
  ...evaluationsChannels,
  ...criteriaChannels,
  ...boardsChannels,
  ...disclosuresChannels,
  ...petitionsChannels,
  ...reportsChannels,
  ...exchangeChannels,
  ...exchangeInboundChannels,
  ...consolidationChannels,
  ...exchangeDownlinkChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller passes (defaults may be omitted). */
export type In<C extends Channel> = z.input<Contract[C]['input']>;
/** What the handler receives after validation. */
export type Parsed<C extends Channel> = z.output<Contract[C]['input']>;
export type Out<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
