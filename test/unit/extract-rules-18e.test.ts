// Mends of the eighteenth pass's review on issue 14: places where two helpers' rules met, each
// a mechanism tested on sentences of our own.
import { describe, expect, it } from 'vitest';
import { draft, lines } from './extract-helpers.ts';

describe('a company named by its web address is read as by its name', () => {
  // the tagger's mistakes ("quotes" read as a noun) were mended before "Amazon.com" was joined
  // into one word, so after an address the word before was still "com"
  it.each([
    ['Amazon.com', 'Acme', 'amazon', 'acme'],
    ['Booking.com', 'Halden', 'booking', 'halden'],
  ])('%s quotes an unnamed official saying …', (address, name, addressId, nameId) => {
    const said = (who: string) => `${who} quotes an unnamed official saying: “The deal is done.”`;
    expect(lines(said(address))).toEqual(
      lines(said(name)).map((l) => l.replaceAll(nameId, addressId)),
    );
  });
});

describe('a people’s adjective is one word list in the finder and the draft', () => {
  // the finder spelt the endings (-an, -ese, -ish, -ic, -i, -ch) twice without the draft's few
  // that end otherwise, so "Swiss and French officials" lost its first word
  const descriptions = (text: string) => draft(text).anonymousSources.map((a) => a.description);
  it.each([
    ['Swiss and French officials', 'The talks collapsed, according to Swiss and French officials.'],
    ['Greek and Italian diplomats', 'Greek and Italian diplomats said the talks collapsed.'],
    ['Thai and Chinese officials', 'The talks collapsed, according to Thai and Chinese officials.'],
  ])('%s', (description, text) => {
    expect(descriptions(text)).toContain(description);
  });
});

describe('"he" in a charge he has denied is the person the sentence before is about', () => {
  // "he" after a sentence about a named person that quotes no one was that person for "he said"
  // (rules-18 C), but still the last speaker for "a charge he has denied"
  it.each([
    [
      'Mayor Ana Cole told reporters the budget was balanced. Governor Tom Hale toured the flooded towns on Monday. Critics say the state hid the damage, a charge he has denied.',
      'tom-hale',
    ],
    [
      'Union leader Lars Holm said the strike would go on. Health Minister Jan Berg visited the hospital on Tuesday. Critics say the ministry hid the figures, a charge he has denied.',
      'jan-berg',
    ],
  ])('%s', (text, who) => {
    expect(lines(text)).toContain(`DENIED ${who}`);
  });
});

describe('a year or a weekday after an unnamed source is when, not where', () => {
  // placedSource ran the description on through "in …" unless a month or a period followed; the
  // finder's other two time tests also knew years and weekdays, and now all three are one
  const descriptions = (text: string) => draft(text).anonymousSources.map((a) => a.description);
  it.each([
    'The plan was shelved, according to officials in 2019.',
    'The plan was shelved, according to two diplomats on Monday.',
    'The plan was shelved, according to people close to the talks in 2021.',
  ])('%s', (text) => {
    expect(descriptions(text).some((d) => /2019|Monday/.test(d))).toBe(false);
  });
  it('a place still describes', () => {
    expect(descriptions('The plan was shelved, according to officials in the ministry.')).toContain(
      'officials in the ministry',
    );
  });
});

describe('"TV reports about X" are the press’s words, as "media reports about X" are', () => {
  // the test for a word of the press ran on lowered words and knew "TV" only in capitals
  it.each(['TV reports', 'television reports', 'media reports'])(
    'the ministry dismissed %s about the resignation',
    (words) => {
      const text = `The ministry dismissed ${words} about the resignation of the defence minister.`;
      expect(lines(text).some((l) => /^REPORTED unnamed-/.test(l))).toBe(true);
    },
  );
});
