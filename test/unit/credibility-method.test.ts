// The credibility method without a database: who answers for a claim, how a verdict settles
// it, and the in-memory engine against the per-claim counting the as-of score uses.
import { describe, expect, it } from 'vitest';
import {
  ASSERTER,
  DENIER,
  countPrediction,
  emptyEvidence,
  resolve,
  roles,
  score,
  type ClaimFacts,
  type StatementFact,
} from '../../server/domain/credibility.ts';
import { Corpus } from '../../server/domain/credibility-engine.ts';

const st = (
  type: StatementFact['type'],
  source: string,
  extra: Partial<StatementFact> = {},
): StatementFact => ({
  type,
  source,
  accountable: source,
  citesAnonymous: false,
  citesNamed: false,
  ...extra,
});

describe('who answers for a claim', () => {
  it('makes a report citing only a named source an echo, and one citing anonymous sources an assertion', () => {
    const r = roles([
      st('REPORTED', 'wire'),
      st('REPORTED', 'echo', { citesNamed: true }),
      st('REPORTED', 'leaky', { citesAnonymous: true, citesNamed: true }),
      st('SAID', 'anon-1', { accountable: 'leaky' }),
      st('DENIED', 'anon-2', { accountable: 'carrier' }),
      st('DENIED', 'nobody-cites', { accountable: null }),
      st('CONFIRMED', 'ministry'),
    ]);
    expect(r.asserters.sort()).toEqual(['leaky', 'ministry', 'wire']);
    expect(r.echoes).toEqual(['echo']);
    expect(r.deniers).toEqual(['carrier']);
  });

  it('counts a source that asserts and denies a claim as an asserter only', () => {
    const r = roles([st('SAID', 'flip'), st('DENIED', 'flip')]);
    expect(r).toEqual({ asserters: ['flip'], echoes: [], deniers: [] });
  });
});

describe('resolution', () => {
  it('lets the latest verdict decide, then a confirmation, then a retraction by an asserter', () => {
    expect(resolve('MOSTLY_TRUE', [st('RETRACTED', 'x'), st('SAID', 'x')])).toBe(1);
    expect(resolve('MIXED', [st('CONFIRMED', 'x')])).toBe(0);
    expect(resolve(null, [st('CONFIRMED', 'x')])).toBe(1);
    expect(resolve(null, [st('SAID', 'x'), st('RETRACTED', 'x')])).toBe(-1);
    expect(resolve(null, [st('SAID', 'x'), st('RETRACTED', 'y')])).toBe(0);
  });
});

describe('a denial is a prediction', () => {
  it('scores a denial proven wrong (0 + 1) / 3 and one upheld (1 + 1) / 3', () => {
    const outcome = { denied: false, corroborated: false, confidence: 0.5 };
    const wrong = emptyEvidence();
    countPrediction(wrong, DENIER, { ...outcome, resolution: 1 });
    expect(score(wrong, 0.5).score).toBeCloseTo(1 / 3, 15);
    const upheld = emptyEvidence();
    countPrediction(upheld, DENIER, { ...outcome, resolution: -1 });
    expect(score(upheld, 0.5).score).toBeCloseTo(2 / 3, 15);
    const asserted = emptyEvidence();
    countPrediction(asserted, ASSERTER, { ...outcome, resolution: 1 });
    expect(score(asserted, 0.5).score).toBeCloseTo(2 / 3, 15);
  });
});

describe('the in-memory engine', () => {
  it('counts each source’s settled evidence as the per-claim path does', () => {
    const sources = ['a', 'b', 'c', 'd'];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const ratings = ['TRUE', 'FALSE', 'MIXED', null, null];
    const claims: ClaimFacts[] = Array.from({ length: 200 }, (_, k) => ({
      id: `c${k}`,
      rating: ratings[rand(ratings.length)]!,
      statements: sources
        .map((s) => [s, rand(4)] as const)
        .filter(([, kind]) => kind > 0)
        .map(([s, kind]) =>
          kind === 1
            ? st('REPORTED', s)
            : kind === 2
              ? st('DENIED', s)
              : st('REPORTED', s, { citesNamed: true }),
        ),
      origins: [],
    }));
    const corpus = new Corpus(4);
    for (const c of claims) corpus.add(c, { resolution: 0, keys: [] });
    const results = new Map(corpus.compute().map((r) => [r.id, r]));
    for (const s of sources) {
      const e = emptyEvidence();
      for (const c of claims) {
        const r = roles(c.statements);
        const role = r.asserters.includes(s) ? ASSERTER : r.deniers.includes(s) ? DENIER : null;
        if (role === null) continue;
        countPrediction(e, role, {
          resolution: resolve(c.rating, c.statements),
          denied: r.deniers.length > 0,
          corroborated: false,
          confidence: 0.5,
        });
      }
      const got = results.get(s)!.evidence;
      for (const k of [
        'claims',
        'confirmed',
        'refuted',
        'denials',
        'denialsUpheld',
        'denialsProvenWrong',
      ] as const)
        expect(got[k], `${s} ${k}`).toBe(e[k]);
      expect(e.denialsProvenWrong + e.denialsUpheld, s).toBeGreaterThan(0);
    }
  });
});
