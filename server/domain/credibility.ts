// The credibility method (docs/credibility.md), as pure functions over what the credibility
// store streams out of Neo4j: one row per claim. The full recompute, the as-of score, a claim's
// assessment and the incremental update after a verdict all count through these, so that they
// cannot drift apart.
import type { Rating } from './claimreview.ts';
import { independence, NO_COPYING, type OriginRow } from './provenance.ts';
import { ASSERTING, RESOLVING, type StatementType } from './statements.ts';

export const METHOD = {
  version: 'credibility-v2',
  /** Truth-discovery passes (claims from sources, sources from claims). */
  iterations: 5,
  /** TruthFinder's dampening factor on a claim's support. */
  gamma: 0.8,
  /** How much an echo (a re-report with attribution) supports a claim, relative to an origin. */
  echoWeight: 0.1,
  /** Pseudo-predictions of prior evidence, at the prior mean, in the Beta posterior and in trust smoothing. */
  priorStrength: 2,
  neutral: 0.5,
  /** Trust is kept inside this range so that -ln(1 - t) stays finite. */
  maxTrust: 0.95,
};

const TRUE_RATINGS: ReadonlySet<string> = new Set<Rating>(['TRUE', 'MOSTLY_TRUE']);
const FALSE_RATINGS: ReadonlySet<string> = new Set<Rating>(['FALSE', 'MOSTLY_FALSE']);

/** One statement on a claim, as the stream carries it. */
export interface StatementFact {
  type: StatementType;
  /** The source that made the statement. */
  source: string;
  /**
   * Who answers for it: the source, or for an anonymous source the outlet citing it (null for
   * an anonymous source nobody cites, which no one can answer for).
   */
  accountable: string | null;
  /** For a report: it cites an anonymous source for the claim in the same article. */
  citesAnonymous: boolean;
  /** For a report: it cites a named source (an outlet or an actor) in the same article. */
  citesNamed: boolean;
}

export interface ClaimFacts {
  id: string;
  /** The rating of the claim's latest verdict, null without one. */
  rating: string | null;
  statements: StatementFact[];
  /** The claim's origins by the provenance rule (originsOf, the in-memory form of ORIGINS). */
  origins: OriginRow[];
}

export type Resolution = -1 | 0 | 1;

/**
 * How a claim is settled: the latest verdict decides when there is one (open for MIXED and
 * UNVERIFIABLE); without one a confirmation on the record makes it true, and a retraction by
 * one of its asserters makes it false. The one definition of claim resolution.
 */
export function resolve(rating: string | null, statements: readonly StatementFact[]): Resolution {
  if (rating !== null) return TRUE_RATINGS.has(rating) ? 1 : FALSE_RATINGS.has(rating) ? -1 : 0;
  if (statements.some((s) => s.type === RESOLVING.true)) return 1;
  const asserters = new Set(
    statements.filter((s) => s.type === 'SAID' || s.type === 'REPORTED').map((s) => s.source),
  );
  return statements.some((s) => s.type === RESOLVING.false && asserters.has(s.source)) ? -1 : 0;
}

const asserting: ReadonlySet<StatementType> = new Set(ASSERTING);

/**
 * Who answers for a claim, and how. Asserters put it forward on their own account: they SAID or
 * CONFIRMED it, or REPORTED it citing nobody or only anonymous sources. Echoes re-reported it
 * citing a named source, and answer for nothing. Deniers DENIED it. Anonymous sources answer
 * through the outlet that cites them; a source that both asserts and denies counts as an
 * asserter only.
 */
export function roles(statements: readonly StatementFact[]): {
  asserters: string[];
  echoes: string[];
  deniers: string[];
} {
  const asserters = new Set<string>();
  const echoes = new Set<string>();
  const deniers = new Set<string>();
  for (const s of statements) {
    if (s.accountable === null) continue;
    if (s.type === 'DENIED') deniers.add(s.accountable);
    else if (!asserting.has(s.type)) continue;
    else if (s.type === 'REPORTED' && s.citesNamed && !s.citesAnonymous) echoes.add(s.accountable);
    else asserters.add(s.accountable);
  }
  return {
    asserters: [...asserters],
    echoes: [...echoes].filter((e) => !asserters.has(e)),
    deniers: [...deniers].filter((d) => !asserters.has(d)),
  };
}

/**
 * Independent origins of a claim, by the provenance rule (one count everywhere). Its origins
 * come with likely copies already merged (the recompute merges them through `independence`).
 */
export const independentOrigins = (facts: ClaimFacts) =>
  independence(facts.origins, NO_COPYING).independentOrigins;

const weight = (trust: number) => -Math.log(1 - Math.min(trust, METHOD.maxTrust));
const sigmoid = (sigma: number) => 1 / (1 + Math.exp(-METHOD.gamma * sigma));

/** A claim's confidence from the trust of those who answer for it (TruthFinder-style). */
export function confidence(
  resolution: Resolution,
  r: ReturnType<typeof roles>,
  trust: (id: string) => number,
): number {
  if (resolution !== 0) return resolution === 1 ? 1 : 0;
  let sigma = 0;
  for (const a of r.asserters) sigma += weight(trust(a));
  for (const e of r.echoes) sigma += METHOD.echoWeight * weight(trust(e));
  for (const d of r.deniers) sigma -= weight(trust(d));
  return sigmoid(sigma);
}

export interface Evidence {
  /** Claims the source asserted (answers for). */
  claims: number;
  confirmed: number;
  refuted: number;
  /** Of its claims, denied by someone. */
  denied: number;
  /** Of its claims, backed by another independent origin. */
  corroborated: number;
  /** Claims the source denied. */
  denials: number;
  /** Of its denials, of claims later refuted. */
  denialsUpheld: number;
  /** Of its denials, of claims later confirmed. */
  denialsProvenWrong: number;
  reports: number;
  anonymousReports: number;
  reReports: number;
}

export const emptyEvidence = (): Evidence => ({
  claims: 0,
  confirmed: 0,
  refuted: 0,
  denied: 0,
  corroborated: 0,
  denials: 0,
  denialsUpheld: 0,
  denialsProvenWrong: 0,
  reports: 0,
  anonymousReports: 0,
  reReports: 0,
});

/** Predictions a verdict settled: right ones, and all of them. */
export const settled = (e: Evidence) => ({
  right: e.confirmed + e.denialsUpheld,
  total: e.confirmed + e.refuted + e.denialsUpheld + e.denialsProvenWrong,
});

/** The truth-discovery prior from the open predictions: Σ confidence they were right, smoothed. */
export const prior = (openRight: number, open: number) =>
  (openRight + METHOD.neutral * METHOD.priorStrength) / (open + METHOD.priorStrength);

/** The Beta-Bernoulli posterior mean: settled predictions, with the prior as `priorStrength` pseudo-predictions. */
export function score(e: Evidence, priorMean: number) {
  const { right, total } = settled(e);
  const priorWeight = METHOD.priorStrength / (total + METHOD.priorStrength);
  return {
    score: (right + METHOD.priorStrength * priorMean) / (total + METHOD.priorStrength),
    components: {
      prior: priorMean,
      priorStrength: METHOD.priorStrength,
      priorWeight,
      observedReliability: total === 0 ? null : right / total,
      observedWeight: 1 - priorWeight,
    },
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The evidence in words, the lines an analyst reads first; zero counts are left out. */
export function summary(e: Evidence): string[] {
  const lines: [number, string, string][] = [
    [e.confirmed, 'claim confirmed', 'claims confirmed'],
    [e.refuted, 'claim refuted', 'claims refuted'],
    [e.denialsUpheld, 'denial upheld', 'denials upheld'],
    [e.denialsProvenWrong, 'denial proven wrong', 'denials proven wrong'],
    [e.denied, 'claim denied by others', 'claims denied by others'],
    [e.corroborated, 'claim corroborated', 'claims corroborated'],
    [e.anonymousReports, 'report on anonymous sources', 'reports on anonymous sources'],
    [e.reReports, 're-report', 're-reports'],
  ];
  return lines.filter(([n]) => n > 0).map(([n, one, many]) => plural(n, one, many));
}

/** A source's reports on one claim: how many, and how many cite anonymous or named sources. */
export function countReports(e: Evidence, source: string, statements: readonly StatementFact[]) {
  for (const s of statements) {
    if (s.type !== 'REPORTED' || s.source !== source) continue;
    e.reports++;
    if (s.citesAnonymous) e.anonymousReports++;
    if (s.citesNamed) e.reReports++;
  }
}

export const ASSERTER = 0;
export const ECHO = 1;
export const DENIER = 2;
/**
 * An asserter that likely copied the claim from another carrier (credibility-copying.ts): it
 * answers for the claim as an asserter, but supports it in truth discovery only as an echo.
 */
export const COPY = 3;
export type Role = typeof ASSERTER | typeof ECHO | typeof DENIER | typeof COPY;

/** What a claim the source has `role` on tells about the source. */
export interface ClaimOutcome {
  resolution: Resolution;
  /** Someone other than its asserters denied it. */
  denied: boolean;
  /** Backed by two or more independent origins. */
  corroborated: boolean;
  confidence: number;
}

/**
 * Counts one prediction into the evidence, the same for the full recompute and for a single
 * source as of a date; returns the open part for the prior (1 and the confidence that it is
 * right, or 0 and 0 once settled).
 */
export function countPrediction(e: Evidence, role: Role, c: ClaimOutcome): [number, number] {
  if (role === ASSERTER || role === COPY) {
    e.claims++;
    if (c.resolution === 1) e.confirmed++;
    if (c.resolution === -1) e.refuted++;
    if (c.denied) e.denied++;
    if (c.corroborated) e.corroborated++;
    return c.resolution === 0 ? [1, c.confidence] : [0, 0];
  }
  if (role === DENIER) {
    e.denials++;
    if (c.resolution === -1) e.denialsUpheld++;
    if (c.resolution === 1) e.denialsProvenWrong++;
    return c.resolution === 0 ? [1, 1 - c.confidence] : [0, 0];
  }
  return [0, 0];
}

/** The predictions on a settled claim, as stored for the incremental update: `A:id`, `D:id`. */
export const settledKeys = (r: ReturnType<typeof roles>, resolution: Resolution): string[] =>
  resolution === 0 ? [] : [...r.asserters.map((a) => `A:${a}`), ...r.deniers.map((d) => `D:${d}`)];

/** Evidence counters one settled prediction moves: how a stored key and a resolution count. */
export function settledDelta(key: string, resolution: Resolution): [string, keyof Evidence] | null {
  const id = key.slice(2);
  if (resolution === 0) return null;
  if (key.startsWith('A:')) return [id, resolution === 1 ? 'confirmed' : 'refuted'];
  return [id, resolution === 1 ? 'denialsProvenWrong' : 'denialsUpheld'];
}
