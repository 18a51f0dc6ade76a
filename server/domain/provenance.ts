// The provenance rules, as pure functions over what one Cypher query returns for a claim.
import type { StatementRecord } from './records.ts';

export interface ChainRow {
  sources: string[];
  hops: { from: string; to: string; at: string | null; article: string | null }[];
}

export type HopRow = ChainRow['hops'][number];

export interface OriginRow {
  id: string;
  anonymous: boolean;
  /** For an anonymous source: the outlet that cited it. */
  citedBy: string | null;
  said: boolean;
  reported: boolean;
}

export interface ProvenanceFacts {
  claimId: string;
  chains: ChainRow[];
  origins: OriginRow[];
  reports: number;
}

export interface ProvenanceSummary {
  origins: (OriginRow & { basis: 'SAID' | 'REPORTED' | 'CITED' })[];
  chains: (ChainRow & { depth: number; origin: string; anonymousOrigin: boolean })[];
  independentOrigins: number;
  mergedOrigins: MergedOriginRow[];
  anonymousOnly: boolean;
  circular: boolean;
  reports: number;
  maxDepth: number;
}

/**
 * Origins are independent unless they may be the same voice: anonymous sources cited by one
 * outlet count as one (nothing shows "a senior official" and "two officials" of the same outlet
 * are different people), while two outlets' anonymous sources are never assumed to be the same.
 */
export function independenceKey(o: Pick<OriginRow, 'id' | 'anonymous' | 'citedBy'>): string {
  return o.anonymous ? `anonymous-via:${o.citedBy ?? o.id}` : o.id;
}

/**
 * Two outlets judged copying by the last full recompute (server/domain/credibility-copying.ts):
 * `copier` carries `original`'s claims uncited shortly after it.
 */
export interface CopyPair {
  copier: string;
  original: string;
  sharedClaims: number;
  sharedFalseClaims: number;
  medianDelayHours: number;
  score: number;
}

/**
 * What merging copies needs of one claim: when each outlet carrying it first reported it
 * (milliseconds since the epoch), and the likely-copy pairs among them, copier → original.
 */
export interface ClaimCopying {
  firstReported: ReadonlyMap<string, number>;
  copies: ReadonlyMap<string, ReadonlyMap<string, CopyPair>>;
}

/** An origin taken as a copy of another carrier of the same claim, and why. */
/** No likely copies among a claim's outlets. */
export const NO_COPYING: ClaimCopying = { firstReported: new Map(), copies: new Map() };

export interface MergedOriginRow {
  origin: string;
  mergedInto: string;
  reason: string;
}

/**
 * How many independent origins back a claim: the one rule behind every such count in the API
 * and in the recompute. An origin that likely copies an outlet which carried the same claim
 * before it is merged into that outlet (its report is that outlet's, Dong et al. 2009); of the
 * rest, origins that may be the same voice count once (independenceKey).
 */
export function independence(
  origins: readonly Pick<OriginRow, 'id' | 'anonymous' | 'citedBy'>[],
  copying: ClaimCopying,
): { independentOrigins: number; mergedOrigins: MergedOriginRow[] } {
  const mergedOrigins: MergedOriginRow[] = [];
  for (const o of origins) {
    const originals = copying.copies.get(o.id);
    const at = copying.firstReported.get(o.id);
    if (!originals || at === undefined) continue;
    let into: CopyPair | undefined;
    for (const pair of originals.values())
      if (
        (copying.firstReported.get(pair.original) ?? Infinity) < at &&
        pair.score > (into?.score ?? -1)
      )
        into = pair;
    if (!into) continue;
    mergedOrigins.push({
      origin: o.id,
      mergedInto: into.original,
      reason:
        `${o.id} likely copies ${into.original}, which carried this claim before it: ${o.id} ` +
        `carried ${into.sharedClaims} of ${into.original}'s claims uncited soon after it ` +
        `(${into.sharedFalseClaims} later refuted; median delay ${into.medianDelayHours.toFixed(1)} h; ` +
        `score ${into.score.toFixed(2)})`,
    });
  }
  const merged = new Set(mergedOrigins.map((m) => m.origin));
  const independent = new Set(origins.filter((o) => !merged.has(o.id)).map(independenceKey));
  return { independentOrigins: independent.size, mergedOrigins };
}

/** A CITED relationship of one claim: `from` attributed the claim to `to`. */
export interface CitationRow {
  from: string;
  to: { id: string; anonymous: boolean; citedBy: string | null };
}

/**
 * The origin rule of ORIGINS (server/db/projections.ts) over one claim's statements and
 * citations held in memory, for the credibility recompute, which reads every claim and cannot
 * afford a variable-length walk from outlets with hundreds of thousands of citations each: a
 * chain starts at a source that reported the claim and that nobody cites for it and ends at a
 * source that cites no one (at most 12 hops); a source that said the claim and that nobody
 * cites is an origin on its own. test/integration/credibility-denials.test.ts pins the two to
 * the same count on the synthetic corpus.
 */
export function originsOf(
  statements: readonly { type: string; source: CitationRow['to'] }[],
  citations: readonly CitationRow[],
): OriginRow[] {
  const cited = new Set(citations.map((c) => c.to.id));
  const next = new Map<string, CitationRow['to'][]>();
  for (const c of citations) next.set(c.from, [...(next.get(c.from) ?? []), c.to]);
  const origins = new Map<string, OriginRow>();
  const add = (o: { id: string; anonymous: boolean; citedBy: string | null }) => {
    const row = origins.get(o.id) ?? { ...o, said: false, reported: false };
    origins.set(o.id, row);
  };
  for (const { type, source } of statements) {
    if (cited.has(source.id)) continue;
    if (type === 'SAID') add(source);
    if (type !== 'REPORTED') continue;
    let frontier = [source];
    const seen = new Set([source.id]);
    for (let depth = 0; depth <= 12 && frontier.length > 0; depth++) {
      const following: CitationRow['to'][] = [];
      for (const n of frontier) {
        const out = next.get(n.id);
        if (!out) add(n);
        else if (depth < 12)
          for (const t of out)
            if (!seen.has(t.id)) {
              seen.add(t.id);
              following.push(t);
            }
      }
      frontier = following;
    }
  }
  for (const { type, source } of statements) {
    const o = origins.get(source.id);
    if (o && type === 'SAID') o.said = true;
    if (o && type === 'REPORTED') o.reported = true;
  }
  return [...origins.values()];
}

export function summarize(facts: ProvenanceFacts, copying: ClaimCopying): ProvenanceSummary {
  const byId = new Map(facts.origins.map((o) => [o.id, o]));
  const chains = facts.chains.map((c) => {
    const origin = c.sources.at(-1) ?? '';
    return {
      ...c,
      depth: c.hops.length,
      origin,
      anonymousOrigin: byId.get(origin)?.anonymous ?? false,
    };
  });
  const origins = facts.origins.map((o) => ({
    ...o,
    basis: o.said ? ('SAID' as const) : o.reported ? ('REPORTED' as const) : ('CITED' as const),
  }));
  const { independentOrigins, mergedOrigins } = independence(origins, copying);
  return {
    origins,
    chains,
    independentOrigins,
    mergedOrigins,
    anonymousOnly: origins.length > 0 && origins.every((o) => o.anonymous),
    circular: facts.reports > 1 && independentOrigins === 1,
    reports: facts.reports,
    maxDepth: Math.max(0, ...chains.map((c) => c.depth)),
  };
}

export type ChainAnswer = ProvenanceSummary['chains'][number];

/** A claim's provenance as the API answers it. */
export type ProvenanceAnswer = ProvenanceSummary & {
  claimId: string;
  asOf: string | null;
  denials: StatementRecord[];
};
