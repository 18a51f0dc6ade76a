// Copy detection between outlets, after Dong, Berti-Equille and Srivastava, "Integrating
// conflicting data: the role of source dependence" (PVLDB 2009): two sources that share many
// values are not necessarily dependent (true values are shared by independent sources too), but
// sharing false values is rare for independent sources, so shared false claims weigh more.
// Here a value is a claim an outlet carries on its own account (reported citing no one), and the
// direction comes from time: the copier carries it shortly after the original did.
//
// Three things keep independent outlets from looking like copies (docs/credibility.md, with the
// measurements that led to each):
// - The evidence is the original's claims that the copier could only have had from it: those
//   the original carried citing no named source. When the original named its source (an agency,
//   a minister, another outlet), an outlet carrying the claim next may have gone to that source.
// - Direction: independent outlets covering the same events are first about as often as second;
//   a copier is nearly always second. Claims the copier carried first count against it.
// - Chance: the copier's share of the original's claims is compared with its share of all
//   claims, so that an outlet carrying a large part of the news does not copy everyone.
// The score is the share of the original's exclusive claims the copier carried, uncited, within
// 48 h after it, so a busy copier that publishes plenty of its own is found as well as one that
// publishes little else.
import type { Resolution } from './credibility.ts';
import type { CopyPair } from './provenance.ts';

export const COPYING = {
  /** A later uncited report within this many hours of an earlier one counts as a possible copy. */
  windowHours: 48,
  /** A shared claim later refuted counts this many times more (Dong et al.: false values reveal copying). */
  falseWeight: 3,
  /** Fewer shared claims than this are never taken as copying, whatever the share. */
  minShared: 3,
  /**
   * The share of the original's exclusive claims the copier must follow (net of those it led),
   * above its share of all claims.
   */
  threshold: 0.15,
};

/** One outlet carrying one claim: when it first did, and whom it cited for it. */
export interface Carry {
  outlet: string;
  /** Milliseconds since the epoch. */
  at: number;
  /**
   * Whom the report cited: no one (the outlet's own account, a possible copy), only anonymous
   * sources (still the outlet's exclusive: nobody else can ask them), or a named source.
   */
  cites: 'none' | 'anonymous' | 'named';
}

/** A pair judged copying, with its evidence (what the recompute stores as LIKELY_COPIES). */
export type CopyEvidence = CopyPair;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface PairCounts {
  /** The copier carried uncited within the window after the original (and how many refuted). */
  follows: number;
  followsFalse: number;
  /** The copier carried uncited within the window before the original did. */
  leads: number;
  leadsFalse: number;
  delays: number[];
}

/** Accumulates claims one at a time (a full recompute streams a million), then judges pairs. */
export class CopyDetector {
  private readonly pairs = new Map<string, PairCounts>();
  /** Per outlet: claims carried uncited (its base rate), and weighted exclusive claims. */
  private readonly own = new Map<string, number>();
  private readonly exclusive = new Map<string, number>();
  /** Claims carried by at least one outlet. */
  private claims = 0;

  add(carries: readonly Carry[], resolution: Resolution): void {
    if (carries.length === 0) return;
    this.claims++;
    const refuted = resolution === -1;
    const weight = refuted ? 1 + COPYING.falseWeight : 1;
    const window = COPYING.windowHours * 3_600_000;
    for (const a of carries)
      if (a.cites !== 'named')
        this.exclusive.set(a.outlet, (this.exclusive.get(a.outlet) ?? 0) + weight);
    for (const b of carries) {
      if (b.cites !== 'none') continue;
      this.own.set(b.outlet, (this.own.get(b.outlet) ?? 0) + 1);
      for (const a of carries) {
        const delay = b.at - a.at;
        if (a.outlet === b.outlet || a.cites === 'named' || delay === 0) continue;
        if (Math.abs(delay) > window) continue;
        const key = `${b.outlet}\u0000${a.outlet}`;
        let p = this.pairs.get(key);
        if (!p) {
          p = { follows: 0, followsFalse: 0, leads: 0, leadsFalse: 0, delays: [] };
          this.pairs.set(key, p);
        }
        if (delay > 0) {
          p.follows++;
          if (refuted) p.followsFalse++;
          p.delays.push(delay / 3_600_000);
        } else {
          p.leads++;
          if (refuted) p.leadsFalse++;
        }
      }
    }
  }

  /** Pairs judged likely copying, strongest first. */
  copies(): CopyEvidence[] {
    const out: CopyEvidence[] = [];
    const w = COPYING.falseWeight;
    for (const [key, p] of this.pairs) {
      if (p.follows < COPYING.minShared) continue;
      const follows = p.follows + w * p.followsFalse;
      const leads = p.leads + w * p.leadsFalse;
      const [copier, original] = key.split('\u0000') as [string, string];
      const score =
        (follows - leads) / this.exclusive.get(original)! - this.own.get(copier)! / this.claims;
      if (score < COPYING.threshold) continue;
      out.push({
        copier,
        original,
        sharedClaims: p.follows,
        sharedFalseClaims: p.followsFalse,
        copierFirstClaims: p.leads,
        medianDelayHours: median(p.delays),
        score,
      });
    }
    return out.sort((a, b) => b.score - a.score || a.copier.localeCompare(b.copier));
  }
}

/** `copier → originals` for the pairs judged copying. */
export const copyIndex = (copies: readonly CopyEvidence[]) => {
  const index = new Map<string, Map<string, CopyEvidence>>();
  for (const c of copies) {
    const m = index.get(c.copier) ?? new Map<string, CopyEvidence>();
    m.set(c.original, c);
    index.set(c.copier, m);
  }
  return index;
};

/** What a report cited, from whether it cited anonymous and named sources. */
export const citesOf = (citesAnonymous: boolean, citesNamed: boolean): Carry['cites'] =>
  citesNamed ? 'named' : citesAnonymous ? 'anonymous' : 'none';

/**
 * Per claim, its outlets' carries from import documents (the bench and tests build them from the
 * synthetic corpus; the recompute from its scans): an outlet's earliest report, with whom that
 * report cited.
 */
export function* carriesOf(
  documents: Iterable<{
    outlets?: { id: string }[];
    anonymousSources?: { id: string }[];
    statements?: { type: string; source: string; claim: string; at?: string; citing?: string[] }[];
    article: { publishedAt?: string };
  }>,
): Generator<{ claim: string; carries: Carry[] }> {
  let claim: string | null = null;
  let carries = new Map<string, Carry>();
  for (const doc of documents) {
    const outlets = new Set(doc.outlets?.map((o) => o.id));
    const anonymous = new Set(doc.anonymousSources?.map((a) => a.id));
    for (const s of doc.statements ?? []) {
      if (s.type !== 'REPORTED' || !outlets.has(s.source)) continue;
      if (s.claim !== claim) {
        if (claim !== null) yield { claim, carries: [...carries.values()] };
        claim = s.claim;
        carries = new Map();
      }
      const at = Date.parse(s.at ?? doc.article.publishedAt ?? '');
      const citing = s.citing ?? [];
      const cites = citesOf(
        citing.some((c) => anonymous.has(c)),
        citing.some((c) => !anonymous.has(c)),
      );
      const seen = carries.get(s.source);
      if (!seen || at < seen.at) carries.set(s.source, { outlet: s.source, at, cites });
    }
  }
  if (claim !== null) yield { claim, carries: [...carries.values()] };
}
