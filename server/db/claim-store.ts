// Claim lists: the filters analysts ask for (anonymous-only, per outlet, denied by, topic,
// contradicted), contradictions, and outlets' sourcing profiles.
import type { Database } from './database.ts';
import { intWindow, toClaim, toNumber, toPage } from './convert.ts';
import { CITED, CLAIM } from './projections.ts';
import type { ClaimRecord, Page } from '../domain/records.ts';

export interface ClaimFilter {
  anonymousOnly?: boolean | null;
  reportedBy?: string | null;
  deniedBy?: string | null;
  topic?: string | null;
  contradicted?: boolean | null;
}

// Every list answers from an index: the claims' list order `listedAt` (alone, or after
// `anonymousOnly` or `contradicted` in composite indexes), or the one source's statements when
// the filter names a source. The flags are kept on each claim at write time (refreshDerived in
// provenance-store.ts), never recomputed here for every claim of the graph.
/** Each filter's condition; a list states only those of the filters it was given. */
const CONDITIONS: Record<keyof ClaimFilter, string> = {
  topic: '$topic IN c.topics',
  reportedBy: 'EXISTS { (:Source {id: $reportedBy})-[:REPORTED]->(c) }',
  deniedBy: 'EXISTS { (:Source {id: $deniedBy})-[:DENIED]->(c) }',
  contradicted: 'c.contradicted = $contradicted',
  anonymousOnly: 'c.anonymousOnly = $anonymousOnly',
};

/**
 * Where a list starts: the narrowest index its filter allows (hinted: on a small graph the
 * planner would rather scan the list order and filter), and the order that index gives.
 */
const DRIVERS = {
  reportedBy: {
    match: `MATCH (:Source {id: $reportedBy})-[:REPORTED]->(c:Claim) WITH DISTINCT c WHERE`,
    order: 'c.listedAt DESC, c.id',
  },
  deniedBy: {
    match: `MATCH (:Source {id: $deniedBy})-[:DENIED]->(c:Claim) WITH DISTINCT c WHERE`,
    order: 'c.listedAt DESC, c.id',
  },
  anonymousOnly: {
    match: `MATCH (c:Claim) USING INDEX c:Claim(anonymousOnly, listedAt)
      WHERE c.anonymousOnly = $anonymousOnly AND c.listedAt IS NOT NULL AND`,
    order: 'c.anonymousOnly DESC, c.listedAt DESC, c.id',
  },
  contradicted: {
    match: `MATCH (c:Claim) USING INDEX c:Claim(contradicted, listedAt)
      WHERE c.contradicted = $contradicted AND c.listedAt IS NOT NULL AND`,
    order: 'c.contradicted DESC, c.listedAt DESC, c.id',
  },
  listed: {
    match: `MATCH (c:Claim) USING INDEX c:Claim(listedAt) WHERE c.listedAt IS NOT NULL AND`,
    order: 'c.listedAt DESC, c.id',
  },
} as const;
type Driver = keyof typeof DRIVERS;

/**
 * The page and the count in one query (one round trip per list). Conditions the driver's index
 * already ensures are left out: a count of 300,000 anonymous-only claims then reads the index
 * alone instead of testing every row. Built from constants only, one per filter combination.
 */
function listQuery(driver: Driver, given: (keyof ClaimFilter)[]): string {
  const rest = given.filter((k) => k !== driver);
  const where = rest.length ? rest.map((k) => CONDITIONS[k]).join(' AND ') : 'true';
  const { match, order } = DRIVERS[driver];
  // Unfiltered, the count store answers the count.
  const count = given.length
    ? `${match} ${where} RETURN count(c) AS total`
    : `RETURN COUNT { (:Claim) } AS total`;
  return `
    CALL () {
      ${match} ${where}
      WITH c ORDER BY ${order} SKIP $skip LIMIT $limit
      RETURN collect(${CLAIM}) AS page
    }
    CALL () { ${count} }
    RETURN page, total`;
}
const LISTS = new Map<string, string>();

const SOURCING_PROFILES = `
  UNWIND $ids AS id
  CALL (id) {
    OPTIONAL MATCH (o:Outlet {id: id})-[r:REPORTED]->(c:Claim)
    WITH o, r, c, COLLECT { ${CITED('o', 'c', 'r.article')} RETURN t } AS cited
    RETURN count(r) AS reports,
           count(CASE WHEN r IS NOT NULL AND size(cited) = 0 THEN 1 END) AS ownReporting,
           count(CASE WHEN any(t IN cited WHERE t:Outlet) THEN 1 END) AS citingOutlets,
           count(CASE WHEN any(t IN cited WHERE t:Actor) THEN 1 END) AS citingActors,
           count(CASE WHEN any(t IN cited WHERE t:AnonymousSource) THEN 1 END) AS citingAnonymous,
           collect(DISTINCT c) AS claims
  }
  CALL (claims) {
    UNWIND claims AS c
    RETURN count(CASE WHEN c.anonymousOnly THEN 1 END) AS anonymousOnly,
           count(CASE WHEN EXISTS { (:Source)-[:DENIED]->(c) } THEN 1 END) AS denied
  }
  RETURN reports, ownReporting, citingOutlets, citingActors, citingAnonymous, anonymousOnly, denied`;

export interface SourcingProfile {
  reports: number;
  ownReporting: number;
  citingOutlets: number;
  citingActors: number;
  citingAnonymous: number;
  anonymousOnly: number;
  denied: number;
  anonymousShare: number;
  reReportShare: number;
}

export class ClaimStore {
  constructor(private readonly db: Database) {}

  async list(
    filter: ClaimFilter,
    window: { skip: number; limit: number },
  ): Promise<Page<ClaimRecord>> {
    const params = {
      anonymousOnly: filter.anonymousOnly ?? null,
      reportedBy: filter.reportedBy ?? null,
      deniedBy: filter.deniedBy ?? null,
      topic: filter.topic ?? null,
      contradicted: filter.contradicted ?? null,
      ...intWindow(window),
    };
    const driver: Driver =
      params.reportedBy != null
        ? 'reportedBy'
        : params.deniedBy != null
          ? 'deniedBy'
          : params.anonymousOnly != null
            ? 'anonymousOnly'
            : params.contradicted != null
              ? 'contradicted'
              : 'listed';
    const given = (Object.keys(CONDITIONS) as (keyof ClaimFilter)[]).filter(
      (k) => params[k] != null,
    );
    const key = `${driver}:${given.join(',')}`;
    if (!LISTS.has(key)) LISTS.set(key, listQuery(driver, given));
    const [row] = await this.db.read(LISTS.get(key)!, params);
    return toPage(row, toClaim, window);
  }

  /** Claims both asserted and denied: the contradicted filter, under its own name. */
  contradictions(window: { skip: number; limit: number }): Promise<Page<ClaimRecord>> {
    return this.list({ contradicted: true }, window);
  }

  async sourcingProfiles(ids: readonly string[]): Promise<SourcingProfile[]> {
    const rows = await this.db.read(SOURCING_PROFILES, { ids, asOf: null });
    return rows.map((r) => {
      const n = (k: string) => toNumber(r[k]);
      const reports = n('reports');
      return {
        reports,
        ownReporting: n('ownReporting'),
        citingOutlets: n('citingOutlets'),
        citingActors: n('citingActors'),
        citingAnonymous: n('citingAnonymous'),
        anonymousOnly: n('anonymousOnly'),
        denied: n('denied'),
        anonymousShare: reports === 0 ? 0 : n('citingAnonymous') / reports,
        reReportShare: reports === 0 ? 0 : n('citingOutlets') / reports,
      };
    });
  }
}
