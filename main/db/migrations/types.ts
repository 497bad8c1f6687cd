import type { Db } from '../database';

/** A forward-only schema step. `up` is SQL, or a function for steps that must move data. */
export interface Migration {
  version: number;
  name: string;
  up: string | ((db: Db) => void);
}
