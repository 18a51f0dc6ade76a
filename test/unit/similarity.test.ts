import { describe, expect, it } from 'vitest';
import { claimSimilarity } from '../../server/import/similarity.ts';
import { REUSE_THRESHOLD } from '../../server/import/match.ts';

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
});
