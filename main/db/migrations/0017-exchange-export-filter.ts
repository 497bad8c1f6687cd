import type { Migration } from './types';

/** A batch a ward sent for one period or some datasets only (docs/exchange-format.md §5.3.1): the sent list shows the slice. */
export const exchangeExportFilter: Migration = {
  version: 17,
  name: 'exchange-export-filter',
  up: `
    ALTER TABLE exchange_sent_batch ADD COLUMN filter_json TEXT;
  `,
};
