// Copy detection (issue 16 item 3): a hand-built cascade, and synthetic corpora whose copying
// is known (seed/synthetic.ts's copiers option).
import { describe, expect, it } from 'vitest';
import {
  CopyDetector,
  carriesOf,
  copyIndex,
  type Carry,
} from '../../server/domain/credibility-copying.ts';
import { independence } from '../../server/domain/provenance.ts';
import { copyingPairs, generateDocuments } from '../../seed/synthetic.ts';

const H = 3_600_000;
const carry = (outlet: string, hours: number, cited = false): Carry => ({
  outlet,
  at: hours * H,
  cited,
});

describe('copy detection', () => {
  it('finds an outlet that carries another’s claims uncited hours after it, and not the reverse', () => {
    const d = new CopyDetector();
    // "wire" breaks four stories; "mirror" carries each 1-3 h later citing no one; two are
    // later refuted. "daily" carries one of them a week later, and has stories of its own.
    d.add([carry('wire', 0), carry('mirror', 1)], -1);
    d.add([carry('wire', 10), carry('mirror', 12)], -1);
    d.add([carry('wire', 20), carry('mirror', 23), carry('daily', 200)], 1);
    d.add([carry('wire', 30), carry('mirror', 31), carry('echo', 32, true)], 0);
    d.add([carry('daily', 40)], 0);
    d.add([carry('daily', 50)], 0);
    d.add([carry('mirror', 60)], 0);
    const copies = d.copies();
    expect(copies).toEqual([
      {
        copier: 'mirror',
        original: 'wire',
        sharedClaims: 4,
        sharedFalseClaims: 2,
        medianDelayHours: 1.5,
        // (4 + 3·2) / (5 + 3·2): four of its five uncited claims followed wire, both false ones.
        score: 10 / 11,
      },
    ]);
    // An origin that is a likely copy of an earlier carrier of the claim adds no origin.
    const origins = ['wire', 'mirror', 'daily'].map((id) => ({
      id,
      anonymous: false,
      citedBy: null,
    }));
    const copying = (hours: Record<string, number>) => ({
      firstReported: new Map(Object.entries(hours).map(([o, h]) => [o, h * H])),
      copies: copyIndex(copies),
    });
    expect(independence(origins, copying({ wire: 70, mirror: 71, daily: 72 }))).toEqual({
      independentOrigins: 2,
      mergedOrigins: [
        {
          origin: 'mirror',
          mergedInto: 'wire',
          reason:
            "mirror likely copies wire, which carried this claim before it: mirror carried 4 of wire's " +
            'claims uncited soon after it (2 later refuted; median delay 1.5 h; score 0.91)',
        },
      ],
    });
    // Not when the copier had it first.
    expect(independence(origins, copying({ mirror: 70, wire: 71, daily: 72 }))).toEqual({
      independentOrigins: 3,
      mergedOrigins: [],
    });
  });

  it('finds the synthetic corpus’s copiers with high precision and recall', () => {
    const options = { claims: 20_000, seed: 3, copiers: 6 };
    const d = new CopyDetector();
    for (const c of carriesOf(generateDocuments(options))) d.add(c.carries, 0);
    const found = new Set(d.copies().map((c) => `${c.copier}>${c.original}`));
    const truth = new Set(copyingPairs(options).map(([c, o]) => `${c}>${o}`));
    expect(truth.size).toBe(6);
    const hits = [...found].filter((p) => truth.has(p)).length;
    expect(hits / truth.size).toBeGreaterThanOrEqual(0.8);
    expect(hits / Math.max(1, found.size)).toBeGreaterThanOrEqual(0.8);
    // Without the option, the same corpus has no copiers to find, and nothing is found.
    const none = new CopyDetector();
    for (const c of carriesOf(generateDocuments({ claims: 20_000, seed: 3 })))
      none.add(c.carries, 0);
    expect(none.copies().length).toBeLessThanOrEqual(1);
  });
});
