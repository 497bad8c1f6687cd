import type { Migration } from './types';
import { foundation } from './0001-foundation';
import { documents } from './0002-documents';
import { budget } from './0003-budget';
import { attachments } from './0004-attachments';
import { meetings } from './0005-meetings';
import { evaluations } from './0006-evaluations';
import { selfAssessment } from './0007-self-assessment';
import { disclosures } from './0008-disclosures';
import { petitions } from './0009-petitions';
import { boards } from './0010-boards';
import { exchangeWard } from './0011-exchange-ward';
import { exchangeSuperior } from './0012-exchange-superior';
import { exchangeDownlink } from './0013-exchange-downlink';
import { exchangeCovers } from './0014-exchange-covers';
import { quarterlyReports } from './0015-quarterly-reports';
import { exchangeFiles } from './0016-exchange-files';
import { exchangeExportFilter } from './0017-exchange-export-filter';
import { budgetTextCells } from './0018-budget-text-cells';
import { meetingBallots } from './0019-meeting-ballots';

/** Every migration ever shipped, in order. Never edit a shipped step: add the next one. */
export const migrations: readonly Migration[] = [foundation, documents, budget, attachments, meetings, evaluations, selfAssessment, disclosures, petitions, boards, exchangeWard, exchangeSuperior, exchangeDownlink, exchangeCovers, quarterlyReports, exchangeFiles, exchangeExportFilter, budgetTextCells, meetingBallots];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
export type { Migration };
