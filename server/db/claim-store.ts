// Claim lists: the filters analysts ask for (anonymous-only, per outlet, denied by, topic,
// contradicted), contradictions, and outlets' sourcing profiles.
import type { Database } from './database.ts';
import { intWindow, toClaim, toNumber, toPage } from './convert.ts';
import { CLAIM } from './projections.ts';
import type { ClaimRecord, Page } from '../domain/records.ts';

export interface ClaimFilter {
  anonymousOnly?: boolean | null;
  reportedBy?: string | null;
  deniedBy?: string | null;
  topic?: string | null;
  contradicted?: boolean | null;
}

// Every list answers from an index: the claims' list order `listedAt` (alone, or after
// `anonymousOnly` or `contradicted` in composite indexes), or, when the filter names a source,
// that source's statements through the (source, at) index, newest first. The flags are kept on
// each claim at write time (refreshDerived in provenance-store.ts), never recomputed here for
// every claim of the graph; counts of one source's claims come from the counters kept on its
// node (source-counters.ts).
/** Each filter's condition; a list states only those of the filters it was given. */
const CONDITIONS: Record<keyof ClaimFilter, string> = {
  topic: '$topic IN c.topics',
  reportedBy: 'EXISTS { (:Source {id: $reportedBy})-[:REPORTED]->(c) }',
  deniedBy: 'EXISTS { (:Source {id: $deniedBy})-[:DENIED]->(c) }',
  contradicted: 'c.contradicted = $contradicted',
  anonymousOnly: 'c.anonymousOnly = $anonymousOnly',
};

interface Driver {
  /** The page: `page`, the claims in the list's order, given the other filters' conditions. */
  page(where: string): string;
  /** How many claims the filters leave, reading them: `total`. */
  count(where: string): string;
}

/**
 * A list that starts from a claim index (hinted: on a small graph the planner would rather scan
 * the list order and filter), in the order that index gives.
 */
const byIndex = (match: string, order: string): Driver => ({
  page: (where) => `
    ${match} ${where}
    WITH c ORDER BY ${order} SKIP $skip LIMIT $limit
    RETURN collect(${CLAIM}) AS page`,
  count: (where) => `${match} ${where} RETURN count(c) AS total`,
});

/**
 * The claims one source reported (or denied), by its newest such statement of each, newest
 * first: an ordered seek on the (source, at) index, each claim kept once, that stops at the
 * page's last claim; then the statements from that claim's newest on, which hold every claim
 * that can be on the page (one at the same instant may sort before it, by id).
 */
const bySource = (type: 'REPORTED' | 'DENIED', source: string): Driver => ({
  page: (where) => `
    CALL () {
      MATCH ()-[r:${type}]->(c) WHERE r.source = ${source} AND r.at IS NOT NULL AND ${where}
      WITH r, c ORDER BY r.source DESC, r.at DESC
      WITH DISTINCT c LIMIT $skip + $limit
      CALL (c) { MATCH (c)<-[r:${type}]-(s) WHERE s.id = ${source} RETURN max(r.at) AS newest }
      RETURN min(newest) AS last
    }
    MATCH ()-[r:${type}]->(c) WHERE r.source = ${source} AND r.at >= last AND ${where}
    WITH c, max(r.at) AS newest ORDER BY newest DESC, c.id SKIP $skip LIMIT $limit
    RETURN collect(${CLAIM}) AS page`,
  count: (where) => `
    MATCH (:Source {id: ${source}})-[:${type}]->(c) WITH DISTINCT c WHERE ${where}
    RETURN count(c) AS total`,
});

/** Where a list starts: the narrowest index its filter allows. */
const DRIVERS = {
  reportedBy: bySource('REPORTED', '$reportedBy'),
  deniedBy: bySource('DENIED', '$deniedBy'),
  anonymousOnly: byIndex(
    `MATCH (c:Claim) USING INDEX c:Claim(anonymousOnly, listedAt)
      WHERE c.anonymousOnly = $anonymousOnly AND c.listedAt IS NOT NULL AND`,
    'c.anonymousOnly DESC, c.listedAt DESC, c.id',
  ),
  contradicted: byIndex(
    `MATCH (c:Claim) USING INDEX c:Claim(contradicted, listedAt)
      WHERE c.contradicted = $contradicted AND c.listedAt IS NOT NULL AND`,
    'c.contradicted DESC, c.listedAt DESC, c.id',
  ),
  listed: byIndex(
    `MATCH (c:Claim) USING INDEX c:Claim(listedAt) WHERE c.listedAt IS NOT NULL AND`,
    'c.listedAt DESC, c.id',
  ),
} satisfies Record<string, Driver>;
type DriverName = keyof typeof DRIVERS;

/** The filters whose count a source's counters hold, by the filters given (in CONDITIONS' order). */
const COUNTED: Record<string, string> = {
  reportedBy: `OPTIONAL MATCH (s:Source {id: $reportedBy}) RETURN coalesce(s.reportedClaims, 0) AS total`,
  'reportedBy,contradicted': `OPTIONAL MATCH (s:Source {id: $reportedBy})
    RETURN coalesce(CASE WHEN $contradicted THEN s.reportedContradicted
      ELSE s.reportedClaims - s.reportedContradicted END, 0) AS total`,
  'reportedBy,anonymousOnly': `OPTIONAL MATCH (s:Source {id: $reportedBy})
    RETURN coalesce(CASE WHEN $anonymousOnly THEN s.reportedAnonymousOnly
      ELSE s.reportedClaims - s.reportedAnonymousOnly END, 0) AS total`,
  deniedBy: `OPTIONAL MATCH (s:Source {id: $deniedBy}) RETURN coalesce(s.deniedClaims, 0) AS total`,
};

/**
 * The page and the count in one query (one round trip per list). Conditions the driver's index
 * already ensures are left out: a count of 300,000 anonymous-only claims then reads the index
 * alone instead of testing every row. Built from constants only, one per filter combination.
 */
function listQuery(driver: DriverName, given: (keyof ClaimFilter)[]): string {
  const rest = given.filter((k) => k !== driver);
  const where = rest.length ? rest.map((k) => CONDITIONS[k]).join(' AND ') : 'true';
  // Unfiltered, the count store answers the count.
  const count = given.length
    ? (COUNTED[given.join(',')] ?? DRIVERS[driver].count(where))
    : `RETURN COUNT { (:Claim) } AS total`;
  return `
    CALL () { ${DRIVERS[driver].page(where)} }
    CALL () { ${count} }
    RETURN page, total`;
}
const LISTS = new Map<string, string>();

// An outlet's profile is its counters (source-counters.ts), and its reports the degree store.
const SOURCING_PROFILES = `
  UNWIND $ids AS id
  OPTIONAL MATCH (o:Outlet {id: id})
  RETURN CASE WHEN o IS NULL THEN 0 ELSE COUNT { (o)-[:REPORTED]->() } END AS reports,
    coalesce(o.ownReporting, 0) AS ownReporting, coalesce(o.citingOutlets, 0) AS citingOutlets,
    coalesce(o.citingActors, 0) AS citingActors, coalesce(o.citingAnonymous, 0) AS citingAnonymous,
    coalesce(o.reportedAnonymousOnly, 0) AS anonymousOnly,
    coalesce(o.reportedContradicted, 0) AS denied`;

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
    const driver: DriverName =
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
    const rows = await this.db.read(SOURCING_PROFILES, { ids });
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
