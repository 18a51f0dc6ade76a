import type { Database, Params } from './database.ts';
import { neo4jDateTime, toClaim, toIso, toSource, toStatement } from './convert.ts';
import { ASSERTIONS, CLAIM, KNOWN, SOURCE, STATEMENT } from './projections.ts';
import {
  NO_COPYING,
  summarize,
  traceOrigins,
  type ClaimCopying,
  type HopRow,
  type ProvenanceFacts,
} from '../domain/provenance.ts';
import type { ClaimRecord, SourceRecord, StatementRecord } from '../domain/records.ts';
import { CLAIM_COPYING, toCopying } from './copy-store.ts';

// One query per batch of claims, reading only what belongs to each claim: its statements (the
// claim's own relationships) and the CITED relationships carrying its id, found through the
// relationship index on CITED.claim. Walking chains from the reporting outlets instead expanded
// every CITED relationship of every outlet on the way (a popular outlet has hundreds of
// thousands) and filtered by claim afterwards. Chains and origins are assembled from these rows
// by the origin rule (traceOrigins); denials and every source named come along, so that the
// answer needs no further query.
/**
 * With $reviewedOnly, statement `r` counts only when a person stands behind it (hand-annotated,
 * or a machine statement someone reviewed); a citation counts with the report it came with.
 */
const REVIEWED = (r: string) => `(NOT $reviewedOnly OR coalesce(${r}.reviewed, true))`;

/** With `copying`, also what merging the claim's copied origins needs (CLAIM_COPYING). */
const provenance = (copying: boolean) => `
  UNWIND $ids AS id
  OPTIONAL MATCH (c:Claim {id: id})
  CALL (c) {
    MATCH (s:Source)-[r:SAID|REPORTED]->(c)
    WHERE ${KNOWN('r')} AND ${REVIEWED('r')}
    RETURN collect({type: type(r), source: s.id}) AS statements, collect(DISTINCT s) AS speakers
  }
  CALL (c) {
    MATCH (a:Source)-[h:CITED]->(b:Source)
    WHERE h.claim = c.id AND ${KNOWN('h')}
      AND (NOT $reviewedOnly OR EXISTS {
        MATCH (a)-[r:REPORTED]->(c) WHERE r.article = h.article AND ${REVIEWED('r')}
      })
    RETURN collect({from: a.id, to: b.id, at: h.at, article: h.article}) AS citations,
      collect(DISTINCT a) + collect(DISTINCT b) AS citedNodes
  }
  CALL (c) {
    MATCH (s:Source)-[r:DENIED]->(c)
    WHERE ${KNOWN('r')} AND ${REVIEWED('r')}
    WITH s, r, c ORDER BY r.at, s.id
    RETURN collect(${STATEMENT}) AS denials, collect(s) AS denierNodes
  }
  CALL (speakers, citedNodes, denierNodes) {
    UNWIND speakers + citedNodes + denierNodes AS s
    WITH DISTINCT s
    RETURN collect(${SOURCE}) AS sources
  }
  ${copying ? CLAIM_COPYING : ''}
  RETURN c IS NOT NULL AS found, CASE WHEN c IS NULL THEN null ELSE ${CLAIM} END AS claim,
    statements, citations, denials, sources${copying ? ', first, pairs' : ''}`;

const PROVENANCE = provenance(false);
const PROVENANCE_WITH_COPYING = provenance(true);

/** What one claim's provenance query returns: the facts, and what the answer shows of them. */
export interface ProvenanceRecord extends ProvenanceFacts {
  claim: ClaimRecord | null;
  /** DENIED statements (as known on asOf), earliest first. */
  denials: StatementRecord[];
  /** Every source the claim's statements, citations and denials name. */
  sources: SourceRecord[];
}

/** A provenance answer's facts: with what merging the claim's copied origins needs. */
export interface CopyingProvenance extends ProvenanceRecord {
  copying: ClaimCopying;
}

/** Runs one read query: the database's, or a write transaction's when facts must see its writes. */
export type Run = (query: string, params: Params) => Promise<Record<string, unknown>[]>;

/** Provenance of each claim (null for an unknown id), as known on `asOf` when given. */
export async function provenanceFacts(
  run: Run,
  ids: readonly string[],
  asOf: string | null = null,
  reviewedOnly = false,
): Promise<(ProvenanceRecord | null)[]> {
  const rows = await run(PROVENANCE, { ids, asOf: asOf && neo4jDateTime(asOf), reviewedOnly });
  return rows.map((r, i) => toFacts(r, ids[i] ?? ''));
}

function toFacts(r: Record<string, unknown>, claimId: string): ProvenanceRecord | null {
  if (!r.found) return null;
  const sources = (r.sources as Record<string, unknown>[]).map(toSource);
  const facts = traceOrigins({
    claimId,
    statements: r.statements as { type: 'SAID' | 'REPORTED'; source: string }[],
    citations: (r.citations as HopRow[]).map((h) => ({
      ...h,
      at: toIso(h.at),
      article: h.article || null,
    })),
    sources: new Map(
      sources.map((s) => [
        s.id,
        s.__typename === 'AnonymousSource'
          ? { anonymous: true, citedBy: s.citedBy }
          : { anonymous: false, citedBy: null },
      ]),
    ),
  });
  return {
    ...facts,
    claim: r.claim ? toClaim(r.claim as Record<string, unknown>) : null,
    denials: (r.denials as Record<string, unknown>[]).map(toStatement),
    sources,
  };
}

// Kept on each claim at write time (and by the start-up migration, server/db/schema.ts), so
// that lists filter and sort through indexes instead of recomputing every claim's origins:
// `anonymousOnly` by the origin rule, `contradicted` (asserted and denied), and `listedAt`, the
// list order (first seen; never-seen claims first, as a null firstSeenAt sorted before).
const SET_DERIVED = `
  UNWIND $rows AS row
  MATCH (c:Claim {id: row.id})
  SET c.anonymousOnly = row.anonymousOnly,
      c.contradicted = EXISTS { (:Source)-[:DENIED]->(c) } AND EXISTS { (:Source)-[:${ASSERTIONS}]->(c) },
      c.listedAt = coalesce(c.firstSeenAt, datetime('9999-12-31T00:00:00Z'))`;

/** Brings the properties kept for lists up to date on these claims. */
export async function refreshDerived(run: Run, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const facts = await provenanceFacts(run, ids);
  const rows = facts.flatMap((f) =>
    f ? [{ id: f.claimId, anonymousOnly: summarize(f, NO_COPYING).anonymousOnly }] : [],
  );
  await run(SET_DERIVED, { rows });
}

export class ProvenanceStore {
  constructor(private readonly db: Database) {}

  /**
   * Provenance of each claim, as known on `asOf` (an ISO date) when given, and from reviewed
   * statements only when asked.
   */
  async factsByClaim(
    ids: readonly string[],
    asOf: string | null = null,
    reviewedOnly = false,
  ): Promise<(CopyingProvenance | null)[]> {
    const rows = await this.db.read(PROVENANCE_WITH_COPYING, {
      ids,
      asOf: asOf && neo4jDateTime(asOf),
      reviewedOnly,
    });
    return rows.map((r, i) => {
      const facts = toFacts(r, ids[i] ?? '');
      return facts && { ...facts, copying: toCopying(r) };
    });
  }
}
