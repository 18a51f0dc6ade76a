// One store per domain, over one Database. Loaders and the context both build on this, so it
// sits below them both (the context imports the loaders, never the reverse).
import type { Database } from './db/database.ts';
import { ClaimStore } from './db/claim-store.ts';
import { CopyStore } from './db/copy-store.ts';
import { GraphStore } from './db/graph-store.ts';
import { ImportStore } from './db/import-store.ts';
import { MatchStore } from './db/match-store.ts';
import { ProvenanceStore } from './db/provenance-store.ts';
import { SearchStore } from './db/search-store.ts';
import { StatsStore } from './db/stats-store.ts';
import { CredibilityStore } from './db/credibility-store.ts';
import { VerdictStore } from './db/verdict-store.ts';

export function createStores(db: Database) {
  return {
    stats: new StatsStore(db),
    graph: new GraphStore(db),
    claims: new ClaimStore(db),
    provenance: new ProvenanceStore(db),
    search: new SearchStore(db),
    imports: new ImportStore(db),
    matches: new MatchStore(db),
    verdicts: new VerdictStore(db),
    credibility: new CredibilityStore(db),
    copies: new CopyStore(db),
  };
}

export type Stores = ReturnType<typeof createStores>;
