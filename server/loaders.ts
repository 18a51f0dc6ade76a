// Per-request DataLoaders: each batch is one UNWIND query. Created with the request's context,
// so nothing is cached across requests.
import DataLoader from 'dataloader';
import { present } from './errors.ts';
import type { Stores } from './stores.ts';
import type {
  ClaimRecord,
  Page,
  SourceRecord,
  StatementRecord,
  StatementType,
} from './domain/records.ts';

const MAX_BATCH = 500;
const opts = { maxBatchSize: MAX_BATCH };

export interface ProvenanceViewKey {
  id: string;
  asOf: string | null;
  reviewedOnly: boolean;
}

export interface SourceStatementsKey {
  id: string;
  type: StatementType | null;
  skip: number;
  limit: number;
  /** Leave out machine statements nobody has reviewed yet. */
  reviewedOnly: boolean;
}

export interface ClaimStatementsKey extends SourceStatementsKey {
  /** Whom each statement's source cited: read only when the query asks for it. */
  citing: boolean;
}

/**
 * A loader over keys of an id and a window (page, filters): keys that share a window go in one
 * query; different windows are different queries, in parallel.
 */
function perWindow<K extends { id: string }, T>(
  window: (k: K) => string,
  fetch: (ids: string[], first: K) => Promise<T[]>,
) {
  return new DataLoader(
    async (keys: readonly K[]) => {
      const groups = new Map<string, K[]>();
      for (const k of keys) groups.set(window(k), [...(groups.get(window(k)) ?? []), k]);
      const results = new Map<K, T>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const found = await fetch(
            group.map((k) => k.id),
            group[0]!,
          );
          group.forEach((k, i) => results.set(k, found[i]!));
        }),
      );
      return keys.map((k) => results.get(k)!);
    },
    { ...opts, cacheKeyFn: (k) => `${k.id}|${window(k)}` },
  );
}

/** A loader over (id, view) keys that asks once per view (date, reviewed only) in each batch. */
function perView<T>(
  fetch: (ids: string[], asOf: string | null, reviewedOnly: boolean) => Promise<T[]>,
) {
  const view = (k: ProvenanceViewKey) => `${k.asOf}|${k.reviewedOnly}`;
  return new DataLoader(
    async (keys: readonly ProvenanceViewKey[]) => {
      const byView = new Map<string, ProvenanceViewKey[]>();
      for (const k of keys) byView.set(view(k), [...(byView.get(view(k)) ?? []), k]);
      const found = new Map<string, T>();
      for (const group of byView.values()) {
        const [{ asOf, reviewedOnly }] = group as [ProvenanceViewKey];
        const ids = group.map((k) => k.id);
        (await fetch(ids, asOf, reviewedOnly)).forEach((f, i) =>
          found.set(`${ids[i]}|${view(group[i]!)}`, f),
        );
      }
      return keys.map((k) => found.get(`${k.id}|${view(k)}`)!);
    },
    { ...opts, cacheKeyFn: (k) => `${k.id}|${view(k)}` },
  );
}

export function createLoaders(stores: Stores) {
  const { graph, claims, provenance, verdicts, credibility, copies } = stores;
  const claim = new DataLoader((ids: readonly string[]) => graph.claimsById(ids), opts);
  const source = new DataLoader((ids: readonly string[]) => graph.sourcesById(ids), opts);
  // Queries that return statements bring the sources or claims they name along; priming the
  // loaders with them spares the round trip a resolver would otherwise start for each level.
  const primeSources = (sources: readonly SourceRecord[]) => {
    for (const s of sources) source.prime(s.id, s);
  };
  const primeClaims = (records: readonly ClaimRecord[]) => {
    for (const c of records) claim.prime(c.id, c);
  };
  const provenanceFacts = async (
    ids: readonly string[],
    asOf: string | null = null,
    reviewedOnly = false,
  ) =>
    (await provenance.factsByClaim(ids, asOf, reviewedOnly)).map((f) => {
      if (f) {
        primeSources(f.sources);
        if (f.claim) primeClaims([f.claim]);
      }
      return f;
    });
  return {
    claim,
    source,
    article: new DataLoader((ids: readonly string[]) => graph.articlesById(ids), opts),
    node: new DataLoader((ids: readonly string[]) => graph.nodesById(ids), opts),
    claimStatements: new DataLoader(
      async (ids: readonly string[]) =>
        (await graph.statementsByClaim(ids)).map((r, i) => {
          primeSources(r.sources);
          claim.prime(ids[i]!, r.claim);
          return r.statements;
        }),
      opts,
    ),
    // One page of a claim's statements, with its sources and the claim itself.
    claimStatementPage: perWindow(
      (k: ClaimStatementsKey) => `${k.type}|${k.skip}|${k.limit}|${k.reviewedOnly}|${k.citing}`,
      async (ids, window) =>
        (await graph.statementPagesByClaim(ids, window)).map((r, i) => {
          primeSources(r.sources);
          claim.prime(ids[i]!, r.claim);
          return r.page;
        }),
    ),
    sourceStatements: perWindow(
      (k: SourceStatementsKey) => `${k.type}|${k.skip}|${k.limit}|${k.reviewedOnly}`,
      async (ids, window): Promise<Page<StatementRecord>[]> =>
        (await graph.statementsBySource(ids, window)).map(
          ({ claims: found, source: s, ...page }, i) => {
            primeClaims(found);
            source.prime(ids[i]!, s);
            return page;
          },
        ),
    ),
    verdicts: new DataLoader((ids: readonly string[]) => verdicts.byClaim(ids), opts),
    assessment: new DataLoader((ids: readonly string[]) => credibility.assessments(ids), opts),
    credibility: new DataLoader((ids: readonly string[]) => credibility.bySourceIds(ids), opts),
    sourcingProfile: new DataLoader((ids: readonly string[]) => claims.sourcingProfiles(ids), opts),
    provenance: new DataLoader((ids: readonly string[]) => provenanceFacts(ids), opts),
    // The stored likely-copy pairs of each outlet, with their evidence.
    outletCopies: new DataLoader((ids: readonly string[]) => copies.byOutlet(ids), opts),
    // As-of or reviewed-only provenance is rarer: batched per view (date, reviewed only).
    provenanceView: perView((ids, asOf, reviewedOnly) => provenanceFacts(ids, asOf, reviewedOnly)),
    // What merging a claim's copied origins needs, in the same views as its provenance.
    claimCopying: perView((ids, asOf, reviewedOnly) => copies.byClaim(ids, asOf, reviewedOnly)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Sources that must exist (chain members, cited sources), in order; one batch, like loadMany. */
export const presentSources = (loaders: Loaders, ids: readonly string[]) =>
  Promise.all(ids.map((id) => present(loaders.source.load(id), `source ${id}`)));

/** The source `id` if it is a `kind` (an Actor where the SDL says Actor), else null. */
export async function sourceOfKind<K extends SourceRecord['__typename']>(
  loaders: Loaders,
  id: string | null,
  kind: K,
): Promise<Extract<SourceRecord, { __typename: K }> | null> {
  const s = id ? await loaders.source.load(id) : null;
  return s?.__typename === kind ? (s as Extract<SourceRecord, { __typename: K }>) : null;
}
