// PolNeAR span rules of the sixth pass on issue 14, found by reading the train split's misses
// (bench/polnear-explain.ts): sources the subject walk cut short, passive cues, and cues that are
// an adjective after "be" or a noun after a possessive. Sentences are ours; each case fails
// without its rule.
import { describe, expect, it } from 'vitest';
import { described, found } from './extract-helpers.ts';

describe('the subject before a cue is the whole noun phrase', () => {
  it.each([
    // a capitalised first name the tagger reads as a verb, inside a longer name
    ['Ohio Sen. Ted Marsh says the bill will fail.', 'Ohio Sen. Ted Marsh'],
    // a participle used as an adjective
    [
      'Nine in 10 Democratic registered voters say they like the plan.',
      'Nine in 10 Democratic registered voters',
    ],
    // a participle phrase after the noun
    ['Exit polls taken in Ohio found that most voters wanted change.', 'Exit polls taken in Ohio'],
    [
      'A majority of voters looking for an outsider supported the Ohio senator.',
      'A majority of voters looking for an outsider',
    ],
    // a quantity with its adverb
    ['Nearly half said the economy was their main worry.', 'Nearly half'],
    ['More than 4 in 10 said the economy was their main worry.', 'More than 4 in 10'],
    // "aides to Clinton"
    ['Aides to the governor say she is shifting her tack.', 'Aides to the governor'],
  ])('%s', (text, source) => {
    expect(described(text)).toEqual([source]);
  });

  it('a clause before the subject stays out of it', () => {
    expect(described('When the mayor campaigned in Ohio he said the plant would stay.')).toEqual([
      'he',
    ]);
  });
});
