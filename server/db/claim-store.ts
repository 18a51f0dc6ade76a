// Claim lists: the filters analysts ask for (anonymous-only, per outlet, denied by, topic,
// contradicted), contradictions, and outlets' sourcing profiles.
import type { Database } from './database.ts';
import { intWindow, toClaim, toNumber, toPage } from './convert.ts';
import { ANONYMOUS_ONLY, ASSERTIONS, CITED, CLAIM } from './projections.ts';
import type { ClaimRecord, Page } from '../domain/records.ts';

export interface ClaimFilter {
  anonymousOnly?: boolean | null;
  reportedBy?: string | null;
  deniedBy?: string | null;
  topic?: string | null;
  contradicted?: boolean | null;
}

const CLAIMS = `
  MATCH (c:Claim)
  WHERE ($topic IS NULL OR $topic IN c.topics)
    AND ($reportedBy IS NULL OR EXISTS { (:Source {id: $reportedBy})-[:REPORTED]->(c) })
    AND ($deniedBy IS NULL OR EXISTS { (:Source {id: $deniedBy})-[:DENIED]->(c) })
    AND ($contradicted IS NULL OR
         (EXISTS { (:Source)-[:${ASSERTIONS}]->(c) } AND EXISTS { (:Source)-[:DENIED]->(c) }) = $contradicted)
  ${ANONYMOUS_ONLY}
  WITH c, anonymousOnly WHERE $anonymousOnly IS NULL OR anonymousOnly = $anonymousOnly
  WITH c ORDER BY c.firstSeenAt DESC, c.id
  WITH collect(c) AS matched
  RETURN size(matched) AS total, [c IN matched[$skip..$skip + $limit] | ${CLAIM}] AS page`;

// The filter without the origins walk, for the common case that does not ask for anonymity.
const CLAIMS_PLAIN = CLAIMS.replace(ANONYMOUS_ONLY, 'WITH c, null AS anonymousOnly');

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
    ${ANONYMOUS_ONLY}
    RETURN count(CASE WHEN anonymousOnly THEN 1 END) AS anonymousOnly,
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

const CONTRADICTIONS = `
  MATCH (c:Claim)
  WHERE EXISTS { (:Source)-[:DENIED]->(c) } AND EXISTS { (:Source)-[:${ASSERTIONS}]->(c) }
  WITH c ORDER BY c.firstSeenAt DESC, c.id
  WITH collect(c) AS matched
  RETURN size(matched) AS total, [c IN matched[$skip..$skip + $limit] | ${CLAIM}] AS page`;

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
      asOf: null,
      ...intWindow(window),
    };
    return this.page(params.anonymousOnly == null ? CLAIMS_PLAIN : CLAIMS, params, window);
  }

  contradictions(window: { skip: number; limit: number }): Promise<Page<ClaimRecord>> {
    return this.page(CONTRADICTIONS, intWindow(window), window);
  }

  private async page(
    query: string,
    params: Record<string, unknown>,
    window: { skip: number; limit: number },
  ) {
    const [row] = await this.db.read(query, params);
    return toPage(row, toClaim, window);
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
