// Copy detection between outlets, after Dong, Berti-Equille and Srivastava, "Integrating
// conflicting data: the role of source dependence" (PVLDB 2009): two sources that share many
// values are not necessarily dependent (true values are shared by independent sources too), but
// sharing false values is rare for independent sources, so shared false claims weigh more.
// Here a value is a claim an outlet carries on its own account (reported citing no named source),
// and the direction comes from time: the copier carries it shortly after the original did.
import type { Resolution } from './credibility.ts';
import type { CopyPair } from './provenance.ts';

export const COPYING = {
  /** A later uncited report within this many hours of an earlier one counts as a possible copy. */
  windowHours: 48,
  /** A shared claim later refuted counts this many times (Dong et al.: false values reveal copying). */
  falseWeight: 3,
  /** Fewer shared claims than this are never taken as copying, whatever the share. */
  minShared: 3,
  /** The weighted share of the copier's uncited claims that must follow the original. */
  threshold: 0.5,
};

/** One outlet carrying one claim: when it first did, and whether it cited a named source. */
export interface Carry {
  outlet: string;
  /** Milliseconds since the epoch. */
  at: number;
  /** It cited a named source for the claim (an attribution, not a copy). */
  cited: boolean;
}

/** A pair judged copying, with its evidence (what the recompute stores as LIKELY_COPIES). */
export type CopyEvidence = CopyPair;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Accumulates claims one at a time (a full recompute streams a million), then judges pairs. */
export class CopyDetector {
  private readonly pairs = new Map<string, { shared: number; false: number; delays: number[] }>();
  /** Per outlet: uncited claims carried, and how many of those were refuted. */
  private readonly carried = new Map<string, { all: number; false: number }>();

  add(carries: readonly Carry[], resolution: Resolution): void {
    const window = COPYING.windowHours * 3_600_000;
    const sorted = [...carries].sort((a, b) => a.at - b.at);
    for (const [j, b] of sorted.entries()) {
      if (b.cited) continue;
      const own = this.carried.get(b.outlet) ?? { all: 0, false: 0 };
      own.all++;
      if (resolution === -1) own.false++;
      this.carried.set(b.outlet, own);
      for (let i = 0; i < j; i++) {
        const a = sorted[i]!;
        const delay = b.at - a.at;
        if (a.outlet === b.outlet || delay <= 0 || delay > window) continue;
        const key = `${b.outlet}\u0000${a.outlet}`;
        const p = this.pairs.get(key) ?? { shared: 0, false: 0, delays: [] };
        p.shared++;
        if (resolution === -1) p.false++;
        p.delays.push(delay / 3_600_000);
        this.pairs.set(key, p);
      }
    }
  }

  /** Pairs judged likely copying, strongest first. */
  copies(): CopyEvidence[] {
    const out: CopyEvidence[] = [];
    for (const [key, p] of this.pairs) {
      if (p.shared < COPYING.minShared) continue;
      const [copier, original] = key.split('\u0000') as [string, string];
      const own = this.carried.get(copier)!;
      const score =
        (p.shared + COPYING.falseWeight * p.false) / (own.all + COPYING.falseWeight * own.false);
      if (score < COPYING.threshold) continue;
      out.push({
        copier,
        original,
        sharedClaims: p.shared,
        sharedFalseClaims: p.false,
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

/**
 * Per claim, its outlets' carries from import documents (the bench and tests build them from the
 * synthetic corpus; the recompute from its scans): an outlet's earliest report, cited when it
 * cited anyone for it.
 */
export function* carriesOf(
  documents: Iterable<{
    outlets?: { id: string }[];
    statements?: { type: string; source: string; claim: string; at?: string; citing?: string[] }[];
    article: { publishedAt?: string };
  }>,
): Generator<{ claim: string; carries: Carry[] }> {
  let claim: string | null = null;
  let carries = new Map<string, Carry>();
  for (const doc of documents) {
    const outlets = new Set(doc.outlets?.map((o) => o.id));
    for (const s of doc.statements ?? []) {
      if (s.type !== 'REPORTED' || !outlets.has(s.source)) continue;
      if (s.claim !== claim) {
        if (claim !== null) yield { claim, carries: [...carries.values()] };
        claim = s.claim;
        carries = new Map();
      }
      const at = Date.parse(s.at ?? doc.article.publishedAt ?? '');
      const cited = (s.citing?.length ?? 0) > 0;
      const seen = carries.get(s.source);
      if (!seen || at < seen.at) carries.set(s.source, { outlet: s.source, at, cited });
    }
  }
  if (claim !== null) yield { claim, carries: [...carries.values()] };
}
