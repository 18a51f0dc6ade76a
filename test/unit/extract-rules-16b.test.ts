// Denial rules of the sixteenth pass on issue 14 (area B): a speaker's negation of the reported act
// in its own words ("No approach has been received", "I have not resigned"), set beside reports
// in its sentence or the one before or after. Tested on names, tenses and orders of our own, with
// look-alikes that only refuse, do not know, or negate without any report near.
import { describe, expect, it } from 'vitest';
import { repliedToReports } from '../../server/extract/falsity.ts';
import { denials } from './extract-helpers.ts';

const deniers = (text: string) => denials(text).map((d) => d.split(':')[0]);

describe('a negated restatement beside reports denies them', () => {
  it.each([
    [
      'Media reports said the coach was about to be fired. A spokesman for Rovers told Reuters: "Tom Hale has definitely not been sacked."',
      'reuters-spokesman-for-rovers',
    ],
    [
      'Hours after speculation that she had quit, Maria Lopez spoke to reporters. "I have not resigned as minister," Lopez said.',
      'maria-lopez',
    ],
    [
      'The Evening Post claimed that the drones were built in Poland. "The devices were never in Poland," said government spokesman Jan Nowak.',
      'jan-nowak',
    ],
    [
      'Kremlin spokesman Dmitry Orlov told reporters that “no, there wasn’t” a request, after the Daily Courier reported one.',
      'dmitry-orlov',
    ],
    [
      'The Daily Courier reported that Rovers had sacked Tom Hale. Rovers said on Monday that Hale had not been sacked.',
      'rovers',
    ],
  ])('%s', (text, who) => {
    expect(deniers(text)).toContain(who);
  });

  // not yet: a report clause after the cue in the same sentence ("…, a day after X reported …")
  // is read as the content's end or as an attribution of its own, so the reply is not reached;
  // a report only after the reply, with no words in common, is not looked for
  it.fails.each([
    [
      '"No offer has been received," Westfield Insurance said in a statement. The Daily Courier had reported that Nordbank was preparing a bid.',
      'westfield-insurance',
    ],
    [
      'Nordbank said on Tuesday that it has not received any approach, a day after the Daily Courier reported that Westfield Insurance was preparing a bid.',
      'nordbank',
    ],
    [
      '"We did not sign any contract with Acme," Globex chief executive Anna Berg said, after the Daily Courier reported a deal.',
      'anna-berg',
    ],
  ])('%s', (text, who) => {
    expect(deniers(text)).toContain(who);
  });

  it.each([
    // a refusal or not knowing is never a denial
    'The Daily Courier reported that Nordbank was preparing a bid. "We do not comment on speculation," Nordbank said.',
    'Media reports said the coach was about to be fired. "We have not been informed of any change," Rovers said.',
    'The Daily Courier reported a bid. "We have not seen any evidence of that," Nordbank said.',
    // a negation with no report near answers nothing
    'Nordbank said it has not received any complaints about its new app this year.',
    // a future or habitual negation is no reply about what happened
    'The Daily Courier reported a bid. "We will not be intimidated by anyone," Nordbank said.',
    // the people a report relies on tell it what did not happen
    'Nordbank did not authorize the approach, people familiar with the matter told the Daily Courier, which reported the talks.',
    // a negation inside a relative clause is not the speaker's reply
    'The Daily Courier reported on the surgery. "There were complications that we did not expect," Dr. Ruth Alba said.',
  ])('not a denial: %s', (text) => {
    expect(denials(text)).toEqual([]);
  });

  it('states the proposition positively', () => {
    const near = ['after reports said so'];
    const pos = (s: string) => s.replace(/\s+not\b/, '');
    expect(repliedToReports('It has not received any approach.', near, pos)).toBe(
      'It has received any approach',
    );
    expect(repliedToReports('It has not received any approach.', ['nothing near'], pos)).toBe(
      undefined,
    );
  });
});
