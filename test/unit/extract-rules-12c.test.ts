// Rules of the twelfth pass on issue 14, area C: frames. Round 6 showed rules written at the
// position of the corpus's example (", while B said" needed its comma; "X reported" read only in
// the past tense when content came first), so each rule is tested on a family of phrasings of our
// own, in every position, with look-alikes that must not change.
import { describe, expect, it } from 'vitest';
import { found, lines } from './extract-helpers.ts';

describe('"A <cue> P and/but/while/whereas B <cue> Q", with or without a comma: B speaks for itself', () => {
  const cases: [string, string][] = [
    [
      'The United States and NATO have called the attacks an act of sabotage while Russia has blamed the West for the blasts.',
      'SAID russian-government',
    ],
    [
      'The Daily News had reported that he was spotted at a restaurant and the Guardian claimed a trooper found him.',
      'REPORTED guardian',
    ],
    [
      'Jan Novak said the deal was dead while Maria Lopez insisted it could be saved.',
      'SAID maria-lopez',
    ],
    ['Acme said the plant would close but Globex claimed it would stay open.', 'SAID globex'],
    [
      'The Kremlin said the talks were over whereas two diplomats told Reuters that they would resume.',
      'SAID reuters-two-diplomats',
    ],
    [
      'Reuters reported that the bid had failed and Bloomberg wrote that a new one was planned.',
      'REPORTED bloomberg',
    ],
    [
      'Li Wei told investors the firm would grow, and analysts said the plan was sound.',
      'SAID latin-times-analysts',
    ],
    [
      'Officials in Paris insisted the summit was on yet Chancellor Olaf Scholz said it had been called off.',
      'SAID olaf-scholz',
    ],
  ];
  for (const [text, line] of cases)
    it(text, () => {
      expect(lines(text)).toContain(line);
    });
  it("the first speaker's words end before the conjunction", () => {
    expect(found('Acme said the plant would close while Globex said it would stay open.')[0]).toBe(
      'Acme | said | the plant would close',
    );
  });
  it('the second speaker is the name after the conjunction, not the words before it', () => {
    expect(found('Acme said the plant would close but Globex claimed it would stay open.')[1]).toBe(
      'Globex | claimed | it would stay open',
    );
  });
  it('"and" with no speaker and cue after it stays in the words', () => {
    expect(found('Acme said the plant would close and the workers would be paid.')[0]).toBe(
      'Acme | said | the plant would close and the workers would be paid',
    );
  });
  it('"while" with no cue after it stays in the words', () => {
    expect(found('The minister said prices would fall while wages rose.')[0]).toBe(
      'The minister | said | prices would fall while wages rose',
    );
  });
  it('two subjects joined by "and" before one cue are one subject, not a new frame', () => {
    expect(found('Acme said that the union and the workers had agreed to the deal.')[0]).toBe(
      'Acme | said | that the union and the workers had agreed to the deal',
    );
  });
});

describe('content first, then "…, X reports." in the present tense: X is the frame', () => {
  const cases: [string, string][] = [
    ['The talks have collapsed, Politico reports.', 'REPORTED politico'],
    [
      'Paterson will sit down with the Times on Monday, Ben Smith of Politico reports.',
      'REPORTED politico',
    ],
    [
      'The deal is close, Bloomberg reports, citing people familiar with the matter.',
      'REPORTED bloomberg <- bloomberg-people-familiar-with-the-matter',
    ],
    ['The bank will cut 500 jobs, Reuters reports.', 'REPORTED reuters'],
    ['The plant will close in May, Al Jazeera reports.', 'REPORTED al-jazeera'],
    [
      'Prices will rise again, CNN reports, quoting two analysts.',
      'REPORTED cnn <- cnn-two-analysts',
    ],
    ['Ukraine has asked for more shells, the BBC reports.', 'REPORTED bbc-news'],
    ['The minister will resign next week, Le Monde notes.', 'REPORTED latin-times <- le-monde'],
  ];
  for (const [text, line] of cases)
    it(text, () => {
      expect(lines(text)).toContain(line);
    });
  it('the content is the clause before the name', () => {
    expect(found('The talks have collapsed, Politico reports.')).toEqual([
      'Politico | reports | The talks have collapsed',
    ]);
  });
  for (const text of [
    'The agency published two reports.',
    'Sales rose, in line with Bloomberg reports.',
    'Sales rose, as Acme reports showed.',
  ])
    it(`a plural noun is no cue: ${text}`, () => {
      expect(lines(text)).toEqual([]);
    });
});

describe('any verb that hands on a quotation is speech: "“…,” X shared", "X offers, “…”"', () => {
  const cases: [string, string][] = [
    ['"The doctors had to act fast," Calleja reportedly shared.', 'SAID calleja'],
    ['"We never agreed to that," Maria Lopez shared on Instagram.', 'SAID maria-lopez'],
    [
      'Now, the Guardian offers, "We have heard from a single source that the story will drop on Monday."',
      'REPORTED guardian',
    ],
    ['"It is a sad day for the club," Jan Novak recounted.', 'SAID jan-novak'],
    ['"I would do it again," Li Wei quipped.', 'SAID li-wei'],
    ['Anna Berg mused: "Perhaps the plan was doomed from the start."', 'SAID anna-berg'],
    ['"Nobody told us anything," Tom Hardy recalled on Monday.', 'SAID tom-hardy'],
    ['"The vote will pass," Senator Ray Lane predicted on Friday.', 'SAID ray-lane'],
  ];
  for (const [text, line] of cases)
    it(text, () => {
      expect(lines(text)).toContain(line);
    });
  for (const text of [
    'Maria Lopez shared the prize with two colleagues.',
    'Acme offered a new contract to the union.',
    'Jan Novak declined to discuss "the plan".',
    'Jan Novak shared a photo captioned "home at last" with fans.',
  ])
    it(`without a quotation handed on, the verb is an act: ${text}`, () => {
      expect(lines(text)).toEqual([]);
    });
});
