// Rules-16, the lead's part: two ways a name was cut to its last word, found in round 14's misses
// (so round 14 is no blind check of them). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { found, lines } from './extract-helpers.ts';

const sourceOf = (text: string, type = 'REPORTED') =>
  lines(text)
    .filter((l) => l.startsWith(`${type} `) && !l.includes('<-'))
    .map((l) => l.split(' ')[1]);

describe('a paper named for its day of issue is that paper, not its head word', () => {
  it.each([
    [
      'The Sunday Times reported that the prime minister was furious about the leak.',
      'sunday-times',
    ],
    ['According to The Sunday Times, the minister will resign next week.', 'sunday-times'],
    ['The Sunday Telegraph reported on Sunday that the minister would resign.', 'sunday-telegraph'],
    ['The Sunday Herald claimed that the council had sold the land.', 'sunday-herald'],
  ])('%s', (text, id) => {
    expect(lines(text).some((l) => l.startsWith(`REPORTED ${id}`) && !l.includes('<-'))).toBe(true);
    expect(sourceOf(text)).not.toContain('times');
  });
  it('the source a Sunday paper quotes is scoped to that paper', () => {
    expect(
      lines('A senior source told The Sunday Times that the chancellor would be moved.'),
    ).toContain('REPORTED sunday-times <- sunday-times-senior-source');
  });
  it.each([
    [
      'Smith wrote in The Sunday Telegraph that the plan had failed.',
      'wrote in The Sunday Telegraph',
    ],
    [
      'Smith said on The Monday Programme that the plan had failed.',
      'said on The Monday Programme',
    ],
    [
      'Smith wrote in The Daily Telegraph that the plan had failed.',
      'wrote in The Daily Telegraph',
    ],
    ['Smith said on Monday that the plan had failed.', 'said on Monday'],
  ])('a channel named for a day is the channel, as any other is: %s', (text, cue) => {
    expect(found(text).map((f) => f.split(' | ')[1])).toEqual([cue]);
  });
  it.each([
    ['The Times reported on Sunday that the minister would resign.', 'times'],
    ['On Sunday, The Times reported that the minister would resign.', 'times'],
    ['The New York Times reported Sunday that the minister would resign.', 'new-york-times'],
  ])('a day beside a paper is only when: %s', (text, id) => {
    expect(sourceOf(text)).toEqual([id]);
  });
});

describe('a name whose first word reads as a verb, opening the clause after a fronted phrase', () => {
  it.each([
    [
      'In a statement to ITV News, Downing Street said the chancellor had full confidence.',
      'downing-street',
    ],
    [
      'On Monday, Reading Borough Council said the plan had been dropped.',
      'reading-borough-council',
    ],
    ['Earlier, Turning Point USA said the event would go ahead.', 'turning-point-usa'],
    ['Late on Friday, Sterling Bank said the report was inaccurate.', 'sterling-bank'],
  ])('%s', (text, id) => {
    expect(sourceOf(text, 'SAID')).toEqual([id]);
  });
  it.each([
    ['Asked about the report, Smith said the plan had been dropped.', 'smith'],
    ['In a statement, the council said the plan had been dropped.', undefined],
  ])('a plain subject stays as it was: %s', (text, id) => {
    const said = sourceOf(text, 'SAID');
    if (id) expect(said).toEqual([id]);
    else expect(said.every((s) => !/^(in|statement)/.test(s!))).toBe(true);
  });
});
