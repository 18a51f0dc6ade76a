// Rules of the thirteenth pass on issue 14, area C: written from what recurs across rounds, not
// from one round's sentences. The outlet that carried a source's words is often named in a
// modifier of the source or of a passive cue ("officials cited by The Guardian", "Hamada was
// quoted as saying by Kyodo", "a spokeswoman, reached by Reuters, said"): rounds 1, 3, 4, 6 and 7.
// Each family is tested on sentences of our own, in several orders, with look-alikes.
import { describe, expect, it } from 'vitest';
import { lines } from './extract-helpers.ts';

describe('the outlet named in a modifier of the source or a passive cue carried its words', () => {
  const cases: [string, string[]][] = [
    [
      '"The plant will close," Maria Lopez was quoted as saying by Reuters.',
      ['SAID maria-lopez', 'REPORTED reuters <- maria-lopez'],
    ],
    [
      'Maria Lopez was quoted by Reuters as saying that the plant would close.',
      ['SAID maria-lopez', 'REPORTED reuters <- maria-lopez'],
    ],
    [
      'Maria Lopez, quoted by Reuters, said the plant would close.',
      ['SAID maria-lopez', 'REPORTED reuters <- maria-lopez'],
    ],
    [
      'Maria Lopez, interviewed by CNN on Sunday, said the plant would close.',
      ['SAID maria-lopez', 'REPORTED cnn <- maria-lopez'],
    ],
    [
      'Jan Novak, contacted by the Associated Press, said the plant would close.',
      ['SAID jan-novak', 'REPORTED associated-press <- jan-novak'],
    ],
    [
      'Acme said in a statement cited by Bloomberg that the plant would close.',
      ['SAID acme', 'REPORTED bloomberg <- acme'],
    ],
    [
      'The plant will close, Acme said in a statement quoted by CNN.',
      ['SAID acme', 'REPORTED cnn <- acme'],
    ],
    [
      'Jan Novak has been quoted in a report by The Guardian saying the plant would close.',
      ['SAID jan-novak', 'REPORTED guardian <- jan-novak'],
    ],
    [
      '"No leaks have been found," Defence Minister Li Wei was quoted as saying by the Kyodo news agency.',
      ['SAID li-wei', 'REPORTED kyodo-news <- li-wei'],
    ],
  ];
  for (const [text, want] of cases)
    it(text, () => {
      const got = lines(text);
      for (const w of want) expect(got).toContain(w);
    });

  it('an unnamed source cited by an outlet is that outlet\'s, and "cited" is not its cue', () => {
    const got = lines('However, officials cited by The Guardian said the plant would close.');
    expect(got.filter((l) => l.startsWith('SAID '))).toEqual([
      expect.stringMatching(/^SAID guardian-officials/),
    ]);
    expect(got.some((l) => l.startsWith('REPORTED guardian <- guardian-officials'))).toBe(true);
  });
  it('a spokeswoman reached by an outlet spoke to it', () => {
    const got = lines(
      'A spokeswoman for Acme, reached by Reuters via email, said the plant would close.',
    );
    expect(got.some((l) => /^SAID reuters-spokeswoman/.test(l))).toBe(true);
  });
  it('an insider speaking to an outlet, with no commas, is its source, not the outlet', () => {
    const got = lines('An insider speaking to CNN claimed the deal was off.');
    expect(got.some((l) => /^SAID cnn-insider/.test(l))).toBe(true);
  });

  describe('look-alikes: a participle with "by" is no cue of its own', () => {
    it('"officials cited by Reuters were not named" says nothing', () => {
      expect(lines('Officials cited by Reuters were not named.')).toEqual([]);
    });
    it('"the figures cited by Maria Lopez" are not her statement', () => {
      expect(
        lines('The figures cited by Maria Lopez were wrong, the minister said.'),
      ).not.toContain('SAID maria-lopez');
    });
    it('a passive with its auxiliary stays a cue', () => {
      expect(lines('The talks were reported by Reuters to have collapsed.')).toContain(
        'REPORTED reuters',
      );
    });
    it('"responded by saying" is a means, not an agent', () => {
      expect(lines('Acme responded by saying the plant would stay open.')).toContain('SAID acme');
    });
    it('"confirmed by email" is still the confirmer\'s cue', () => {
      expect(lines('Acme confirmed by email that the plant would close.')).toContain(
        'CONFIRMED acme',
      );
    });
    it('"told" alone keeps its listener', () => {
      expect(lines('Maria Lopez told Reuters the plant would close.')).toContain(
        'REPORTED reuters <- maria-lopez',
      );
    });
  });
});

describe('"…, reports X." after the words: the inverted present tense is a report cue', () => {
  const cases: [string, string][] = [
    ['China broke into the networks in 2020, reports Reuters.', 'REPORTED reuters'],
    ['The plant will close next year, reports the Guardian.', 'REPORTED guardian'],
    ['The plant will close next year, reports CNN.', 'REPORTED cnn'],
    ['Acme is weighing a sale of its steel unit, reports Bloomberg News.', 'REPORTED bloomberg'],
    ['The plant will close next year, writes the Financial Times.', 'REPORTED financial-times'],
    ['The plant will close next year, reports CNN’s Jake Tapper.', 'REPORTED cnn'],
    ['The talks collapsed on Friday, reports the Associated Press.', 'REPORTED associated-press'],
    ['The plant will close next year, says Reuters.', 'REPORTED reuters'],
  ];
  for (const [text, line] of cases)
    it(text, () => {
      expect(lines(text)).toContain(line);
    });
  it('a list with "reports" in it is no cue', () => {
    expect(lines('The agency publishes forecasts, reports and data on prices.')).toEqual([]);
  });
  it('"reports" as the subject\'s plural noun is no cue', () => {
    expect(lines('Acme denied the claims, reports said.')).not.toContain('REPORTED acme');
  });
});
