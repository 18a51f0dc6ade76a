// Denial rules of the thirteenth pass on issue 14 (area B), written from the kinds that recur
// across rounds (rounds 4 to 7, ten stories): a speaker's negated clause that the sentence itself
// marks as answering reports ("…, as reported", "contrary to reports", "despite reports that …",
// "amid speculation that …", "after the Telegraph reported …"). No report statement stands
// elsewhere in these texts: the marker alone says what is denied. Each block is a family, in
// names, tenses and orders of our own, beside look-alikes that deny nothing.
import { describe, expect, it } from 'vitest';
import { denials } from './extract-helpers.ts';

const deniers = (text: string) => denials(text).map((d) => d.split(':')[0]);

describe('a negated clause marked as the reports it answers', () => {
  it.each([
    // the clause is what the reports said
    [
      '“I can confirm that Lena Holm is not in the hospital, as reported,” her agent Tom Berg told the Oslo Herald.',
      'tom-berg',
      /Lena Holm is in the hospital/,
    ],
    [
      'Her agent Tom Berg said Lena Holm was not in hospital, as had been reported.',
      'tom-berg',
      /Lena Holm was in hospital/,
    ],
    [
      'Nordbank said on Friday that it was not in talks to buy Westfield Insurance, contrary to media reports.',
      'nordbank',
      /in talks to buy Westfield/,
    ],
    [
      'Contrary to reports in the British press, Nordbank is not in talks to buy Westfield Insurance, a spokeswoman for the bank said.',
      'spokeswoman-for-the-bank',
      /in talks to buy Westfield/,
    ],
    [
      'Despite press stories to the contrary, Lena Holm has not suffered a heart attack, a spokeswoman said in a statement to Reuters.',
      'reuters-spokeswoman',
      /Lena Holm has suffered a heart attack/,
    ],
    // the reports' words are given after the marker
    [
      'Nordbank insisted it was not in merger talks amid speculation that it was about to begin negotiations with Westfield Insurance.',
      'nordbank',
      /about to begin negotiations with Westfield/,
    ],
    [
      'Nordbank said it was not in talks that may lead to a merger after the Daily Courier reported the bank was about to start negotiations with Westfield.',
      'nordbank',
      /about to start negotiations with Westfield/,
    ],
    [
      'Tom Berg, her agent, said the singer is not in medical care, despite reports that she has been hospitalised twice this month.',
      'tom-berg',
      /has been hospitali[sz]ed twice/,
    ],
    [
      'Nordbank said its chief executive had not been taken to hospital following rumours that she had been taken to hospital in Oslo.',
      'nordbank',
      /taken to hospital in Oslo/,
    ],
  ])('%s', (sentence, who, claim) => {
    const d = denials(sentence);
    expect(d).toHaveLength(1);
    expect(d[0]!.split(':')[0]).toContain(who);
    expect(d[0]).toMatch(claim);
  });

  // the finder reads the aside "as some newspapers have claimed" as the newspapers' attribution
  // of the speaker's words (area C, attributions.ts); the denial waits on it
  it.fails(
    'The minister is not resigning, as some newspapers have claimed, his spokesman said',
    () => {
      expect(
        denials(
          'The minister is not resigning, as some newspapers have claimed, his spokesman Per Lund said.',
        ),
      ).toEqual([expect.stringMatching(/^.*per-lund: .*minister is resigning/)]);
    },
  );

  it.each([
    // the outlet's own earlier report, backed, not answered
    'As reported earlier, Nordbank is not in talks to buy Westfield Insurance, a spokeswoman said.',
    'Nordbank said profits did not rise in the third quarter, as expected.',
    'Nordbank said it had not raised its prices, as announced in March.',
    // what a trader says about prices despite reports of demand is not about the reports
    'Despite reports of strong demand, Nordbank shares did not rise on Monday, a trader said.',
    'Nordbank said it did not raise its fees after the Daily Courier reported that Westfield had raised its own.',
    // non-answers stay non-answers whatever report they mention
    'Nordbank declined to comment on reports that it was in talks to buy Westfield Insurance.',
    'Nordbank said it was not aware of reports that it was in talks to buy Westfield Insurance.',
    'Nordbank said it does not comment on speculation that it is in talks with Westfield Insurance.',
  ])('no denial: %s', (sentence) => {
    expect(deniers(sentence)).toEqual([]);
  });
});

describe('a denier whose name holds an ampersand', () => {
  it.each([
    [
      'Smith & Nephew said it was not in talks with Biomet, contrary to press reports.',
      'smith-nephew',
    ],
    ['Procter & Gamble denied the report that it would sell its beauty unit.', 'procter-gamble'],
    ['Marks & Spencer Plc rejected the claims as “completely untrue”.', 'marks-spencer'],
    ['“This is simply false,” Johnson & Johnson said of the report.', 'johnson-johnson'],
  ])('%s', (sentence, who) => {
    expect(
      deniers(
        `The Daily Courier reported that the company would sell its beauty unit. ${sentence}`,
      ),
    ).toEqual([who]);
  });
});

describe('the one who speaks for a named person, named beside the role', () => {
  it.each([
    [
      'Williams’ rep, Shawn Zanotti, told Entertainment Tonight, “I can confirm that Wendy is not in the hospital, as reported.”',
      'shawn-zanotti',
    ],
    ['Holm’s agent, Tom Berg, told the Oslo Herald that the reports were false.', 'tom-berg'],
    ["Jones' lawyer, Maria Costa, said the allegations were baseless.", 'maria-costa'],
    ["The singer's publicist, Anna Lind, denied the report.", 'anna-lind'],
    ["Berg's representative, Ida Moe, told reporters the story was untrue.", 'ida-moe'],
  ])('%s', (sentence, who) => {
    expect(
      deniers(`The Daily Courier reported that the singer had been taken to hospital. ${sentence}`),
    ).toEqual([who]);
  });

  it('a role with no name beside stays unnamed', () => {
    const d = deniers(
      'The Daily Courier reported that the singer had been taken to hospital. Holm’s agent told the Oslo Herald that the reports were false.',
    );
    expect(d).toHaveLength(1);
    expect(d[0]).not.toBe('holm');
  });
});
