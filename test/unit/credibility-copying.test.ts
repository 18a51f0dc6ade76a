// Copy detection (issue 16 item 3): a hand-built cascade, and synthetic corpora whose copying
// is known (seed/synthetic.ts's copiers option).
import { describe, expect, it } from 'vitest';
import {
  CopyDetector,
  copyIndex,
  mergedOrigins,
  type Carry,
} from '../../server/domain/credibility-copying.ts';
import { carriesOf } from '../../server/domain/credibility-copying.ts';
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
    const merged = mergedOrigins(
      ['wire', 'mirror'],
      [carry('wire', 70), carry('mirror', 71)],
      copyIndex(copies),
    );
    expect(merged).toEqual([
      {
        origin: 'mirror',
        into: 'wire',
        reason:
          "mirror carried 4 of wire's claims uncited within 48 h after it (2 later refuted; median delay 1.5 h)",
      },
    ]);
    // Not when the copier had it first.
    expect(
      mergedOrigins(
        ['wire', 'mirror'],
        [carry('mirror', 70), carry('wire', 71)],
        copyIndex(copies),
      ),
    ).toEqual([]);
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
