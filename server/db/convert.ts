// Neo4j values become plain JavaScript values here, before anything reaches a resolver.
import neo4j from 'neo4j-driver';
import type {
  ArticleRecord,
  ClaimRecord,
  NodeRecord,
  Page,
  SourceRecord,
  StatementRecord,
  EvidenceRecord,
  StatementType,
  VerdictRecord,
} from '../domain/records.ts';

/** A page query's row `{page, total}` as a Page of records: the one shape every page query returns. */
export function toPage<T>(
  row: Record<string, unknown> | undefined,
  convert: (r: Record<string, unknown>) => T,
  window: { skip: number; limit: number },
): Page<T> {
  return {
    items: ((row?.page ?? []) as Record<string, unknown>[]).map(convert),
    total: row ? toNumber(row.total) : 0,
    ...window,
  };
}

export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') return value;
  throw new TypeError(`expected a number from Neo4j, got ${typeof value}`);
}

/** JavaScript numbers reach Cypher as floats, which SKIP, LIMIT and batch sizes refuse. */
export const int = (n: number) => neo4j.int(n);

export function intWindow(w: { skip: number; limit: number }) {
  return { skip: int(w.skip), limit: int(w.limit) };
}

/** An ISO instant as a Neo4j DateTime, to compare with stored dates. */
export function neo4jDateTime(iso: string) {
  return neo4j.types.DateTime.fromStandardDate(new Date(iso));
}

/** Neo4j DateTime / Date → ISO 8601 string in UTC; null stays null. */
export function toIso(value: unknown): string | null {
  if (value == null) return null;
  if (neo4j.isDateTime(value) || neo4j.isDate(value) || neo4j.isLocalDateTime(value)) {
    const s = value.toString();
    // A Date has no time part: read it as midnight UTC, as the import format does.
    return new Date(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00Z` : s).toISOString();
  }
  if (typeof value === 'string') return value;
  throw new TypeError(`expected a temporal value from Neo4j, got ${typeof value}`);
}

/** Recursively converts Integers and temporals in a record value (maps, lists). */
export function toPlain(value: unknown): unknown {
  if (value == null) return null;
  if (neo4j.isInt(value)) return toNumber(value);
  if (neo4j.isDateTime(value) || neo4j.isDate(value) || neo4j.isLocalDateTime(value))
    return toIso(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]),
    );
  }
  return value;
}

// Row shapes below are produced by the projections in projections.ts.
type Row = Record<string, unknown>;
const str = (v: unknown) => (v == null ? null : String(v));
const strs = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

export function toClaim(row: Row): ClaimRecord {
  return {
    __typename: 'Claim',
    id: String(row.id),
    text: String(row.text ?? ''),
    topics: strs(row.topics),
    firstSeenAt: toIso(row.firstSeenAt),
  };
}

export function toSource(row: Row): SourceRecord {
  const labels = strs(row.labels);
  const base = { id: String(row.id), name: String(row.name ?? row.description ?? row.id) };
  if (labels.includes('Outlet'))
    return { __typename: 'Outlet', ...base, domain: str(row.domain), country: str(row.country) };
  if (labels.includes('AnonymousSource')) {
    return {
      __typename: 'AnonymousSource',
      ...base,
      description: String(row.description ?? base.name),
      count: row.count == null ? null : toNumber(row.count),
      affiliation: str(row.affiliation),
      citedBy: str(row.citedBy),
    };
  }
  return {
    __typename: 'Actor',
    ...base,
    kind: String(row.kind ?? 'PERSON'),
    role: str(row.role),
    country: str(row.country),
    aliases: strs(row.aliases),
  };
}

export function toArticle(row: Row): ArticleRecord {
  return {
    __typename: 'Article',
    id: String(row.id),
    url: String(row.url),
    title: str(row.title),
    publishedAt: toIso(row.publishedAt) ?? '',
    outlet: str(row.outlet),
  };
}

export function toNode(row: Row): NodeRecord {
  const labels = strs(row.labels);
  if (labels.includes('Claim')) return toClaim(row);
  if (labels.includes('Article')) return toArticle(row);
  if (labels.includes('Verdict')) return toVerdict(row);
  return toSource(row);
}

export function toStatement(row: Row): StatementRecord {
  const article = str(row.article) || null;
  return {
    id: `${row.type}:${row.source}:${row.claim}@${article ?? ''}`,
    type: row.type as StatementType,
    source: String(row.source),
    claim: String(row.claim),
    at: toIso(row.at) ?? '',
    quote: str(row.quote),
    article,
    citing: strs(row.citing),
    machine: row.machine === true,
    reviewed: row.reviewed !== false,
    reviewedBy: str(row.reviewedBy),
    reviewedAt: toIso(row.reviewedAt),
    evidence: toEvidence(row.evidence),
  };
}

const span = (v: unknown): [number, number] | null =>
  Array.isArray(v) && v.length === 2 ? [toNumber(v[0]), toNumber(v[1])] : null;

function toEvidence(v: unknown): EvidenceRecord | null {
  if (v === null || typeof v !== 'object') return null;
  const e = v as Row;
  return {
    sentence: String(e.sentence),
    source: span(e.source),
    cue: span(e.cue) ?? [0, 0],
    content: span(e.content) ?? [0, 0],
    confidence: Number(e.confidence),
    method: String(e.method),
  };
}

export const toVerdict = (v: Record<string, unknown>): VerdictRecord => ({
  __typename: 'Verdict',
  id: String(v.id),
  claim: String(v.claim),
  reviewer: String(v.reviewer),
  rating: String(v.rating),
  ratingText: v.ratingText == null ? null : String(v.ratingText),
  reviewedAt: toIso(v.reviewedAt) ?? '',
  url: String(v.url),
});
