import type { Database } from './database.ts';
import { intWindow, toClaim, toSource } from './convert.ts';
import { CLAIM, SOURCE } from './projections.ts';
import type { ClaimRecord, SourceRecord } from '../domain/records.ts';

const SEARCH = `
  CALL () {
    CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: $skip + $limit + 1}) YIELD node AS c, score
    WHERE $claims
    RETURN ${CLAIM} AS claim, null AS source, score
    UNION ALL
    CALL db.index.fulltext.queryNodes('source_names', $query, {limit: $skip + $limit + 1}) YIELD node AS s, score
    WHERE $sources
    RETURN null AS claim, ${SOURCE} AS source, score
  }
  WITH claim, source, score ORDER BY score DESC, coalesce(claim.id, source.id)
  SKIP $skip LIMIT $limit + 1
  RETURN claim, source, score`;

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
    const rows = await this.db.read(SEARCH, { query, ...scope, ...intWindow(window) });
    const hits: SearchHit[] = rows.map((r) => ({
      node: r.claim
        ? toClaim(r.claim as Record<string, unknown>)
        : toSource(r.source as Record<string, unknown>),
      score: Number(r.score),
    }));
    return hits;
  }
}
