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

// One reader of "a report called false" (falsity.ts reportCalledFalse): a report noun heads the
// subject and a falsity word is its predicate, in any linking form ("is untrue", "looked like a
// fake", "seems like pure fiction", "as baseless"). Its guard holds for every form: when something
// in between speaks ("the reports said the ballots were fake"), the falsity is the report's own
// words about something else, and the speaker denies nothing.
describe('a report called false, read once and guarded once', () => {
  it.each([
    [
      'The Daily Courier reported that Orion Motors will close its Leeds plant. Jan Berg, the chief executive of Orion Motors, said the report looked like a fake.',
      'jan-berg',
    ],
    [
      'The Herald reported that the mayor will resign. Mayor Ana Cole said the story seemed like pure fiction to her.',
      'ana-cole',
    ],
    [
      'Reuters reported that Kestrel Bank is in talks to buy Halden Insurance. “These claims are speculation without any basis,” Kestrel Bank chief executive Omar Haddad responded.',
      'omar-haddad',
    ],
    [
      'Bloomberg reported that the club had agreed a deal for the striker. Club president Lars Holm said the reports were totally unfounded.',
      'lars-holm',
    ],
    // a clause that only gives the report's content leaves the falsity the report's
    [
      'The Ledger reported that the mayor drafted a resignation letter. Press secretary Jan Berg said the Ledger story alleging that the mayor drafted a resignation letter was false.',
      'jan-berg',
    ],
    [
      'The Courier reported that Orion Motors will close its Leeds plant. Orion Motors chief executive Ruth Nakamura said the report, which claimed the plant would close, was untrue.',
      'ruth-nakamura',
    ],
  ])('%s', (text, who) => {
    expect(lines(text)).toContain(`DENIED ${who}`);
  });

  it.each([
    [
      'Election officials in Dane County reviewed the count. Clerk Maria Ortega said the reports said the ballots were fake but the count was correct.',
      'maria-ortega',
    ],
    [
      'Police searched the flat on Monday. Inspector Tom Hale said the reports showed the passports were fake.',
      'tom-hale',
    ],
    [
      'Customs officers seized the shipment. Officer Karl Weiss said the accounts from the crew suggested the labels were false.',
      'karl-weiss',
    ],
  ])('%s', (text, who) => {
    expect(lines(text)).not.toContain(`DENIED ${who}`);
  });

  // the bypass the review found: draft.ts rejectsNamedReport read "looked like a fake" without
  // falsity.ts reportCalledFalse's guard, and the two are OR-ed; both now ask reportSpeaks
  it('Mayor Ana Cole said the story claimed the letters looked like a fake.', () => {
    const text =
      'The Herald reported that the mayor will resign. Mayor Ana Cole said the story claimed the letters looked like a fake.';
    expect(lines(text)).not.toContain('DENIED ana-cole');
  });
});
