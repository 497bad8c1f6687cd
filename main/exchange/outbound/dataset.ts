import { sha256Hex } from '../envelope/canonical';
import type { Db } from '../../db/database';
import { getInstallation } from '../../installation/service';

/** One record a capability sends up: its local state only; the exchange adds the version, the hash and the unit. */
export type ExchangedRecord = { id: string; period: string | null; data: unknown };

/**
 * What a capability sends up, registered in main/datasets.ts. `dataset` names the record file
 * (`[a-z][a-z0-9_]{0,63}`); `schemaVersion` goes up whenever the shape of `data` changes.
 */
export type ExchangedDataset = {
  dataset: string;
  schemaVersion: number;
  /** Vietnamese, for people (lists, summaries). */
  label: string;
  records(db: Db): ExchangedRecord[];
};

const READABLE_KEY = /^[A-Za-z0-9_-]+(:[A-Za-z0-9_-]+)*$/;

/**
 * Makes record ids stable across exports and unique across installations: `<installationId>:<localKey>`, or,
 * when the local key is text that does not fit (a group's Vietnamese name), `<installationId>:<hash of it>`.
 */
export function recordIds(db: Db): (...localKey: Array<string | number>) => string {
  const { installationId } = getInstallation(db);
  return (...localKey) => {
    const key = localKey.join(':');
    const id = `${installationId}:${key}`;
    return id.length <= 64 && READABLE_KEY.test(key) ? id : `${installationId}:${sha256Hex(key).slice(0, 24)}`;
  };
}

/** The calendar year of an ISO date, as an exchange period (`2026`). */
export function yearPeriod(date: string | number | null): string | null {
  return date === null ? null : String(date).slice(0, 4);
}
