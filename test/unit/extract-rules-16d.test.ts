// Precision rules of the sixteenth pass on issue 14 (area D), found by sorting the false hits of
// rounds 9 to 11: each is a mechanism over the structure of the words, tested on names, stories,
// tenses and orders of our own, with look-alikes beside them that deny nothing.
import { describe, expect, it } from 'vitest';
import { denials } from './extract-helpers.ts';

const deniers = (text: string) => denials(text).map((d) => d.split(':')[0]);

// A quotation of several clauses denies a report when one of its clauses is the report's negation,
// whatever the other clauses say: "never had to persuade me … because I have never considered
// leaving" holds two negations, which cancel as a count over the whole quote but not clause by
// clause.
describe('a negated clause inside a longer quotation answers the report', () => {
  const REPORT =
    'The Daily Courier reported that Anna Lind had considered resigning as finance minister.';
  it.each([
    [
      `${REPORT} “Nobody had to talk me out of it, because I have never considered resigning as finance minister,” Lind said.`,
      'anna-lind',
    ],
    [
      `${REPORT} “There is no rift in the cabinet. I have not considered resigning as minister,” Lind told reporters.`,
      'anna-lind',
    ],
    [
      `“I never thought of quitting. I have not considered resigning as finance minister, and nobody asked me to,” Anna Lind said on Tuesday, a day after the Daily Courier reported that Lind had considered resigning as finance minister.`,
      'anna-lind',
    ],
    [
      `${REPORT} Lind said: “Nothing has changed between us; I have never considered resigning as finance minister.”`,
      'anna-lind',
    ],
  ])('%s', (text, who) => {
    expect(deniers(text)).toContain(who);
  });

  const DEAL = 'Bloomberg reported that Nordbank was in talks to buy Westfield Insurance.';
  it.each([
    [
      `${DEAL} “We are not in talks to buy Westfield Insurance. No board meeting has been called either,” a Nordbank spokeswoman said.`,
    ],
    [
      `${DEAL} “There is no truth in it: we were never in talks to buy Westfield Insurance, and nobody in the bank has asked for one,” said Nordbank chief executive Jan Berg.`,
    ],
  ])('a deal: %s', (text) => {
    expect(denials(text).length).toBeGreaterThan(0);
  });

  it.each([
    // two negations that are one clause's: nothing is denied, the report is confirmed
    `The Daily Courier reported that Anna Lind had considered resigning as finance minister. “I can't say I never considered resigning as finance minister,” Lind said.`,
    // the negated clause is about something else than the report
    `The Daily Courier reported that Anna Lind had considered resigning as finance minister. “I never liked the job's hours. Nobody in the party has questioned the budget,” Lind said.`,
    // not knowing is never a denial, however the quote goes on
    `The Daily Courier reported that Anna Lind had considered resigning as finance minister. “I am not aware that she considered resigning. Nobody told me anything,” her deputy Jan Berg said.`,
  ])('no denial: %s', (text) => {
    expect(denials(text)).toEqual([]);
  });
});
