// Rules of the thirteenth pass on issue 14, area C, second half: a report whose outlet the text
// does not name ("media reports said", "local media reported", "according to TV channels",
// "earlier reports had said") is an unnamed outlet that REPORTED what it said, and the article
// REPORTED it citing that outlet (ANNOTATION.md, "Ids and entities"). Rounds 1, 3, 5, 6 and 7,
// ten stories. Each form is tested on sentences of our own, with look-alikes that are no outlet.
import { describe, expect, it } from 'vitest';
import { lines, reportsUnnamed, unnamedOutlets } from './extract-helpers.ts';

/** The draft reports P through an unnamed outlet, and the press is no one who said it. */
function reportsUnnamedOnly(text: string) {
  const got = reportsUnnamed(text);
  // the press is no person or organisation that said it (an official source it cites is)
  expect(got.filter((l) => l.startsWith('SAID ') && !/official-source/.test(l))).toEqual([]);
}

describe('a report or press the text does not name is an unnamed outlet', () => {
  const cases = [
    'Media reports said that Orvana Mining would close its copper mine in Peru.',
    'Local media reported that the mayor of Lyon had resigned on Monday.',
    'South Korean media said on Tuesday the leader was recovering after heart surgery.',
    'Several TV channels reported that the prime minister would step down on Friday.',
    'According to media reports, the striker has agreed a move to Napoli.',
    'The striker has agreed a move to Napoli, according to Italian press reports.',
    'The striker has agreed a move to Napoli, Italian newspapers reported on Sunday.',
    'Earlier reports had said the company was weighing a bid for its Dutch rival.',
    'Egyptian media outlets cited an official source as saying that the deal was off.',
    'Spanish media claimed that the princess had been placed in an induced coma.',
    'Previous reports said the club was close to signing the Brazilian forward.',
    'Earlier media reports suggested the minister had been sacked in a reshuffle.',
    'Western media have reported that the general was detained after the mutiny.',
  ];
  for (const text of cases) it(text, () => reportsUnnamedOnly(text));

  it('"the report" after a named outlet reported is that outlet\'s, not an unnamed one', () => {
    const text =
      'Bloomberg reported on Monday that Orvana was in talks with a buyer. The reports said the deal was worth $2 billion.';
    expect(unnamedOutlets(text)).toEqual([]);
    expect(lines(text).filter((l) => l === 'REPORTED bloomberg')).toHaveLength(2);
  });

  it("an unnamed report never becomes the article's own outlet", () => {
    const text = 'According to media reports, the striker has agreed a move to Napoli.';
    expect(lines(text)).not.toContain('REPORTED latin-times');
  });
});

describe('look-alikes: no unnamed outlet', () => {
  const cases = [
    'Reporters asked the minister whether the plant would close.',
    'Kathimerini and Ta Nea said the deal was off; both Greek newspapers cited bankers.',
    'The press secretary said the plant would close next year.',
    'Media Matters said the network had aired false claims about the vote.',
    'The minister told the media that the plant would close next year.',
    'The mayor reports to the city council, which said the budget would be cut.',
  ];
  for (const text of cases) it(text, () => expect(unnamedOutlets(text)).toEqual([]));
});
