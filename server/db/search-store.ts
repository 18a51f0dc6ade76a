import type { Database } from './database.ts';
import { intWindow, toClaim, toSource } from './convert.ts';
import { CLAIM, SOURCE } from './projections.ts';
import type { ClaimRecord, SourceRecord } from '../domain/records.ts';

const CLAIM_HITS = `
    CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: $skip + $limit + 1}) YIELD node AS c, score
    RETURN ${CLAIM} AS claim, null AS source, score`;
const SOURCE_HITS = `
    CALL db.index.fulltext.queryNodes('source_names', $query, {limit: $skip + $limit + 1}) YIELD node AS s, score
    RETURN null AS claim, ${SOURCE} AS source, score`;

/**
 * One page of hits in claims, sources or both, best first. Each scope is a query of its own: a
 * `WHERE $sources` after the index call would still run the source index's Lucene query (and
 * read its hits' properties) only to drop them.
 */
const search = (hits: string) => `
  CALL () {${hits}
  }
  WITH claim, source, score ORDER BY score DESC, coalesce(claim.id, source.id)
  SKIP $skip LIMIT $limit + 1
  RETURN claim, source, score`;
const SEARCH = {
  claims: search(CLAIM_HITS),
  sources: search(SOURCE_HITS),
  both: search(`${CLAIM_HITS}\n    UNION ALL${SOURCE_HITS}`),
};

export interface SearchHit {
  node: ClaimRecord | SourceRecord;
  score: number;
}

export class SearchStore {
  constructor(private readonly db: Database) {}

  async search(
    query: string,
    scope: { claims: boolean; sources: boolean },
    window: { skip: number; limit: number },
  ) {
    const cypher = scope.claims
      ? scope.sources
        ? SEARCH.both
        : SEARCH.claims
      : scope.sources
        ? SEARCH.sources
        : null;
    if (!cypher) return [];
    const rows = await this.db.read(cypher, { query, ...intWindow(window) });
    const hits: SearchHit[] = rows.map((r) => ({
      node: r.claim
        ? toClaim(r.claim as Record<string, unknown>)
        : toSource(r.source as Record<string, unknown>),
      score: Number(r.score),
    }));
    return hits;
  }
}
