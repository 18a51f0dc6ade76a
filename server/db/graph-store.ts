// Batch lookups behind the per-request DataLoaders: one UNWIND query per batch, results in key
// order, null for misses.
import type { Database } from './database.ts';
import {
  intWindow,
  toArticle,
  toClaim,
  toNode,
  toNumber,
  toPage,
  toSource,
  toStatement,
} from './convert.ts';
import { ARTICLE, CLAIM, SOURCE, STATEMENT, STATEMENT_UNCITED, STATEMENTS } from './projections.ts';
import { STATEMENT_TYPES } from '../domain/statements.ts';
import type {
  ArticleRecord,
  ClaimRecord,
  NodeRecord,
  Page,
  SourceRecord,
  StatementRecord,
  StatementType,
} from '../domain/records.ts';

const CLAIMS_BY_ID = `
  UNWIND $ids AS id
  OPTIONAL MATCH (c:Claim {id: id})
  RETURN CASE WHEN c IS NULL THEN null ELSE ${CLAIM} END AS row`;

const SOURCES_BY_ID = `
  UNWIND $ids AS id
  OPTIONAL MATCH (s:Source {id: id})
  RETURN CASE WHEN s IS NULL THEN null ELSE ${SOURCE} END AS row`;

const ARTICLES_BY_ID = `
  UNWIND $ids AS id
  OPTIONAL MATCH (a:Article {id: id})
  RETURN CASE WHEN a IS NULL THEN null ELSE ${ARTICLE} END AS row`;

const NODES_BY_ID = `
  UNWIND $ids AS id
  OPTIONAL MATCH (s:Source {id: id})
  OPTIONAL MATCH (c:Claim {id: id})
  OPTIONAL MATCH (a:Article {id: id})
  OPTIONAL MATCH (v:Verdict {id: id})
  WITH coalesce(s, c, a, v) AS n
  RETURN CASE WHEN n IS NULL THEN null ELSE n {.*, labels: labels(n)} END AS row`;

/**
 * Every statement about each claim, earliest first, with the sources that made them and the
 * claim itself (null when there is none): a query that asks for statements nearly always asks
 * who made them, and `claim(id) { statements }` needs the claim too; each saves a round trip.
 */
const STATEMENTS_BY_CLAIM = `
  UNWIND $ids AS id
  OPTIONAL MATCH (c:Claim {id: id})
  CALL (c) {
    MATCH (s:Source)-[r:${STATEMENTS}]->(c)
    WITH s, r, c ORDER BY r.at, s.id, type(r)
    RETURN collect(${STATEMENT}) AS statements, collect(DISTINCT ${SOURCE}) AS sources
  }
  RETURN CASE WHEN c IS NULL THEN null ELSE ${CLAIM} END AS claim, statements, sources`;

/** With $reviewedOnly, only statements a person stands behind. */
const REVIEWED = '(NOT $reviewedOnly OR coalesce(r.reviewed, true))';

/**
 * One page of each claim's statements (of one type, or all), earliest first as the whole list,
 * with their sources and the claim (null when there is none), and how many there are, from the
 * degree store unless only reviewed statements count; keys of a batch share type and window.
 * Whom each source cited is read only when the page asks for it: an index seek per statement.
 * A statement always comes from a source: no label check on the far node.
 */
const statementsOfClaims = (types: readonly StatementType[], citing: boolean) => `
  UNWIND $ids AS id
  OPTIONAL MATCH (c:Claim {id: id})
  CALL (c) {
    MATCH (s)-[r:${types.join('|')}]->(c) WHERE ${REVIEWED}
    WITH s, r, c ORDER BY r.at, s.id, type(r)
    SKIP $skip LIMIT $limit
    RETURN collect(${citing ? STATEMENT : STATEMENT_UNCITED}) AS statements,
      collect(DISTINCT ${SOURCE}) AS sources
  }
  RETURN CASE WHEN c IS NULL THEN null ELSE ${CLAIM} END AS claim, statements, sources,
    CASE
      WHEN c IS NULL THEN 0
      WHEN $reviewedOnly THEN COUNT { (c)<-[r:${types.join('|')}]-() WHERE coalesce(r.reviewed, true) }
      ELSE COUNT { (c)<-[:${types.join('|')}]-() }
    END AS total`;

const STATEMENTS_OF_CLAIMS = new Map<string, string>(
  [null, ...STATEMENT_TYPES].flatMap((t) =>
    [false, true].map(
      (citing) =>
        [`${t}|${citing}`, statementsOfClaims(t ? [t] : STATEMENT_TYPES, citing)] as const,
    ),
  ),
);

/**
 * A source's statements of one type that can be on a page of `$skip + $limit`, newest first:
 * an ordered seek on the (source, at) index that stops at the page's last statement, then the
 * statements from that one's time on (a statement at the same instant may sort before it).
 * Reading a popular outlet's statements to sort them cost what its whole history costs
 * (408,609 reports for the largest at a million claims); this costs what the page costs.
 */
const candidates = (type: StatementType) => `
  CALL (id) {
    MATCH ()-[r:${type}]->() WHERE r.source = id AND r.at IS NOT NULL AND ${REVIEWED}
    WITH r ORDER BY r.source DESC, r.at DESC LIMIT $skip + $limit
    RETURN min(r.at) AS last
  }
  MATCH (s)-[r:${type}]->(c) WHERE r.source = id AND r.at >= last AND ${REVIEWED}
  RETURN s, r, c`;

/**
 * One page of each source's statements (of one type, or all: each type's candidates, merged),
 * newest first, with their claims (a query that asks for statements nearly always asks what
 * they are about: a round trip saved), and how many there are, from the degree store; keys of
 * a batch share type and window. Statements at the same instant are ordered by claim and type:
 * the relationship's own id changes when a graph is reloaded, so the same data would page
 * differently.
 */
const statementsBySource = (types: readonly StatementType[]) => `
  UNWIND $ids AS id
  CALL (id) {
    CALL (id) {
      ${types.map(candidates).join('\n      UNION ALL\n')}
    }
    WITH s, r, c ORDER BY r.at DESC, c.id, type(r)
    SKIP $skip LIMIT $limit
    RETURN collect(${STATEMENT}) AS statements, collect(DISTINCT ${CLAIM}) AS claims
  }
  CALL (id) {
    OPTIONAL MATCH (s:Source {id: id})
    RETURN CASE WHEN s IS NULL THEN null ELSE ${SOURCE} END AS source, CASE
      WHEN s IS NULL THEN 0
      WHEN $reviewedOnly THEN COUNT { (s)-[r:${types.join('|')}]->() WHERE coalesce(r.reviewed, true) }
      ELSE COUNT { (s)-[:${types.join('|')}]->() }
    END AS total
  }
  RETURN statements, claims, total, source`;

const STATEMENTS_BY_SOURCE = new Map<StatementType | null, string>([
  [null, statementsBySource(STATEMENT_TYPES)],
  ...STATEMENT_TYPES.map((t) => [t, statementsBySource([t])] as const),
]);

/** One page of sources by name, optionally of one label (Actor, Outlet, AnonymousSource). */
const SOURCES = `
  CALL () {
    MATCH (s:Source) WHERE $label IS NULL OR $label IN labels(s)
    RETURN count(s) AS total
  }
  CALL () {
    MATCH (s:Source) WHERE $label IS NULL OR $label IN labels(s)
    WITH s ORDER BY s.name, s.id
    SKIP $skip LIMIT $limit
    RETURN collect(${SOURCE}) AS page
  }
  RETURN total, page`;

const rowOrNull =
  <T>(convert: (r: Record<string, unknown>) => T) =>
  (r: Record<string, unknown>) =>
    r.row == null ? null : convert(r.row as Record<string, unknown>);

export class GraphStore {
  constructor(private readonly db: Database) {}

  async claimsById(ids: readonly string[]): Promise<(ClaimRecord | null)[]> {
    return (await this.db.read(CLAIMS_BY_ID, { ids })).map(rowOrNull(toClaim));
  }

  async sourcesById(ids: readonly string[]): Promise<(SourceRecord | null)[]> {
    return (await this.db.read(SOURCES_BY_ID, { ids })).map(rowOrNull(toSource));
  }

  async sources(
    label: string | null,
    window: { skip: number; limit: number },
  ): Promise<Page<SourceRecord>> {
    const [row] = await this.db.read(SOURCES, { label, ...intWindow(window) });
    return toPage(row, toSource, window);
  }

  async articlesById(ids: readonly string[]): Promise<(ArticleRecord | null)[]> {
    return (await this.db.read(ARTICLES_BY_ID, { ids })).map(rowOrNull(toArticle));
  }

  async nodesById(ids: readonly string[]): Promise<(NodeRecord | null)[]> {
    return (await this.db.read(NODES_BY_ID, { ids })).map(rowOrNull(toNode));
  }

  async statementsByClaim(
    ids: readonly string[],
  ): Promise<
    { claim: ClaimRecord | null; statements: StatementRecord[]; sources: SourceRecord[] }[]
  > {
    const rows = await this.db.read(STATEMENTS_BY_CLAIM, { ids });
    return rows.map((r) => ({
      claim: r.claim == null ? null : toClaim(r.claim as Record<string, unknown>),
      statements: (r.statements as Record<string, unknown>[]).map(toStatement),
      sources: (r.sources as Record<string, unknown>[]).map(toSource),
    }));
  }

  async statementPagesByClaim(
    ids: readonly string[],
    window: {
      type: StatementType | null;
      skip: number;
      limit: number;
      reviewedOnly: boolean;
      citing: boolean;
    },
  ): Promise<
    { claim: ClaimRecord | null; page: Page<StatementRecord>; sources: SourceRecord[] }[]
  > {
    const rows = await this.readPages(
      STATEMENTS_OF_CLAIMS.get(`${window.type}|${window.citing}`),
      ids,
      window,
    );
    return rows.map((r) => ({
      claim: r.claim == null ? null : toClaim(r.claim as Record<string, unknown>),
      page: {
        items: (r.statements as Record<string, unknown>[]).map(toStatement),
        total: toNumber(r.total),
        skip: window.skip,
        limit: window.limit,
      },
      sources: (r.sources as Record<string, unknown>[]).map(toSource),
    }));
  }

  async statementsBySource(
    ids: readonly string[],
    window: { type: StatementType | null; skip: number; limit: number; reviewedOnly: boolean },
  ): Promise<(Page<StatementRecord> & { claims: ClaimRecord[]; source: SourceRecord | null })[]> {
    const rows = await this.readPages(STATEMENTS_BY_SOURCE.get(window.type), ids, window);
    return rows.map((r) => ({
      items: (r.statements as Record<string, unknown>[]).map(toStatement),
      claims: (r.claims as Record<string, unknown>[]).map(toClaim),
      source: r.source == null ? null : toSource(r.source as Record<string, unknown>),
      total: toNumber(r.total),
      skip: window.skip,
      limit: window.limit,
    }));
  }

  /** One page per id, read by the query built for `window.type` (none: a type it does not know). */
  private readPages(
    query: string | undefined,
    ids: readonly string[],
    window: { type: StatementType | null; skip: number; limit: number; reviewedOnly: boolean },
  ) {
    if (!query) throw new Error(`unknown statement type ${window.type}`);
    return this.db.read(query, { ids, ...intWindow(window), reviewedOnly: window.reviewedOnly });
  }
}
