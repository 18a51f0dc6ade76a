// Rules of the fifteenth pass on issue 14, area A, second part: short names. A later mention that
// is the surname, the initials or the first word of exactly one name the text gave in full is
// that name's entity, for persons, companies and outlets alike; two such names leave it as it is.
import { describe, expect, it } from 'vitest';
import { lines } from './extract-helpers.ts';

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
