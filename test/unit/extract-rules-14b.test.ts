// Denial rules of the fourteenth pass on issue 14 (area B), written as mechanisms: falsity said
// of a report as a predicate (any report noun or a pronoun for one, any linking verb, any
// adverbs, any falsity word or phrase), a denied gerund ("denied saying …") as the claim about the
// denier's own act, and a negated restatement that answers a report of the sentences before.
// Names, stories, tenses and orders are our own; look-alikes that deny nothing stand beside.
import { describe, expect, it } from 'vitest';
import { denials, draft, lines } from './extract-helpers.ts';

const deniers = (text: string) => denials(text).map((d) => d.split(':')[0]);

const TALKS = 'The Daily Courier reported that Nordbank was in talks to buy Westfield Insurance.';

describe('falsity as a predicate of a report', () => {
  it.each([
    // indirect: a report noun as subject, adverbs of any kind before the falsity word
    ['Nordbank chief executive Anna Lind said the reports were really not accurate.', 'anna-lind'],
    ['Anna Lind said the reported comments were simply false.', 'anna-lind'],
    [
      'Anna Lind told reporters that the remarks attributed to her were totally untrue.',
      'anna-lind',
    ],
    ['Anna Lind said the story was, frankly, completely and utterly baseless.', 'anna-lind'],
    ['Anna Lind told the Oslo Herald the speculation remained entirely unfounded.', 'anna-lind'],
    ['Anna Lind said the newspaper’s account was not really correct.', 'anna-lind'],
    // verb phrases that say "false" without a falsity adjective
    ['“These reports do not correspond to reality,” Anna Lind told reporters.', 'anna-lind'],
    ['Anna Lind said the allegations had no basis in fact.', 'anna-lind'],
    ['“The story is far from the truth,” Anna Lind said.', 'anna-lind'],
    ['Anna Lind said the claims were devoid of any truth.', 'anna-lind'],
    ['“What was written does not reflect reality,” Anna Lind said on Tuesday.', 'anna-lind'],
    // quoted, the subject a clause that restates the report
    [
      '“To say that we are in talks to buy Westfield is really not accurate,” said Anna Lind.',
      'anna-lind',
    ],
    ['“To suggest that we are buying Westfield is simply wrong,” Anna Lind said.', 'anna-lind'],
  ])('%s', (sentence, who) => {
    expect(deniers(`${TALKS} ${sentence}`)).toEqual([who]);
  });

  it.each([
    // a falsity word of something that is not a report
    'Anna Lind said the figures were really not accurate.',
    'Anna Lind said the passports were fake.',
    // a report called true, or not false
    'Anna Lind said the reports were accurate.',
    'Anna Lind said the reports were not entirely false.',
    'Anna Lind said the newspaper’s reports were rarely wrong.',
    'Anna Lind said reports of false accounting at Westfield were being investigated.',
    // non-answers
    'Anna Lind declined to comment on the reports.',
    'Anna Lind said she could not say whether the reports were true.',
  ])('no denial: %s', (sentence) => {
    expect(deniers(`${TALKS} ${sentence}`)).toEqual([]);
  });
});

describe('a report attacked, ridiculed or brushed off', () => {
  it.each([
    ['Nordbank rubbished the reports on Tuesday.', 'nordbank'],
    ['Anna Lind ridiculed the story in the Daily Courier.', 'anna-lind'],
    ['Anna Lind pooh-poohed the report.', 'anna-lind'],
    ['Nordbank has brushed off the reports.', 'nordbank'],
    ['Anna Lind scotched the rumours on Monday.', 'anna-lind'],
    [
      'Nordbank is slamming the newspaper for what it says are false reports that it is buying Westfield.',
      'nordbank',
    ],
    ['Anna Lind laughed off the speculation.', 'anna-lind'],
    ['Nordbank quashed the speculation on Monday.', 'nordbank'],
  ])('%s', (sentence, who) => {
    expect(deniers(`${TALKS} ${sentence}`)).toEqual([who]);
  });

  it.each([
    'Anna Lind brushed off questions about her salary.',
    'Anna Lind ridiculed the government’s tax plan.',
    'The court quashed the conviction on Monday.',
    'Anna Lind slammed the newspaper for its coverage of the strike.',
  ])('no denial: %s', (sentence) => {
    expect(deniers(`${TALKS} ${sentence}`)).toEqual([]);
  });
});

describe('a denied act of the denier (a gerund object)', () => {
  it.each([
    ['Mr Johnson has denied saying the comment.', 'johnson', /Johnson (?:said|made) the comment/],
    [
      'Erik Lund, the minister, denied making the remarks.',
      'erik-lund',
      /Erik Lund made the remarks/,
    ],
    [
      'Senator Maria Ortiz denied on Monday saying she would rather close the border.',
      'maria-ortiz',
      /Maria Ortiz said she would rather close the border/,
    ],
    ['Anna Lind denied having ordered the layoffs.', 'anna-lind', /Anna Lind ordered the layoffs/],
    ['Maria Ortiz denied being at the meeting.', 'maria-ortiz', /Maria Ortiz was at the meeting/],
    [
      'Erik Lund strongly denied ever meeting the lobbyist.',
      'erik-lund',
      /Erik Lund (?:met|meeting) the lobbyist/,
    ],
    [
      'Nordbank denied having held talks with Westfield.',
      'nordbank',
      /Nordbank held talks with Westfield/,
    ],
    [
      'Maria Ortiz denied telling aides to delete the emails.',
      'maria-ortiz',
      /Maria Ortiz told aides to delete the emails/,
    ],
  ])('%s', (sentence, who, claim) => {
    const d = denials(sentence);
    expect(d).toHaveLength(1);
    expect(d[0]!.split(':')[0]).toBe(who);
    expect(d[0]).toMatch(claim);
  });

  it.each([
    'Maria Ortiz is expected to deny making the remarks.',
    'Maria Ortiz stopped short of denying making the remarks.',
    'Maria Ortiz refused to deny saying the comment.',
    'Maria Ortiz was denied entry to the meeting.',
  ])('no denial: %s', (sentence) => {
    expect(deniers(sentence)).toEqual([]);
  });
});

describe('a denial verb under an expectation is none', () => {
  it.each([
    'The Daily Courier said it expected Nordbank to deny the report and stood by its story.',
    'Nordbank is likely to deny the report.',
    'Nordbank would probably deny the reports, analysts said.',
    'Nordbank plans to deny the reports at a news conference on Friday.',
  ])('no denial: %s', (sentence) => {
    expect(deniers(`${TALKS} ${sentence}`)).toEqual([]);
  });
});

describe('a negated restatement answers a report of the sentences before', () => {
  it.each([
    [
      'Moscow has dismissed media reports claiming Russia deployed special forces to Marsa Matruh. The ministry held a briefing on Tuesday. “There are no Russian special forces in Marsa Matruh,” defence ministry spokesman Ivan Sorokin said.',
      'ivan-sorokin',
    ],
    [
      'Media reports said Nordbank was preparing to sell its card unit. Nordbank shares rose 3 percent on Tuesday. Chief executive Anna Lind said the card unit was not for sale.',
      'anna-lind',
    ],
  ])('%s', (text, who) => {
    expect(deniers(text)).toContain(who);
  });

  // a negation answering a claim that was itself denied one or two sentences before (the
  // techcentral and press-tv shape) is left: the windowed rule written for it drafted five false
  // denials in the tune half (speakers resolved to the wrong name, "had not seen evidence",
  // "never heard language of that kind") and no new hit, so it was not kept
  it.fails(
    'Nordbank has previously dismissed speculation that it would sell its card unit. Chief executive Anna Lind said the card unit was not for sale.',
    () => {
      expect(
        deniers(
          'Nordbank has previously dismissed speculation that it would sell its card unit. Chief executive Anna Lind said the card unit was not for sale.',
        ),
      ).toContain('anna-lind');
    },
  );

  it.each([
    // the report is further back than two sentences and not in the lede
    'Nordbank posted higher profits. Media reports last month said it would sell its card unit. Its shares rose. Dividends were raised. Anna Lind said the insurance unit was not for sale.',
  ])('no denial: %s', (text) => {
    expect(deniers(text)).not.toContain('anna-lind');
  });
});

describe('a proposition as the subject of falsity, with or without a report before it', () => {
  it.each([
    [
      '“To say that we are having merger talks with Westfield is really not accurate,” said Nordbank chief executive Anna Lind. On Monday the Daily Courier reported that Nordbank was in talks with Westfield.',
      'anna-lind',
      /merger talks with Westfield/,
    ],
    [
      'Anna Lind said that to suggest Nordbank was buying Westfield was completely wrong.',
      'anna-lind',
      /Nordbank was buying Westfield/,
    ],
    [
      '“That Nordbank is in talks with Westfield is not true,” Anna Lind said.',
      'anna-lind',
      /Nordbank is in talks with Westfield/,
    ],
    [
      '“Any suggestion that the bank will close its Bergen branches is false,” Anna Lind told reporters.',
      'anna-lind',
      /bank will close its Bergen branches/,
    ],
    [
      '“If I had a krone for every bank we are supposed to buy, I would be rich. But to say we are in talks to buy Westfield is really inaccurate,” Anna Lind said.',
      'anna-lind',
      /in talks to buy Westfield/,
    ],
    [
      'Speaking in Oslo, Anna Lind said the idea that Nordbank would leave Norway was simply nonsense.',
      'anna-lind',
      /Nordbank would leave Norway/,
    ],
    [
      '“To claim that our chief executive has resigned is, frankly, absolutely false,” Nordbank said in a statement.',
      'nordbank',
      /chief executive has resigned/,
    ],
    [
      'To say Nordbank had lost the data was not correct, Anna Lind told the Oslo Herald.',
      'anna-lind',
      /Nordbank had lost the data/,
    ],
  ])('%s', (text, who, claim) => {
    const d = denials(text);
    expect(d).toHaveLength(1);
    expect(d[0]!.split(':')[0]).toBe(who);
    expect(d[0]).toMatch(claim);
  });

  it.each([
    '“To say that we are happy with the result would be an understatement,” Anna Lind said.',
    'Anna Lind said that to say the bank was failing was accurate.',
    '“That the bank survived the crisis is not surprising,” Anna Lind said.',
    '“To say that we are in talks with Westfield is not something I can do today,” Anna Lind said.',
    'Anna Lind declined to say whether reports that Nordbank was in talks were false.',
  ])('no denial: %s', (text) => {
    expect(deniers(text)).toEqual([]);
  });
});

describe('a that-clause after a speech verb is no subject clause', () => {
  it.each([
    'Anna Lind said that the passports found in the car were fake.',
    'Police sources say that an invoice sent to the bank last week was false.',
    'Anna Lind told the court that the signature on the contract was not genuine and that the date was wrong.',
  ])('no denial: %s', (text) => {
    expect(deniers(text)).toEqual([]);
  });
});

describe('a denial after a fronted phrase, or in a quote that runs on', () => {
  it.each([
    [
      'Speaking at a banking conference in Bergen on Tuesday, Anna Lind laughed off rumours that Nordbank is in talks to buy Westfield.',
      'anna-lind',
    ],
    [
      'Asked about the report at a news conference, Nordbank rubbished the speculation.',
      'nordbank',
    ],
    ['In an interview with the Oslo Herald, Anna Lind scotched the rumours.', 'anna-lind'],
    [
      'After the bank’s annual meeting, Anna Lind brushed off reports that Nordbank would close branches.',
      'anna-lind',
    ],
    [
      '“We are a bank, not a buyer,” Anna Lind said. “We will keep growing on our own. But to say we are in talks to buy Westfield is really inaccurate.”',
      'anna-lind',
    ],
    [
      '“We grow on our own,” Anna Lind told the Oslo Herald. “That Nordbank is selling its card unit is simply not true.”',
      'anna-lind',
    ],
  ])('%s', (sentence, who) => {
    expect(deniers(`${TALKS} ${sentence}`)).toEqual([who]);
  });

  it.each([
    'Speaking at a banking conference in Bergen on Tuesday, Anna Lind laughed about the weather.',
    'In an interview with the Oslo Herald, Anna Lind mocked her own golf swing.',
  ])('no denial: %s', (sentence) => {
    expect(deniers(`${TALKS} ${sentence}`)).toEqual([]);
  });
});

describe('a denial, and what the denier said beside it', () => {
  it.each([
    [
      'Nordbank on Tuesday denied a report that its chairman was poisoned in Vienna, but confirmed he is acting as a mediator.',
      'nordbank',
      /chairman was poisoned in Vienna$/,
      /acting as a mediator/,
    ],
    [
      'Anna Lind denied the report, but left open the chance of a partnership with Westfield.',
      'anna-lind',
      /./,
      /partnership with Westfield/,
    ],
    [
      'Nordbank denied that it was in talks with Westfield and said it was focused on growing on its own.',
      'nordbank',
      /in talks with Westfield$/,
      /focused on growing on its own/,
    ],
    [
      'Anna Lind rejected the claims, but acknowledged that the bank had met Westfield executives.',
      'anna-lind',
      /./,
      /met Westfield executives/,
    ],
    [
      'Westfield Insurance has denied reports that it will be sold to Nordbank, but admitted it had received several offers.',
      'westfield-insurance',
      /will be sold to Nordbank$/,
      /received several offers/,
    ],
  ])('%s', (sentence, who, denied, said) => {
    const d = draft(`${TALKS} ${sentence}`);
    const claim = (id: string) => d.claims.find((c) => c.id === id)!.text.replace(/\.$/, '');
    const mine = d.statements.filter((s) => s.source === who);
    expect(mine.filter((s) => s.type === 'DENIED').map((s) => claim(s.claim))).toEqual([
      expect.stringMatching(denied),
    ]);
    expect(mine.filter((s) => s.type === 'SAID').map((s) => claim(s.claim))).toEqual([
      expect.stringMatching(said),
    ]);
  });

  it.each([
    'Nordbank denied that it had confirmed the deal with Westfield.',
    'Anna Lind denied the report and the rumours.',
    'Nordbank denied any deal was near, and said in a statement: “Media reports of the talks are groundless.”',
  ])('a denial alone: %s', (sentence) => {
    expect(
      lines(`${TALKS} ${sentence}`).filter((l) => /^SAID (?:nordbank|anna-lind)/.test(l)),
    ).toEqual([]);
  });
});

describe('a negation set against reports by a participle', () => {
  it.each([
    [
      'Anna Lind says there are currently no talks with Westfield, quashing recent media speculation.',
      'anna-lind',
    ],
    [
      'Nordbank said it had no plans to sell its card unit, dismissing reports in the Oslo press.',
      'nordbank',
    ],
    [
      'Nordbank will not close any branches, Anna Lind said on Monday, scotching the rumours.',
      'anna-lind',
    ],
    [
      'Anna Lind told the Oslo Herald that the bank was not for sale, putting to rest weeks of speculation.',
      'anna-lind',
    ],
  ])('%s', (sentence, who) => {
    // "dismissing reports in the Oslo press" is also read on its own as a denial of the reports
    expect([...new Set(deniers(sentence))]).toEqual([who]);
  });

  it.each([
    'Anna Lind said profits did not rise, dismissing the analysts’ forecasts as too optimistic.',
    'Anna Lind said she was not aware of any talks, dismissing the question.',
  ])('no denial: %s', (sentence) => {
    expect(deniers(sentence)).toEqual([]);
  });
});

describe('a publisher attacked for false reports', () => {
  it.each([
    [
      'Nordbank is slamming the Daily Courier for what it maintains are false reports that the bank is buying Westfield.',
      'nordbank',
      /bank is buying Westfield/,
    ],
    [
      'OSLO, Oct. 21 (Reuters) — Nordbank is blasting the Daily Courier for what it says are false reports its chairman is ill.',
      'nordbank',
      /chairman is ill/,
    ],
    [
      'Anna Lind blasted the newspaper for its false report that Nordbank was in talks with Westfield.',
      'anna-lind',
      /Nordbank was in talks with Westfield/,
    ],
    [
      'Nordbank has criticised the Oslo Herald for publishing fabricated stories that its chief executive had resigned.',
      'nordbank',
      /chief executive had resigned/,
    ],
    [
      'Anna Lind lashed out at the tabloids for spreading false rumours she was ill.',
      'anna-lind',
      /she was ill/i,
    ],
    [
      'The Finance Ministry condemned the broadcaster for its baseless claims that the budget had been cut.',
      'finance-ministry',
      /budget had been cut/,
    ],
  ])('%s', (sentence, who, claim) => {
    const d = denials(sentence);
    expect(d).toHaveLength(1);
    expect(d[0]!.split(':')[0]).toContain(who);
    expect(d[0]).toMatch(claim);
  });

  it.each([
    'Nordbank slammed the Daily Courier for its reports on the bank’s profits.',
    'Anna Lind criticised the newspaper for publishing her home address.',
    'Nordbank slammed the regulator for false accounting rules.',
  ])('no denial: %s', (sentence) => {
    expect(deniers(sentence)).toEqual([]);
  });
});

describe('a participle against a report that gives its own words', () => {
  it('"said it is not for sale, countering a report in the Courier that P": P is denied', () => {
    expect(
      denials(
        'Nordbank said its card unit is not for sale, countering a report in the Daily Courier that Westfield would buy it.',
      ),
    ).toEqual([expect.stringMatching(/^nordbank: Westfield would buy it/)]);
  });
});

describe('a denial in a relative clause on the denier', () => {
  it.each([
    [
      'The message came from Nordbank chief executive Anna Lind, who denied rumours that the bank is in talks to buy Westfield.',
      'anna-lind',
    ],
    [
      'Questions were put to Anna Lind, who flatly rejected claims that she would resign.',
      'anna-lind',
    ],
    ['The Oslo Herald interviewed Erik Lund, who dismissed the speculation.', 'erik-lund'],
    ['Nordbank, which has denied the reports, said its card unit was performing well.', 'nordbank'],
  ])('%s', (sentence, who) => {
    expect([...new Set(deniers(`${TALKS} ${sentence}`))]).toEqual([who]);
  });

  it.each([
    'Anna Lind, who was denied a visa last year, spoke in Oslo.',
    'Anna Lind, who would not deny the reports, spoke in Oslo.',
    'Anna Lind, who declined to deny the report, spoke in Oslo.',
  ])('no denial: %s', (sentence) => {
    expect(deniers(`${TALKS} ${sentence}`)).toEqual([]);
  });
});
