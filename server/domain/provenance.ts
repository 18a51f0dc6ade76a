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
export function independenceKey(o: OriginRow): string {
  return o.anonymous ? `anonymous-via:${o.citedBy ?? o.id}` : o.id;
}

/** How many independent origins back a claim: the one rule behind every such count in the API. */
export const countIndependentOrigins = (origins: readonly OriginRow[]): number =>
  new Set(origins.map(independenceKey)).size;

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

export function summarize(facts: ProvenanceFacts): ProvenanceSummary {
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
  const independentOrigins = countIndependentOrigins(origins);
  return {
    origins,
    chains,
    independentOrigins,
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
