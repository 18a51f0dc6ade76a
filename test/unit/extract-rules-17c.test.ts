// Rules of the seventeenth pass on issue 14, area C: statement recall of said / reported.
import { describe, expect, it } from 'vitest';
import { draft, lines } from './extract-helpers.ts';

/** The ids of the draft's sources: actors and outlets. */
const ids = (text: string) => {
  const d = draft(text);
  return [...d.actors.map((a) => a.id), ...d.outlets.map((o) => o.id)];
};

// A name is the run of its capitalised words whatever alphabet's capitals they are: the tests of
// "capitalised" were ASCII-only, so "José Álvarez" was cut to "jose", "Ángela Merkel" to "merkel"
// and "Libération" (an ASCII capital, but "\w" stops at "é") to "lib".
describe('a name written with accented letters is the whole name', () => {
  const cases: [string, string][] = [
    ['José Álvarez said the talks had failed.', 'jose-alvarez'],
    ['Ángela Ruiz told reporters the plant would close in May.', 'angela-ruiz'],
    ['The talks had failed, Óscar Peña said on Monday.', 'oscar-pena'],
    ['Interior Minister Élodie Durand said the border would stay open.', 'elodie-durand'],
    ['The French newspaper Libération reported that the two men had met on July 1.', 'liberation'],
    ['Süddeutsche Zeitung reported that the coalition talks had collapsed.', 'suddeutsche-zeitung'],
    ['According to Le Télégramme, the ferry will not sail until spring.', 'le-telegramme'],
    ['Søren Ødegård wrote on Twitter that the merger talks had collapsed.', 'soren-odegard'],
    ['Straße Verlag said the magazine would close.', 'strasse-verlag'],
    [
      'Earlier, Dagens Nyheter, citing two officials, reported that the minister would quit.',
      'dagens-nyheter',
    ],
    ['“We will not sign,” said Søren Ødegård, the union’s chairman.', 'soren-odegard'],
  ];
  for (const [text, id] of cases)
    it(text, () => {
      expect(ids(text)).toContain(id);
      expect(lines(text).some((l) => l.includes(id))).toBe(true);
    });
  // look-alikes: the unaccented names were whole before and stay whole; a lower-case accented
  // word after a name is no part of it
  it('an accented common word after a name is not the name', () => {
    expect(ids('Maria Lopez said the café would close.')).toContain('maria-lopez');
    expect(ids('Jean Dupont said élite units had crossed the border.')).toContain('jean-dupont');
  });
});

// A surname that speaks goes by the full name the text gave before, and a title inside a run of
// capitals ends what comes before it: "McCain Institute Executive Director Kurt Volker … Volker
// confirmed" is Kurt Volker, not "volker"; "Paterson Chief of Staff Lawrence Schwartz" names no
// "Paterson Chief" beside "David Paterson".
describe('a surname is the full name a title introduced, whatever came before the title', () => {
  const cases: [string, string][] = [
    [
      'Acme Institute Executive Director Jane Whitcomb met the board on Monday. Whitcomb said the institute would not close.',
      'jane-whitcomb',
    ],
    [
      'Despite reports that Globex Chief Executive Tom Harlan would quit, Harlan told staff on Friday that he would stay.',
      'tom-harlan',
    ],
    [
      'Ohio Governor Mike DeWine signed the bill on Tuesday. DeWine said the law would take effect in May.',
      'mike-dewine',
    ],
    [
      'Harlan Chief of Staff Maria Lopez wrote to the editor. Governor Tom Harlan had been furious. Harlan said he would not resign.',
      'tom-harlan',
    ],
    [
      'Reports said Vantor Bank Chairman Lars Eklund would step down. Eklund himself confirmed that he would stay until June.',
      'lars-eklund',
    ],
    [
      'The Northwind Foundation President Ana Duarte was not at the meeting. “We are not closing,” Duarte said.',
      'ana-duarte',
    ],
    [
      'Interior Ministry Spokesman Yusuf Kaya spoke to reporters. Kaya said the border would reopen on Monday.',
      'yusuf-kaya',
    ],
    [
      'Kessler Chief Executive Officer Dana Kessler founded the firm in 2001. Kessler said the firm had not been sold.',
      'dana-kessler',
    ],
  ];
  for (const [text, id] of cases)
    it(text, () => expect(lines(text).some((l) => l.split(/[ ,]/).includes(id))).toBe(true));

  it('two people of one surname leave the surname alone', () => {
    const text =
      'Justice Minister Anna Berg and Finance Minister Lars Berg met on Monday. Berg said the budget was balanced.';
    const got = lines(text);
    expect(got).not.toContain('SAID anna-berg');
    expect(got).not.toContain('SAID lars-berg');
  });
  it('a surname with no full name before it stays a surname', () => {
    expect(lines('Berg said the budget was balanced.')).toContain('SAID berg');
  });
});
