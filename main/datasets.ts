import { boardsExchange } from './boards/exchange';
import { budgetExchange } from './budget/exchange';
import { disclosuresExchange } from './disclosures/exchange';
import { criteriaAssessmentsExchange, evaluationGradesExchange } from './evaluations/exchange';
import type { ExchangedDataset } from './exchange/outbound/dataset';
import { meetingsExchange } from './meetings/exchange';
import { petitionsExchange } from './petitions/exchange';
import { quarterlyReportsExchange } from './reports/exchange';

/** What this ward sends up to its superior. A capability adds its dataset here; the exchange code is not touched. */
export const exchangedDatasets: ExchangedDataset[] = [
  budgetExchange,
  meetingsExchange,
  evaluationGradesExchange,
  criteriaAssessmentsExchange,
  disclosuresExchange,
  petitionsExchange,
  boardsExchange,
  quarterlyReportsExchange,
];
