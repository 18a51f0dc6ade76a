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
