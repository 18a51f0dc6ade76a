// Rules of the sixth pass on issue 14, each written for a pattern of news prose seen in the
// corpus tune half's misses (never for one article's words). The sentences are our own; each
// case fails without its rule.
import { describe, expect, it } from 'vitest';
import { denials, lines } from './extract-helpers.ts';

describe('a time between the subject and its verb: "The ministry on Tuesday denied …"', () => {
  it.each([
    [
      'The Interior Ministry on Tuesday denied a report that the army had left the border.',
      'interior-ministry: The army had left the border.',
    ],
    [
      'Acme Corp late on Friday dismissed a report that its director had resigned.',
      'acme-corp: Its director had resigned.',
    ],
  ])('%s', (text, denial) => {
    expect(denials(text)).toEqual([denial]);
  });

  it('the speaker of a plain statement is the subject, not the day', () => {
    expect(lines('Governor Ann Lee on Monday said the bridge would reopen in May.')).toEqual([
      'SAID ann-lee',
      'REPORTED latin-times <- ann-lee',
    ]);
  });

  it('a day that is itself the subject stays out of it: "Monday was …" has no speaker', () => {
    expect(lines('Monday was the day the ministry said the border would reopen.')).not.toContain(
      'SAID monday',
    );
  });
});

describe('a public body named only by title words: "The US military", "the Mexican government"', () => {
  it.each([
    [
      'The US military on Sunday dismissed as "false" a Russian report that its base had been shelled.',
      'us-military: Its base had been shelled.',
    ],
    [
      'The Mexican government denied a report that it had closed the northern border.',
      'mexican-government: It had closed the northern border.',
    ],
  ])('%s', (text, denial) => {
    expect(denials(text)).toEqual([denial]);
  });

  it('title words before nothing that names a body still name nobody', () => {
    expect(lines('The Democratic senator said the vote would be close.')).toEqual([]);
  });
});
