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
