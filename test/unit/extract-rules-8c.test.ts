// Rules of the eighth pass on issue 14, area C: who the source is and what kind (names, outlets
// versus actors, statement type, citation chains). Each is written for a pattern of news prose
// seen across several stories of the corpus tune half, never for one article's words. The
// sentences are our own; each case fails without its rule.
import { describe, expect, it } from 'vitest';
import { draft, lines } from './extract-helpers.ts';

const sources = (text: string) => [...new Set(draft(text).statements.map((s) => s.source))];

describe('an outlet is named by its proper name, not by a word that spells it', () => {
  it('a lower-case word or a longer name that starts with an outlet name is no outlet', () => {
    expect(sources('"It will pass," said long-time lobbyist Ann Berg.')).not.toContain('time');
    expect(
      sources('Time Warner Cable said it had never held talks with the cable company.'),
    ).not.toContain('time');
    expect(sources('Fox Sports said the match would be moved to Sunday.')).not.toContain(
      'fox-news',
    );
  });

  it('the outlet spelt as outlets spell it is still the outlet', () => {
    expect(lines('Time magazine reported that the senator would retire.')).toContain(
      'REPORTED latin-times <- time',
    );
    expect(lines('The senator will retire, the Times reported on Monday.')).toContain(
      'REPORTED latin-times <- new-york-times',
    );
  });
});
