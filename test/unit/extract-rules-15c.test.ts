// Rules of the fifteenth pass on issue 14, area C: unnamed sources as mechanisms. A pronoun that
// a source's modifier describes ("those close to the matter") is an unnamed group; and a publication's own sources ("Reuters' source", "NBC News sources") are the
// unnamed sources that publication cites. Each form is tested on sentences of our own, with
// look-alikes that are none of these.
import { describe, expect, it } from 'vitest';
import { draft, lines } from './extract-helpers.ts';

const anons = (text: string) => draft(text).anonymousSources;

describe('a pronoun that a source modifier describes is an unnamed group', () => {
  const cases = [
    'Logitech walked away from the deal on Sunday according to those close to the matter.',
    'Those familiar with the talks said the deal was off.',
    'The bank will cut 500 jobs, those briefed on the plan said.',
    'According to those with knowledge of the negotiations, the club agreed a fee of 40 million euros.',
    'The minister would resign next week, said those close to him.',
    'Someone familiar with the matter said the merger had been called off.',
    'The board had rejected the offer, according to someone close to the company.',
    'Those knowledgeable about the plan said it would be announced in May.',
  ];
  for (const text of cases)
    it(text, () => {
      expect(anons(text)).toHaveLength(1);
      expect(lines(text).some((l) => /^SAID latin-times-/.test(l))).toBe(true);
    });
});

describe('look-alikes: a pronoun without a source modifier is nobody', () => {
  const cases = [
    'Those who attended said the deal was off.',
    'The minister met those close to the border on Monday.',
    'Those familiar faces returned to the stage on Monday.',
  ];
  for (const text of cases) it(text, () => expect(anons(text)).toEqual([]));
});

describe("a publication's own sources are unnamed sources that publication cites", () => {
  const cases: [string, string][] = [
    ["Reuters' source claims the talks broke down over price.", 'reuters'],
    ['Reuters’ sources said the talks broke down over price.', 'reuters'],
    ["The Wall Street Journal's sources said the bank would cut 500 jobs.", 'wall-street-journal'],
    ['CNN sources said the minister would resign.', 'cnn'],
    ['The meeting took place in April, according to NBC News sources.', 'nbc-news'],
    ['According to Bloomberg insiders, the fund will close in May.', 'bloomberg'],
    ["The minister will resign, the BBC's sources said.", 'bbc-news'],
    ['The club agreed a fee of 40 million euros, Sky News sources said.', 'sky-news'],
  ];
  for (const [text, outlet] of cases)
    it(text, () => {
      const got = anons(text);
      expect(got).toHaveLength(1);
      expect(got[0]!.citedBy).toBe(outlet);
      const l = lines(text);
      expect(l).toContain(`REPORTED ${outlet} <- ${got[0]!.id}`);
      expect(l).toContain(`REPORTED latin-times <- ${outlet}`);
    });
});

describe("look-alikes: an outlet's spokesperson, or a source named for the outlet, is not its sourcing", () => {
  it('"a CNN spokeswoman" is nobody CNN cites', () => {
    const got = anons('A CNN spokeswoman said the network stands by its reporting.');
    expect(got.filter((a) => a.citedBy === 'cnn')).toEqual([]);
  });
  it('"a source familiar with Bloomberg\'s thinking" is the article\'s own source', () => {
    const got = anons("A source familiar with Bloomberg's thinking said the sale was off.");
    expect(got.map((a) => a.citedBy)).toEqual(['latin-times']);
  });
  it('"White House sources" are no publication\'s', () => {
    const got = anons('White House sources said the president would veto the bill.');
    expect(got.map((a) => a.citedBy)).toEqual(['latin-times']);
  });
});
