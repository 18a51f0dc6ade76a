// Rules of the eleventh pass on issue 14, area C: cues, citing phrases and chains. Each rule is
// written for a family of news phrasings (round 5's misses showed rules tied to one word do not
// carry over), so each is tested on sentences of our own, mostly unlike the corpus's, with
// look-alikes that must not change.
import { describe, expect, it } from 'vitest';
import { lines } from './extract-helpers.ts';

describe('a connective and an interrupting phrase between the subject and its cue', () => {
  const cases: [string, string][] = [
    [
      'And The New York Times, after speaking with officials, just noted that the plan was stalled.',
      'new-york-times',
    ],
    [
      'But the Guardian, after talking to aides, reported that the minister would resign.',
      'guardian',
    ],
    ['Yet Reuters, in a later dispatch, said the talks had collapsed.', 'reuters'],
    ['So Acme, for its part, said the plant would stay open.', 'acme'],
    ['And Maria Lopez, in an interview on Sunday, said the plan was dead.', 'maria-lopez'],
    ['Meanwhile, Acme, in a filing on Friday, said the plant would close.', 'acme'],
    ['But Le Monde, like several other papers, wrote that the deal was done.', 'le-monde'],
    ['And the Globe, however, reported that the deal was done.', 'globe'],
  ];
  for (const [text, who] of cases)
    it(text, () => {
      expect(lines(text).map((l) => l.split(' ')[1])).toContain(who);
    });
  it('a clause between the commas is no interrupter: "And Acme, which makes tanks, said"', () => {
    expect(lines('And Acme, which makes tanks, said the plant would close.')[0]).toBe('SAID acme');
  });
  it('a clause after the commas is the content: "And the plant, after the fire, was closed, officials said"', () => {
    expect(lines('And the plant, after the fire, was closed, officials said.')[0]).toBe(
      'SAID latin-times-officials',
    );
  });
});
