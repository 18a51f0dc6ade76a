// Drafts name their sources as the article spells them; matching them to the graph (and the
// extraction bench to its annotations) compares names as a person would.
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../server/import/match.ts';

describe('comparing names as people would', () => {
  it('reads "U.S. intelligence" and "US intelligence" as one name', () => {
    expect(normalizeName('U.S. intelligence')).toBe(normalizeName('US intelligence'));
    expect(normalizeName('the U.K. Foreign Office')).toBe(normalizeName('UK Foreign Office'));
    expect(normalizeName('E.U. officials')).toBe('eu officials');
  });

  it('keeps initials of a person apart from the surname', () => {
    expect(normalizeName('J. Edgar Hoover')).toBe('j edgar hoover');
  });

  it('ignores accents, case, punctuation and a leading "the"', () => {
    expect(normalizeName('The  Élysée Palace')).toBe('elysee palace');
  });
});
