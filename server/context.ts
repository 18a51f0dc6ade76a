import type { Database } from './db/database.ts';
import { StatsStore } from './db/stats-store.ts';

export interface Stores {
  stats: StatsStore;
}

export interface Context {
  stores: Stores;
}

export function createStores(db: Database): Stores {
  return { stats: new StatsStore(db) };
}

/** Built once per request: loaders must never cache across requests. */
export function createContext(db: Database): Context {
  return { stores: createStores(db) };
}
