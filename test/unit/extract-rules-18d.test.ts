// Precision rules of the eighteenth pass on issue 14 (area D), found by sorting the false hits of
// rounds 15 to 17 and looking for each kind in rounds 1 and 3 to 14: each is a mechanism over the
// structure of the words, tested on names, stories, tenses and orders of our own, with look-alikes
// beside them that are not the thing.
import { describe, expect, it } from 'vitest';
import { lines } from './extract-helpers.ts';

// A verb that is not one of saying or reporting and takes a thing as its object ("maintains regular
// contact with X", "expressed surprise over the coverage", "emphasized the need for", "urged them
// to", "showed up at", "complained of chest pains") attributes no proposition: there is no clause
// (no verb of its own, or one opened by a preposition or an object pronoun) and no quotation. A
// verb of saying or reporting keeps its object ("first reported the justice's plans", "reported
// on the talks" are statements the annotators take), as do denials and confirmations.
describe('an object without a clause of its own is no statement', () => {
  it.each([
    [
      'Karl Weiss reportedly maintains regular contact with Chinese President Xi Jinping.',
      'karl-weiss',
    ],
    ['Coach Lee Park urged them to stay calm before the final.', 'lee-park'],
    [
      'Foreign ministry spokesman Ali Rezaei expressed surprise over the coverage of the meeting by Western media.',
      'ali-rezaei',
    ],
    [
      'Senator Ana Cole emphasized the need for a diplomatic solution to the crisis in Sudan.',
      'ana-cole',
    ],
    [
      'Vice Minister Ruth Nakamura emphasised the importance of the alliance with Washington on Tuesday.',
      'ruth-nakamura',
    ],
    [
      'Deputy leader Omar Haddad supported the finance ministry’s position on the budget.',
      'omar-haddad',
    ],
    ['Omar Haddad, 64, complained of chest pains on Sunday.', 'omar-haddad'],
    ['Governor Tom Hale showed up at the hospital in Albany on Saturday.', 'tom-hale'],
    ['Abu Dhabi officials knew about Beijing’s plans for the port.', 'abu-dhabi'],
  ])('%s', (text, who) => {
    const got = lines(text);
    expect(got.filter((l) => l.includes(who))).toEqual([]);
  });
  // a clause, a quotation, or an object a denial or a confirmation answers stays a statement
  it.each([
    ['Anna Ruiz told friends that she plans to leave the ministry in May.', 'SAID anna-ruiz'],
    [
      'Governor Tom Hale announced on Monday that the state will raise its minimum wage.',
      'SAID tom-hale',
    ],
    ['Karl Weiss said “a deal is close” after meeting the board.', 'SAID karl-weiss'],
    ['The Daily Courier reported the plant will close in June.', 'REPORTED daily-courier'],
    ['Porto denied the report on Tuesday.', 'DENIED porto'],
    ['Karl Weiss maintained that the deal with Beijing was legal.', 'SAID karl-weiss'],
    ['Reuters first reported the justice’s plans to retire.', 'REPORTED reuters'],
    [
      'Reuters reported on the talks between Orion Motors and Halden Energy last Friday.',
      'REPORTED reuters',
    ],
    ['Governor Tom Hale announced his decision to retire on Monday.', 'SAID tom-hale'],
    [
      'Reuters reported that Orion Motors will close its Leeds plant. Orion Motors denied the report.',
      'DENIED orion-motors',
    ],
    ['Paula Grant told reporters the tax would not rise.', 'SAID paula-grant'],
    ['According to Jan Berg, the talks collapsed on Friday.', 'SAID jan-berg'],
  ])('%s', (text, want) => {
    expect(lines(text)).toContain(want);
  });
});
