import type { Database } from './db/database.ts';
import { createStores, type Stores } from './stores.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { Principal } from './security.ts';

export interface Context {
  stores: Stores;
  loaders: Loaders;
  principal: Principal;
}

/** Built once per request: loaders must never cache across requests. */
export function createContext(db: Database, principal: Principal): Context {
  const stores = createStores(db);
  return { stores, loaders: createLoaders(stores), principal };
}
