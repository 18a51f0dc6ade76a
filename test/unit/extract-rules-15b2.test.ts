// Denial rules of the fifteenth pass on issue 14 (area B, second part): conventions of
// ANNOTATION.md and the structure of a denial, tested on names, stories, tenses and orders of our
// own, with look-alikes that deny nothing (or deny for one only) beside them.
import { describe, expect, it } from 'vitest';
import { denials } from './extract-helpers.ts';

const deniers = (text: string) => [...new Set(denials(text).map((d) => d.split(':')[0]))].sort();

const TALKS = 'The Daily Courier reported that Nordbank was in talks to buy Westfield Insurance.';

// The convention of the annotations: one who speaks for a body, unnamed (a spokesman, a
// spokeswoman, a rep, a representative, a publicist), denies for it, so the body denies too.
describe('an unnamed spokesperson’s denial is the body’s as well', () => {
  it.each([
    ['A spokesman for Westfield denied the report.', 'westfield'],
    ['A Westfield spokeswoman said the report was false.', 'westfield'],
    ['The report was untrue, a rep for Westfield Insurance told reporters.', 'westfield-insurance'],
    ['A spokesperson for Orbis Group dismissed the report as baseless.', 'orbis-group'],
    ['Representatives of Westfield have denied the reports.', 'westfield'],
    ['“The story is completely false,” a spokeswoman for Kestrel Motors said.', 'kestrel-motors'],
    [
      'The report is simply not true, said a spokesman for the Harland Ministry.',
      'harland-ministry',
    ],
    ['Spokesmen for Orbis Group rejected the reports.', 'orbis-group'],
  ])('%s', (sentence, body) => {
    const who = deniers(`${TALKS} ${sentence}`);
    expect(who).toContain(body);
    expect(who.length).toBe(2);
  });

  it.each([
    // officials, sources and insiders speak of a body, not for it: only they deny
    'Westfield officials denied the report.',
    'Two sources close to Westfield said the report was false.',
    'An insider at Westfield said the report was untrue.',
    // a named spokesperson is the one who denies, as before
    'Westfield spokesman Jon Berg denied the report.',
  ])('the body does not deny: %s', (sentence) => {
    expect(deniers(`${TALKS} ${sentence}`)).not.toContain('westfield');
  });

  it.each([
    // a person's spokesman or publicist: the annotations differ on whether the person denies too
    [
      'Emma Lind told fans she was well. A publicist for Emma Lind denied the report on Tuesday.',
      'emma-lind',
    ],
    ['Governor Dale Harlan’s spokesman said the report was false.', 'dale-harlan'],
    // a body known only by part of its name ("Century" of "21st Century Fox")
    ['A 21st Century spokesman denied the report.', 'century'],
  ])('only the spokesperson denies: %s', (sentence, body) => {
    const who = deniers(`${TALKS} ${sentence}`);
    expect(who.length).toBe(1);
    expect(who).not.toContain(body);
  });

  it.each([
    'A spokesman for Westfield declined to comment on the report.',
    'A Westfield spokeswoman would neither confirm nor deny the report.',
    'A rep for Westfield did not respond to a request for comment.',
  ])('no comment is no denial, for either: %s', (sentence) => {
    expect(denials(`${TALKS} ${sentence}`)).toEqual([]);
  });
});
