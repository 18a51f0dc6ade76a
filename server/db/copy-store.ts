// The likely-copy pairs the last full recompute stored as (copier)-[:LIKELY_COPIES]->(original)
// (server/db/credibility-store.ts writes them), read per outlet and per claim.
import type { Database } from './database.ts';
import { neo4jDateTime, toIso, toNumber } from './convert.ts';
import { KNOWN } from './projections.ts';
import type { ClaimCopying, CopyPair } from '../domain/provenance.ts';
import type { LikelyCopyRecord } from '../domain/records.ts';

const EVIDENCE = `{outlet: x.id, sharedClaims: l.sharedClaims, sharedFalseClaims: l.sharedFalseClaims,
  copierFirstClaims: coalesce(l.copierFirstClaims, 0), medianDelayHours: l.medianDelayHours, score: l.score, computedAt: l.computedAt}`;

const BY_OUTLET = `
  UNWIND $ids AS id
  OPTIONAL MATCH (o:Outlet {id: id})
  RETURN COLLECT { MATCH (o)<-[l:LIKELY_COPIES]-(x:Outlet) RETURN ${EVIDENCE} ORDER BY l.score DESC, x.id } AS copies,
         COLLECT { MATCH (o)-[l:LIKELY_COPIES]->(x:Outlet) RETURN ${EVIDENCE} ORDER BY l.score DESC, x.id } AS copiedFrom`;

// Each outlet's first report of claim `c`, as the recompute reads it (an undated one at 0), and
// the stored pairs among those outlets: an outlet has a few pairs, so they are expanded from it.
// In a view (as of a date, reviewed statements only), only the reports that view shows. A
// fragment, so that a claim's provenance query reads it in the same round trip.
export const CLAIM_COPYING = `
  CALL (c) {
    MATCH (o:Outlet)-[r:REPORTED]->(c)
    WHERE ${KNOWN('r')} AND (NOT $reviewedOnly OR coalesce(r.reviewed, true))
    WITH o, min(coalesce(toFloat(r.at.epochMillis), 0.0)) AS at
    WITH collect([o.id, at]) AS first, collect(o) AS outlets
    RETURN first, COLLECT {
      UNWIND outlets AS a
      MATCH (a)-[l:LIKELY_COPIES]->(b) WHERE b IN outlets
      RETURN {copier: a.id, original: b.id, sharedClaims: l.sharedClaims, sharedFalseClaims: l.sharedFalseClaims,
              copierFirstClaims: coalesce(l.copierFirstClaims, 0), medianDelayHours: l.medianDelayHours, score: l.score}
    } AS pairs
  }`;

const BY_CLAIM = `
  UNWIND $ids AS id
  OPTIONAL MATCH (c:Claim {id: id})
  ${CLAIM_COPYING}
  RETURN first, pairs`;

/** What CLAIM_COPYING read, as merging a claim's copied origins needs it. */
export function toCopying(r: Record<string, unknown>): ClaimCopying {
  const copies = new Map<string, Map<string, CopyPair>>();
  for (const p of r.pairs as Record<string, unknown>[]) {
    const pair: CopyPair = {
      copier: String(p.copier),
      original: String(p.original),
      sharedClaims: toNumber(p.sharedClaims),
      sharedFalseClaims: toNumber(p.sharedFalseClaims),
      copierFirstClaims: toNumber(p.copierFirstClaims),
      medianDelayHours: Number(p.medianDelayHours),
      score: Number(p.score),
    };
    const m = copies.get(pair.copier) ?? new Map<string, CopyPair>();
    m.set(pair.original, pair);
    copies.set(pair.copier, m);
  }
  return { firstReported: new Map(r.first as [string, number][]), copies };
}

const ALL = `
  MATCH (a:Outlet)-[l:LIKELY_COPIES]->(b:Outlet)
  RETURN a.id AS copier, b.id AS original, l.score AS score ORDER BY l.score DESC, copier, original`;

export interface OutletCopies {
  /** Outlets that likely copy this one. */
  copies: LikelyCopyRecord[];
  /** Outlets this one likely copies. */
  copiedFrom: LikelyCopyRecord[];
}

const toEvidence = (r: Record<string, unknown>): LikelyCopyRecord => ({
  outlet: String(r.outlet),
  sharedClaims: toNumber(r.sharedClaims),
  sharedFalseClaims: toNumber(r.sharedFalseClaims),
  copierFirstClaims: toNumber(r.copierFirstClaims),
  medianDelayHours: Number(r.medianDelayHours),
  score: Number(r.score),
  computedAt: toIso(r.computedAt) ?? '',
});

export class CopyStore {
  constructor(private readonly db: Database) {}

  /** Every stored pair, strongest first (for checking the detector against known copying). */
  async all(): Promise<{ copier: string; original: string; score: number }[]> {
    return (await this.db.read(ALL)).map((r) => ({
      copier: String(r.copier),
      original: String(r.original),
      score: Number(r.score),
    }));
  }

  /** Per outlet id, in key order: its likely copies and what it likely copies (empty for a miss). */
  async byOutlet(ids: readonly string[]): Promise<OutletCopies[]> {
    const rows = await this.db.read(BY_OUTLET, { ids });
    return rows.map((r) => ({
      copies: (r.copies as Record<string, unknown>[]).map(toEvidence),
      copiedFrom: (r.copiedFrom as Record<string, unknown>[]).map(toEvidence),
    }));
  }

  /**
   * Per claim id, in key order: what merging its copied origins needs, in the view its
   * provenance is asked in. The pairs are always the last full recompute's.
   */
  async byClaim(
    ids: readonly string[],
    asOf: string | null = null,
    reviewedOnly = false,
  ): Promise<ClaimCopying[]> {
    const rows = await this.db.read(BY_CLAIM, {
      ids,
      asOf: asOf && neo4jDateTime(asOf),
      reviewedOnly,
    });
    return rows.map(toCopying);
  }
}
