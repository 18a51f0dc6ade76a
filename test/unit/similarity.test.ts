import { describe, expect, it } from 'vitest';
import { claimSimilarity } from '../../server/import/similarity.ts';
import { decideClaims, PROPOSE_THRESHOLD, REUSE_THRESHOLD } from '../../server/import/match.ts';

describe('claim similarity', () => {
  it('matches the same proposition in other words above the reuse threshold', () => {
    expect(
      claimSimilarity(
        'The US is planning to send troops into Mexico.',
        'US planning to send troops to Mexico',
      ),
    ).toBeGreaterThanOrEqual(REUSE_THRESHOLD);
  });

  it('never matches a claim to its own negation', () => {
    const claim = 'The US is planning to send troops into Mexico.';
    for (const negation of [
      'The US is not planning to send troops into Mexico.',
      "The US isn't planning to send troops into Mexico.",
      'The US will never send troops into Mexico.',
    ])
      expect(claimSimilarity(claim, negation)).toBe(0);
  });

  it('does not take a short claim for a long quote that contains it among other claims', () => {
    // the overlap coefficient scored this 1: every word of the short claim is in the long one
    expect(
      claimSimilarity(
        'They are a disgrace to good reporting.',
        'NBC News is fake news and more dishonest than even CNN. They are a disgrace to good reporting. Their ratings are way down!',
      ),
    ).toBeLessThan(REUSE_THRESHOLD);
  });
});

describe('which claim in the graph a draft claim becomes', () => {
  const option = (id: string, text: string) => ({ id, text, by: 'wording' as const, shared: 0 });
  const decide = (claims: [string, string][], options: [string, string][]) =>
    decideClaims(
      claims.map(([id, text]) => ({
        claim: { id, text },
        options: options.map(([i, t]) => option(i, t)),
      })),
    );

  it('reuses the claim another article of the story worded alike', () => {
    const m = decide(
      [['draft-troops', 'The United States is planning to send troops into Mexico.']],
      [
        ['troops-to-mexico', 'The US is planning to send troops to Mexico.'],
        ['cartel-strikes', 'The US is weighing drone strikes on cartels in Mexico.'],
      ],
    ).get('draft-troops');
    expect(m).toMatchObject({ existingId: 'troops-to-mexico', reused: true });
  });

  it('only proposes a claim that shares some of the words, with its score', () => {
    const m = decide(
      [['draft-strikes', 'The Pentagon has drawn up plans for drone strikes on cartel leaders.']],
      [['cartel-strikes', 'The US is weighing drone strikes on cartels in Mexico.']],
    ).get('draft-strikes');
    expect(m?.reused).toBe(false);
    expect(m?.score).toBeGreaterThanOrEqual(PROPOSE_THRESHOLD);
    expect(m?.score).toBeLessThan(REUSE_THRESHOLD);
  });

  it('never reuses or proposes the negation of a claim', () => {
    expect(
      decide(
        [['draft-denial', 'The US is not planning to send troops into Mexico.']],
        [['troops-to-mexico', 'The US is planning to send troops into Mexico.']],
      ).size,
    ).toBe(0);
  });

  it('gives one existing claim to one draft claim, the closest', () => {
    const decided = decide(
      [
        ['draft-a', 'Microsoft is in talks to buy Yahoo search for $20 billion.'],
        ['draft-b', 'Microsoft is in talks to buy Yahoo search.'],
      ],
      [['yahoo-search-talks', 'Microsoft is in talks to buy Yahoo search.']],
    );
    expect(decided.get('draft-b')).toMatchObject({
      existingId: 'yahoo-search-talks',
      reused: true,
    });
    expect(decided.get('draft-a')?.reused).toBe(false);
  });
});
