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
