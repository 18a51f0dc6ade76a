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

/**
 * What a claim's provenance is built from, all read from the claim's side: its SAID and REPORTED
 * statements and the CITED relationships that carry its id (as known on a date, when asked so).
 */
export interface ClaimEvidence {
  claimId: string;
  statements: { type: 'SAID' | 'REPORTED'; source: string }[];
  citations: HopRow[];
  /** Every source the statements and citations name. */
  sources: ReadonlyMap<string, { anonymous: boolean; citedBy: string | null }>;
}

/** Chains longer than this are not followed (a citation loop would otherwise never end). */
export const MAX_CHAIN_HOPS = 12;

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
  /** Claims of the original's own the copier carried uncited within 48 h after it. */
  sharedClaims: number;
  sharedFalseClaims: number;
  /** Claims the copier carried uncited within 48 h before the original (against copying). */
  copierFirstClaims: number;
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
        `(${into.sharedFalseClaims} later refuted; ${into.copierFirstClaims} carried before it; ` +
        `median delay ${into.medianDelayHours.toFixed(1)} h; ` +
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
 * traceOrigins' rule without its chains, for the credibility recompute, which needs only the
 * origins of every claim in the graph: a breadth-first walk visits each source once where
 * traceOrigins lists every path. test/integration/credibility-denials.test.ts pins the two to
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
  // In id order, as traceOrigins gives them: the same graph gives the same answer however it
  // was loaded (statements arrive in storage order).
  return [...origins.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The origin rule, the one definition every origin in the graph comes from. A chain starts at a
 * source that REPORTED the claim and that nobody cites for it, and follows the CITED
 * relationships carrying the claim's id (each at most once) to a source that cites no one for it:
 * that source is an origin. A source that SAID the claim and that nobody cites for it is an
 * origin on its own. The walk is over the claim's few rows, so its cost depends on the claim,
 * not on how many citations its sources made about other claims.
 */
export function traceOrigins(evidence: ClaimEvidence): ProvenanceFacts {
  const { statements, citations, sources } = evidence;
  const cited = new Set(citations.map((h) => h.to));
  const citing = new Set(citations.map((h) => h.from));
  const out = new Map<string, number[]>();
  citations.forEach((h, i) => out.set(h.from, [...(out.get(h.from) ?? []), i]));
  const said = new Set(statements.filter((s) => s.type === 'SAID').map((s) => s.source));
  const reported = new Set(statements.filter((s) => s.type === 'REPORTED').map((s) => s.source));

  const chains = new Map<string, ChainRow>();
  const walk = (node: string, path: string[], hops: number[]) => {
    if (!citing.has(node)) {
      const chain = { sources: path, hops: hops.map((i) => citations[i]!) };
      chains.set(JSON.stringify(chain), chain);
    }
    if (hops.length === MAX_CHAIN_HOPS) return;
    for (const i of out.get(node) ?? []) {
      if (!hops.includes(i)) walk(citations[i]!.to, [...path, citations[i]!.to], [...hops, i]);
    }
  };
  for (const top of reported) if (!cited.has(top)) walk(top, [top], []);

  const ends = new Set([...chains.values()].map((c) => c.sources.at(-1)!));
  for (const s of said) if (!cited.has(s)) ends.add(s);
  const origins = [...ends].map((id) => ({
    id,
    anonymous: sources.get(id)?.anonymous ?? false,
    citedBy: sources.get(id)?.citedBy ?? null,
    said: said.has(id),
    reported: reported.has(id),
  }));
  return {
    claimId: evidence.claimId,
    // Outlets with the same origin give the same chain once each; sorted for a stable answer.
    chains: [...chains.values()].sort((a, b) =>
      a.sources.join('>').localeCompare(b.sources.join('>')),
    ),
    origins: origins.sort((a, b) => a.id.localeCompare(b.id)),
    reports: statements.filter((s) => s.type === 'REPORTED').length,
  };
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
