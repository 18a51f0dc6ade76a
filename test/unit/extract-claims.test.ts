import { describe, expect, it } from 'vitest';
import { claimSimilarity, negated, plainClaim, SAME_CLAIM } from '../../server/extract/claims.ts';

describe('claim similarity inside one article', () => {
  it.each([
    ['Troops will be sent to Mexico.', 'Troops will not be sent to Mexico.'],
    ['Iran agreed to one-on-one talks.', 'Iran never agreed to one-on-one talks.'],
    ['The Post is for sale.', "The Post isn't for sale."],
  ])('a claim is never matched to its own negation: %s / %s', (a, b) => {
    expect(negated(a)).not.toBe(negated(b));
    expect(claimSimilarity(a, b)).toBe(0);
    expect(claimSimilarity(b, a)).toBe(0);
  });

  it('a double negation is not a negation', () => {
    expect(
      claimSimilarity('There is no reason not to go.', 'There is reason to go.'),
    ).toBeGreaterThan(0);
    expect(negated('There is no reason not to go.')).toBe(false);
  });

  it('unrelated claims stay apart even at the in-article threshold', () => {
    expect(claimSimilarity('Bin Laden died of typhoid.', 'The Post is not for sale.')).toBeLessThan(
      SAME_CLAIM,
    );
  });
});

describe('plain claim text', () => {
  it.each([
    ['that the bridge will reopen next year', 'The bridge will reopen next year.'],
    ['However, that the deployment was "not imminent"', 'The deployment was not imminent.'],
    ['“The plan is ready,” officials said', 'The plan is ready.'],
  ])('%s', (raw, plain) => {
    expect(plainClaim(raw)).toBe(plain);
  });
});
