// Rules of the thirteenth pass on issue 14, area A: who the source is. Written from kinds that
// recur across rounds and stories (/tmp/r13-a-kinds.md), each tested as a family of news prose
// with other names, titles, tenses and orders than the corpus, and with look-alikes.
import { describe, expect, it } from 'vitest';
import { draft, lines } from './extract-helpers.ts';

const sources = (text: string) => [...new Set(lines(text).map((l) => l.split(' ')[1]))];
const outletIds = (text: string) => draft(text).outlets.map((o) => o.id);

describe('a portfolio joined by "and" inside a title is one title, not two speakers', () => {
  it.each([
    [
      'Information and Broadcasting Minister Manish Tewari said the report was baseless.',
      'manish-tewari',
    ],
    [
      'Science and Technology Minister Ana Silva told reporters the budget would rise.',
      'ana-silva',
    ],
    [
      'Trade and Industry Secretary Kemi Badenoch said on Monday that talks had resumed.',
      'kemi-badenoch',
    ],
    [
      '“We will not raise taxes,” Housing and Urban Development Secretary Jan Novak said.',
      'jan-novak',
    ],
    ['The plan is dead, Culture, Media and Sport Secretary Lisa Nandy told the BBC.', 'lisa-nandy'],
    ['Work and Pensions Secretary Liz Kendall insisted the cuts would go ahead.', 'liz-kendall'],
    ['Energy and Climate Minister Chris Bowen has said the target stands.', 'chris-bowen'],
    ['Petroleum and Natural Gas Minister Hardeep Puri said prices would fall.', 'hardeep-puri'],
  ])('%s', (text, id) => {
    expect(sources(text)).toContain(id);
    // the portfolio before "and" is no speaker of its own
    expect(sources(text)).not.toContain(
      text
        .replace(/^[^A-Z]*/, '')
        .split(/[ ,]/)[0]!
        .toLowerCase(),
    );
  });
  it('inverted: “It is false,” said Information and Broadcasting Minister Manish Tewari.', () => {
    expect(
      sources('“It is false,” said Information and Broadcasting Minister Manish Tewari.'),
    ).toContain('manish-tewari');
  });
  it.each([
    ['Biden and Foreign Minister Ana Silva said the talks would go on.', ['biden', 'ana-silva']],
    [
      'Canada and the United States said the border would stay open.',
      ['canadian-government', 'american-government'],
    ],
  ])('two speakers, or a company, stay as before: %s', (text, ids) => {
    for (const id of ids) expect(sources(text)).toContain(id);
  });
});

describe('a compound title before a name is the title, and the name speaks', () => {
  it.each([
    ['Deputy Attorney General Rod Rosenstein said the report was inaccurate.', 'rod-rosenstein'],
    ['Acting Defense Secretary Mark Esper told reporters the troops would stay.', 'mark-esper'],
    ['Assistant Secretary of State Jan Novak said the visit was cancelled.', 'jan-novak'],
    ['“No decision has been made,” Deputy Prime Minister Anna Berg said.', 'anna-berg'],
    ['Under Secretary of Defense Ana Silva said the contract was signed.', 'ana-silva'],
    ['Lieutenant Governor Jan Novak denied the claim on Friday.', 'jan-novak'],
    ['Vice Admiral Ana Silva said the ship had returned to port.', 'ana-silva'],
    ['Interim Chief Jan Novak said the bank would cut 200 jobs.', 'jan-novak'],
    ['Associate Justice Ana Silva wrote that the law was void.', 'ana-silva'],
  ])('%s', (text, id) => {
    expect(sources(text)).toContain(id);
  });
  it.each([
    ['The Deputy Prime Minister said the vote would go ahead.', 'jan-novak'],
    ['Acting on a tip, Novak said the shipment was seized.', 'acting'],
  ])('no name, no person: %s', (text, wrong) => {
    expect(sources(text)).not.toContain(wrong);
  });
});

describe('the last word(s) of one publication named in full are that publication', () => {
  it.each([
    [
      'The chief denied the claims outlined in an article published Tuesday by the Los Angeles Times. The detectives were ordered to investigate, the Times reported.',
      'los-angeles-times',
      'times',
    ],
    [
      'According to the Irish Times, the deal was signed. The Times said the minister had approved it.',
      'irish-times',
      'times',
    ],
    [
      'The Sydney Morning Herald reported that the mine would close. The Herald said 300 jobs would go.',
      'sydney-morning-herald',
      'herald',
    ],
    [
      'The New York Daily News says the story will drop on Monday. (The Daily News says a major newspaper has it.)',
      'new-york-daily-news',
      'daily-news',
    ],
    [
      'The deal was first reported by the Jakarta Post. The Post reported that the minister resigned.',
      'jakarta-post',
      'post',
    ],
    [
      'An aide told the Financial Times that the bid was dropped. The bid was dropped, the Times reported.',
      'financial-times',
      'times',
    ],
  ])('%s', (text, id, short) => {
    expect(outletIds(text)).toContain(id);
    expect(outletIds(text)).not.toContain(short);
    expect(sources(text)).toContain(id);
  });
  it('two longer names that end alike leave the short one as it was', () => {
    const text =
      'The Irish Times reported the merger, and the Financial Times reported it too. The Times said the bank would cut jobs.';
    expect(outletIds(text)).not.toContain('irish-times-financial-times');
    expect(sources(text)).toContain('irish-times');
    expect(sources(text)).toContain('financial-times');
  });
});
