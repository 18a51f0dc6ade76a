// Rules of the fifteenth pass on issue 14, area A, second part: short names. A later mention that
// is the surname, the initials or the first word of exactly one name the text gave in full is
// that name's entity, for persons, companies and outlets alike; two such names leave it as it is.
import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../server/extract/draft.ts';
import { draft, lines } from './extract-helpers.ts';

const sources = (text: string) => [...new Set(lines(text).map((l) => l.split(' ')[1]!))];

describe('a short name is the one full name given earlier that it shortens', () => {
  it.each([
    // the surname of a person named only where nobody spoke
    [
      'Rumours spread that minister Karim Haddad had quit. Haddad told reporters he had not resigned.',
      'karim-haddad',
    ],
    [
      'A photo of Olena Marchuk went viral on Tuesday. “I was never there,” Marchuk said.',
      'olena-marchuk',
    ],
    // a company by its first word, the rest saying what kind of body it is
    [
      'Shares of Tata Motors rose after the report. Tata said the talks were at an early stage.',
      'tata-motors',
    ],
    [
      'The bid came from Vantor Holdings, a Dubai fund. Vantor denied that it had made an offer.',
      'vantor-holdings',
    ],
    [
      'Analysts said Mukesh Ambani’s Reliance Industries could bid. The deal is off, Reliance said on Monday.',
      'reliance-industries',
    ],
    // initials
    [
      'Shares fell after a report by Orion Mining Group on Monday. OMG said output would fall.',
      'orion-mining-group',
    ],
    [
      'A story in The Harbour Chronicle caused a stir. According to HC, the mayor will resign.',
      'harbour-chronicle',
    ],
    [
      'Brenner Steel Works Ltd (BSW) shares fell. BSW said in a filing that the plant would close.',
      'brenner-steel-works',
    ],
  ])('%s', (text, id) => {
    expect(sources(text)).toContain(id);
    expect(sources(text)).not.toContain(id.split('-')[0]);
  });

  it.each([
    // two full names shorten alike: neither
    [
      'Karim Haddad and his brother Samir Haddad were both named. Haddad said the report was false.',
      'haddad',
    ],
    ['Tata Motors and Tata Steel both rose. Tata said the talks were at an early stage.', 'tata'],
    // a product or a place named with it says nothing of what it is
    ['Apple Music added a feature on Monday. Apple said sales were up.', 'apple'],
    // a short name never named in full stays as it stands
    ['Haddad told reporters he had not resigned.', 'haddad'],
    // a country is its government, not a body named after it
    [
      'Shares of Pakistan Petroleum Limited fell. Pakistan said the report was false.',
      'pakistani-government',
    ],
  ])('unchanged: %s', (text, id) => {
    expect(sources(text)).toContain(id);
  });
});

describe('the article’s own outlet, named without "The", by its initials or its domain, is the own outlet', () => {
  const ofOwn = (text: string, outlet: string, host: string) =>
    extractDraft({ url: `https://www.${host}/story-1`, publishedAt: '2025-11-04', text, outlet })
      .document;
  it.each([
    ['A spokesperson for Qantas told CI: “The flights will resume on Monday.”'],
    ['The flights will resume, a Qantas spokesperson told CI on Monday.'],
    ['“The flights will resume,” a Qantas spokesman told coastalinsider.com.au.'],
    ['A Qantas spokeswoman, speaking to CI, said the flights would resume.'],
  ])('an edition (Coastal Insider Australia): %s', (text) => {
    const d = ofOwn(text, 'Coastal Insider Australia', 'coastalinsider.com.au');
    expect(d.outlets.map((o) => o.id)).toEqual(['coastal-insider-australia']);
    expect(d.anonymousSources.map((x) => x.citedBy)).toEqual(['coastal-insider-australia']);
  });
  it.each([
    ['The plant will close, according to people familiar with the matter.'],
    ['The plant will close, people familiar with the matter told Harbour Chronicle.'],
    ['People familiar with the matter told The Harbour Chronicle that the plant will close.'],
    ['The plant will close, people familiar with the matter told HC on Sunday.'],
  ])('a name with "The" (The Harbour Chronicle): %s', (text) => {
    const d = ofOwn(text, 'The Harbour Chronicle', 'harbourchronicle.com');
    expect(d.outlets.map((o) => o.id)).toEqual(['harbour-chronicle']);
    expect(d.anonymousSources.map((x) => x.id)).toEqual([
      'harbour-chronicle-people-familiar-with-the-matter',
    ]);
  });
  it.each([
    ['The plant will close, a spokesman told CNN.', 'cnn'],
    ['The plant will close, a spokesman told Harbour Times.', 'harbour-times'],
    ['The plant will close, a spokesman told BI.', 'bi'],
  ])('another outlet stays another (own: The Harbour Chronicle): %s', (text, id) => {
    const d = ofOwn(text, 'The Harbour Chronicle', 'harbourchronicle.com');
    expect(d.anonymousSources.map((x) => x.citedBy)).toEqual([id]);
  });
  it('the parent the text names beside the edition is another outlet, initials and all', () => {
    const d = ofOwn(
      'A Qantas spokesperson told Coastal Insider that the flights will resume. CI added that fares would rise.',
      'Coastal Insider Australia',
      'coastalinsider.com.au',
    );
    expect(d.outlets.map((o) => o.id)).toContain('coastal-insider');
  });
  it.each([
    ['The director of the CIA said the flights would resume.'],
    ['The flights would resume, the CIA said.'],
  ])('the initials of the whole name, edition and all, are another body: %s', (text) => {
    const d = ofOwn(text, 'Coastal Insider Australia', 'coastalinsider.com.au');
    expect(d.statements.map((s) => `${s.type} ${s.source}`)).toContain('SAID cia');
  });
});

describe('an unnamed source who spoke to an outlet is that outlet’s source, and a second one is another', () => {
  const anonsOf = (text: string) => draft(text).anonymousSources;
  it.each([
    [
      'The Guardian reported the talks had collapsed. A second source, who spoke to the newspaper in Doha, said the leaders would leave.',
      'guardian',
    ],
    [
      'The Guardian reported the talks had collapsed. A second source who spoke to the outlet said the leaders would leave.',
      'guardian',
    ],
    [
      'The leaders would leave, a third official, who spoke to the BBC from Turkey, said.',
      'bbc-news',
    ],
    ['Another diplomat who talked with Reuters said the leaders would leave.', 'reuters'],
    [
      'CNN aired the claim first. One aide who spoke with the network on Friday said the leaders would leave.',
      'cnn',
    ],
  ])('%s', (text, outlet) => {
    expect(anonsOf(text).map((x) => x.citedBy)).toEqual([outlet]);
  });
  it.each([
    // the outlet it spoke to is the article's own when none was named
    ['A second source who spoke to the outlet said the leaders would leave.', 'latin-times'],
    // spoken to a person, not an outlet: the article cites it
    [
      'A third official, who spoke to the minister on Friday, said the leaders would leave.',
      'latin-times',
    ],
  ])('unchanged: %s', (text, outlet) => {
    expect(anonsOf(text).map((x) => x.citedBy)).toEqual([outlet]);
  });
  it('"a second source" after a first is another one', () => {
    const text =
      'A source in the ministry said the talks had collapsed. A second source said the leaders would leave.';
    expect(anonsOf(text).length).toBe(2);
  });
});
