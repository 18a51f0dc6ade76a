// Denial rules of the fifteenth pass on issue 14 (area B), found by asking why rounds 9 and 10's
// denials were missed: each is a mechanism over the structure of the words, tested on names,
// stories, tenses and orders of our own, with look-alikes that deny nothing beside them.
import { describe, expect, it } from 'vitest';
import { clauseCalledFalse, reportCalledFalse } from '../../server/extract/falsity.ts';
import { denials } from './extract-helpers.ts';

const deniers = (text: string) => denials(text).map((d) => d.split(':')[0]);

const TALKS = 'The Daily Courier reported that Nordbank was in talks to buy Westfield Insurance.';

// A full stop ends the clause called false; a decimal point ("$1.3 million", "2.5 percent"), an
// initial ("U.S.", "J. Smith") or a title ("Mr.", "Dr.") inside the clause does not.
describe('a point inside the clause or report called false', () => {
  it.each([
    'The suggestion that the couple paid $1.3 million to rent a whole floor is simply not true',
    'The claim that Nordbank offered 2.5 billion euros for Westfield is false',
    'Any suggestion that the U.S. Navy sent two carriers to the gulf is completely untrue',
    'The idea that Mr. Lind met the minister in secret is nonsense',
    'To say that Dr. Ortiz was paid 1.2 million dollars is really not accurate',
    'That the company lost 3.4 percent of its staff last year is simply wrong',
    'The notion that J. Smith & Co. had agreed to sell is false',
    'The claims that Acme paid $4.75 per share were totally unfounded',
  ])('%s', (words) => {
    expect(clauseCalledFalse(words)).toBeDefined();
  });

  it.each([
    'The report about a $2.5 billion deal for Westfield is not accurate',
    'The stories about the U.S. carrier group were completely false',
    'Reports of a 3.5 percent stake were simply untrue',
    'The speculation over Mr. Lind’s $1.2 million bonus is baseless',
  ])('report: %s', (words) => {
    expect(reportCalledFalse(words)).toBe(true);
  });

  it.each([
    // a sentence ends between the clause and the falsity word: the falsity is the next sentence's
    'The claim that Nordbank grew 2.5 percent stood. Its rivals were false friends',
    'The suggestion that Acme would pay $3.5 million was made. The result is not true to form',
    // falsity asked about, whatever the numbers
    'He asked whether the claim that Acme paid $1.3 million was false',
  ])('not a clause called false: %s', (words) => {
    expect(clauseCalledFalse(words)).toBeUndefined();
  });

  it.each([
    [
      `Bayview Clinic spokesman Tom Reyes said: “The suggestion that the couple paid $1.3 million for a private wing is simply not true.”`,
      'tom-reyes',
    ],
    [
      `“The claim that Nordbank offered 2.5 billion euros for Westfield is false,” Nordbank spokeswoman Anna Lind said.`,
      'anna-lind',
    ],
  ])('in an article: %s', (sentence, who) => {
    expect(deniers(`${TALKS} ${sentence}`)).toContain(who);
  });
});

// Never having heard of a thing is not knowing of it, like "not aware of": no denial. And whoever
// is the subject of the reported clause ("reports that Moscow had asked Beijing …") is what the
// report is about, never the one who answers it.
describe('not knowing of a report is no denial', () => {
  const REPORT = 'The Tribune reported on Sunday that Nordbank had asked Westfield for a loan.';
  it.each([
    'A spokesman for Westfield responded by saying, “I’ve never heard of that.”',
    '“We have never heard of any such request,” a Westfield spokeswoman said.',
    'Westfield spokesman Jon Berg said he had not heard of the request.',
    '“I haven’t heard anything about it,” Jon Berg told reporters.',
    'Jon Berg said he was not familiar with any such request.',
    '“We have no idea what they are talking about,” said Jon Berg.',
    'The embassy spokesperson responded to media reports that Nordbank had asked Westfield for a loan by saying, “I’ve never heard of that.”',
    'Asked about reports that Nordbank had sought a loan, Jon Berg said: “That is news to me, I never heard of it.”',
  ])('%s', (sentence) => {
    expect(denials(`${REPORT} ${sentence}`)).toEqual([]);
  });

  // "responded to the reports by saying, “…”": the finder reads no speech in "by saying" after
  // "responded to"; left for a later pass
  it.fails(
    'still a denial: Jon Berg responded to the reports by saying, “That is completely false.”',
    () => {
      expect(
        deniers(
          `${REPORT} Westfield spokesman Jon Berg responded to the reports by saying, “That is completely false.”`,
        ),
      ).toContain('jon-berg');
    },
  );

  it.each([
    // a denial stays a denial beside the same words
    ['“Nordbank never asked us for a loan,” Jon Berg said.', 'jon-berg'],
    ['“I have never heard such nonsense. It is completely false,” Jon Berg said.', 'jon-berg'],
  ])('still a denial: %s', (sentence, who) => {
    expect(deniers(`${REPORT} ${sentence}`)).toContain(who);
  });
});
