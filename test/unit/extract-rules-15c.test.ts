// Rules of the fifteenth pass on issue 14, area C: unnamed sources as mechanisms. Whoever speaks
// for a body without a name ("a rep for the hospital", "company representatives") is unnamed, and
// the lede's spokespeople are the ones the article describes further down; a pronoun that a
// source's modifier describes ("those close to the matter") is an unnamed group; and a publication's own sources ("Reuters' source", "NBC News sources") are the
// unnamed sources that publication cites. Each form is tested on sentences of our own, with
// look-alikes that are none of these.
import { describe, expect, it } from 'vitest';
import { draft, lines } from './extract-helpers.ts';

const anons = (text: string) => draft(text).anonymousSources;

describe('one who speaks for a body without a name is an unnamed source', () => {
  const cases: [string, string, number | undefined][] = [
    ['A rep for Lenox Hill Hospital said the couple paid the standard rate.', 'rep', 1],
    ['A rep for the singer told reporters the couple had not married.', 'rep', 1],
    ['In a statement, Acme reps said, "We note the press speculation."', 'reps', undefined],
    ['Two representatives of the union said the strike would go ahead.', 'representatives', 2],
    ['The club will sign the striker, a representative for the player said.', 'representative', 1],
    ['According to a rep for the actress, the couple split in May.', 'rep', 1],
    [
      'The deal is off, company representatives told Reuters on Monday.',
      'representatives',
      undefined,
    ],
    ['Reps for the band were claiming the tour was sold out.', 'reps', undefined],
    [
      'A representative for Vantor Bank has denied that the bank will cut 500 jobs.',
      'representative',
      1,
    ],
  ];
  for (const [text, head, count] of cases)
    it(text, () => {
      const got = anons(text);
      expect(got.map((a) => a.description.toLowerCase())).toEqual([expect.stringContaining(head)]);
      expect(got[0]!.count).toBe(count);
      // the body spoken for is no speaker of its own
      expect(
        lines(text).filter((l) => /^(SAID|DENIED) (lenox|acme|vantor|the-union)/.test(l)),
      ).toEqual([]);
    });
});

it('"X\'s representatives" are unnamed people of X, never X (was rules-12 A\'s body actor)', () => {
  const text = 'Elena Ruiz’s representatives said she had not signed the contract.';
  expect(anons(text).map((a) => a.description)).toEqual(['Elena Ruiz’s representatives']);
  // she is whom they work for, no speaker
  expect(lines(text).filter((l) => l.startsWith('SAID elena-ruiz'))).toEqual([]);
});

describe('look-alikes: a named representative, or a legislature, is no unnamed source', () => {
  const cases = [
    'Rep. Lloyd Doggett said the president should withdraw from the race.',
    'Representative Nancy Mace said the bill would pass.',
    'The House of Representatives voted to pass the bill, the speaker said.',
    'A rep for the singer, Jane Moss, said the couple had not married.',
  ];
  for (const text of cases) it(text, () => expect(anons(text)).toEqual([]));
});

describe("the lede's unnamed spokespeople are those the article describes further down", () => {
  const cases = [
    "The singer was admitted to a hospital on Sunday, but the singer's reps have denied that the visit was due to a health scare.\n\nThe singer is in good health, a spokeswoman said in a statement to Reuters.",
    "The actress's representatives denied on Monday that she had married.\n\nShe is not married, a rep told People magazine.",
    "Acme's spokespeople have dismissed reports that the company will close its plant.\n\nThe plant will stay open, a spokesman said.",
    'Representatives for the club denied that the striker had signed.\n\nNothing has been signed, a club representative said on Friday.',
    "The band's reps said the tour was sold out.\n\nEvery show is sold out, a spokesperson for the band added.",
    'A spokesman for the minister denied that she would resign.\n\nShe will not resign, the spokesman told the BBC.',
    "The bank's representatives have rejected the report that it will cut 500 jobs.\n\nNo jobs will go, a bank spokeswoman said in an email.",
    "The singer's spokespeople denied she was ill.\n\nShe is well and resting at home, a representative said.",
  ];
  for (const text of cases) it(text.split('\n')[0]!, () => expect(anons(text)).toHaveLength(1));
});

describe('look-alikes: spokespeople of different bodies, or not in the lede, stay apart', () => {
  it('two bodies', () =>
    expect(
      anons(
        'A spokesman for Apple denied that the firms were in talks.\n\nThe talks are over, a spokeswoman for Google said.',
      ),
    ).toHaveLength(2));
  it('a rep and an official', () =>
    expect(
      anons(
        "The singer's reps denied that she was ill.\n\nShe was treated for exhaustion, a hospital official said.",
      ),
    ).toHaveLength(2));
  it('not the lede', () =>
    expect(
      anons(
        'The singer was admitted to a hospital on Sunday.\n\nShe is resting, her reps said.\n\nShe will tour again in May, a spokeswoman for the promoter said.',
      ),
    ).toHaveLength(2));
});

describe('a pronoun that a source modifier describes is an unnamed group', () => {
  const cases = [
    'Logitech walked away from the deal on Sunday according to those close to the matter.',
    'Those familiar with the talks said the deal was off.',
    'The bank will cut 500 jobs, those briefed on the plan said.',
    'According to those with knowledge of the negotiations, the club agreed a fee of 40 million euros.',
    'The minister would resign next week, said those close to him.',
    'Someone familiar with the matter said the merger had been called off.',
    'The board had rejected the offer, according to someone close to the company.',
    'Those knowledgeable about the plan said it would be announced in May.',
  ];
  for (const text of cases)
    it(text, () => {
      expect(anons(text)).toHaveLength(1);
      expect(lines(text).some((l) => /^SAID latin-times-/.test(l))).toBe(true);
    });
});

describe('look-alikes: a pronoun without a source modifier is nobody', () => {
  const cases = [
    'Those who attended said the deal was off.',
    'The minister met those close to the border on Monday.',
    'Those familiar faces returned to the stage on Monday.',
  ];
  for (const text of cases) it(text, () => expect(anons(text)).toEqual([]));
});

describe("a publication's own sources are unnamed sources that publication cites", () => {
  const cases: [string, string][] = [
    ["Reuters' source claims the talks broke down over price.", 'reuters'],
    ['Reuters’ sources said the talks broke down over price.', 'reuters'],
    ["The Wall Street Journal's sources said the bank would cut 500 jobs.", 'wall-street-journal'],
    ['CNN sources said the minister would resign.', 'cnn'],
    ['The meeting took place in April, according to NBC News sources.', 'nbc-news'],
    ['According to Bloomberg insiders, the fund will close in May.', 'bloomberg'],
    ["The minister will resign, the BBC's sources said.", 'bbc-news'],
    ['The club agreed a fee of 40 million euros, Sky News sources said.', 'sky-news'],
  ];
  for (const [text, outlet] of cases)
    it(text, () => {
      const got = anons(text);
      expect(got).toHaveLength(1);
      expect(got[0]!.citedBy).toBe(outlet);
      const l = lines(text);
      expect(l).toContain(`REPORTED ${outlet} <- ${got[0]!.id}`);
      expect(l).toContain(`REPORTED latin-times <- ${outlet}`);
    });
});

describe("look-alikes: an outlet's spokesperson, or a source named for the outlet, is not its sourcing", () => {
  it('"a CNN spokeswoman" is nobody CNN cites', () => {
    const got = anons('A CNN spokeswoman said the network stands by its reporting.');
    expect(got.filter((a) => a.citedBy === 'cnn')).toEqual([]);
  });
  it('"a source familiar with Bloomberg\'s thinking" is the article\'s own source', () => {
    const got = anons("A source familiar with Bloomberg's thinking said the sale was off.");
    expect(got.map((a) => a.citedBy)).toEqual(['latin-times']);
  });
  it('"White House sources" are no publication\'s', () => {
    const got = anons('White House sources said the president would veto the bill.');
    expect(got.map((a) => a.citedBy)).toEqual(['latin-times']);
  });
});

/** The unnamed outlets a draft made, as "Unnamed …" names (no domain). */
const unnamed = (text: string) =>
  draft(text)
    .outlets.filter((o) => !o.domain && /^Unnamed\b/.test(o.name))
    .map((o) => o.id);

describe('a place after the press says where it is, not who owns it', () => {
  const cases = [
    'Some reports in France suggest that the midfielder is not yet convinced by the move.',
    'Media reports in Spain said the striker had agreed a move to Napoli.',
    'Newspapers in Brazil reported that the president would veto the bill.',
    'The minister will resign next week, according to reports in Italy.',
    'Local media in Kenya reported on Monday that the governor had been arrested.',
    'TV channels in Pakistan said the general had been detained.',
    'The bank will cut 500 jobs, media in Moscow reported.',
    'Reports from Germany claimed that the carmaker would close two plants.',
  ];
  for (const text of cases)
    it(text, () => {
      const ids = unnamed(text);
      expect(ids).toHaveLength(1);
      const got = lines(text);
      expect(got).toContain(`REPORTED latin-times <- ${ids[0]}`);
      // the press is nobody who said it
      expect(got.filter((l) => l.startsWith('SAID '))).toEqual([]);
    });
});

describe('look-alikes: an owner after the press, or a name, is no unnamed press', () => {
  it('"reports from Reuters" are Reuters\'s', () => {
    const text = 'Reports from Reuters said the carmaker would close two plants.';
    expect(unnamed(text)).toEqual([]);
  });
  it('"Media Matters in Washington" is a name', () => {
    expect(unnamed('Media Matters in Washington said the ad was misleading.')).toEqual([]);
  });
  it('a place that is no country or capital keeps the old reading', () => {
    expect(unnamed('Reports in the morning said the striker had agreed a move.')).toHaveLength(1);
  });
});

describe('"according to" takes a noun phrase: a noun after it read as a verb is no cue', () => {
  const cases = [
    'The minister will resign next week, according to reports in Italy.',
    'The minister will resign next week, according to reports in the morning papers.',
    'According to reports in Spain, the striker agreed a move to Napoli.',
    'The fee was 40 million euros, according to claims in the French press.',
  ];
  for (const text of cases)
    it(text, () => {
      const d = draft(text);
      expect(d.claims).toHaveLength(1);
    });
});

describe("a bare plural report after 'after/amid/despite/following' is an aside: the speaker's words end before it", () => {
  const cases: [string, string][] = [
    [
      'Entertainment One said Thursday that it has not received any approaches after reports said ITV is pursuing a takeover.',
      'entertainment-one',
    ],
    [
      'Vantor said on Monday that talks had ended, after reports suggested a deal was close.',
      'vantor',
    ],
    [
      'Acme insisted it had no plans to sell the unit, despite reports claiming that Vantor was preparing a bid.',
      'acme',
    ],
    [
      'Novak said he would stay in the cabinet, amid reports said he had already resigned.',
      'novak',
    ],
    [
      'Orvana Mining told investors the mine would stay open, following reports said it would close in May.',
      'orvana-mining',
    ],
  ];
  for (const [text, speaker] of cases)
    it(text, () => {
      const d = draft(text);
      const got = lines(text);
      const ids = unnamed(text);
      expect(ids).toHaveLength(1);
      expect(got).toContain(`REPORTED latin-times <- ${ids[0]}`);
      // two propositions, the speaker's and the press's; or one, where the speaker's words deny
      // the press's ("has not received any approaches" answers "ITV is pursuing a takeover", as
      // the corpus annotates eOne's reply: rules-19)
      if (got.includes(`DENIED ${speaker}`)) expect(d.claims).toHaveLength(1);
      else {
        expect(got).toContain(`SAID ${speaker}`);
        expect(d.claims).toHaveLength(2);
      }
    });
});

// not yet: the finder gives the fronted words' speaker the aside after the cue as its content
it.fails('content first, the aside after the cue', () => {
  const text =
    'The striker is happy in Lyon, Jan Novak said, after some reports suggested he wanted to leave.';
  expect(lines(text)).toContain('SAID jan-novak');
  expect(unnamed(text)).toHaveLength(1);
});

describe('look-alikes: no report in the aside, the words stay whole', () => {
  it('"after reporters asked" is no report', () => {
    const text =
      'Vantor said on Monday that talks had ended, after reporters asked about the deal.';
    expect(unnamed(text)).toEqual([]);
    expect(draft(text).claims).toHaveLength(1);
  });
  it('"after reports" with no cue of their own is part of the words', () => {
    const text = 'Vantor said its shares fell after reports of a bid on Monday.';
    expect(unnamed(text)).toEqual([]);
    expect(draft(text).claims.map((c) => c.text)).toEqual([
      expect.stringContaining('after reports of a bid'),
    ]);
  });
});

describe('one statement per source and claim cites every source the text names for it', () => {
  const cases: [string, string[]][] = [
    [
      'Russia has asked China for military equipment, the Financial Times and Washington Post reported on Sunday, citing U.S. officials.',
      ['financial-times', 'washington-post'],
    ],
    ['The Guardian and the BBC reported that the minister would resign.', ['guardian', 'bbc-news']],
    ['The bank will cut 500 jobs, the Guardian and Reuters said.', ['guardian', 'reuters']],
    [
      'The fund will close in May, CNN and the New York Times reported, citing people familiar with the matter.',
      ['cnn', 'new-york-times'],
    ],
    ['Jan Novak and Eva Dvorak said the talks had ended.', ['jan-novak', 'eva-dvorak']],
    [
      'The striker agreed a move to Napoli, Sky News and Reuters reported on Friday.',
      ['sky-news', 'reuters'],
    ],
    [
      'Sky News and the BBC said on Friday that the striker had agreed a move.',
      ['sky-news', 'bbc-news'],
    ],
    // rules-18: "according to" takes two names joined, and "both" after them is no name's word
    ['According to Reuters and Bloomberg, the bank will cut 500 jobs.', ['reuters', 'bloomberg']],
    [
      'The Wall Street Journal and the Financial Times both reported that the bank would cut 500 jobs.',
      ['wall-street-journal', 'financial-times'],
    ],
  ];
  for (const [text, cited] of cases)
    it(text, () => {
      const own = draft(text).statements.filter((s) => s.source === 'latin-times');
      expect(own).toHaveLength(1);
      expect([...(own[0]!.citing ?? [])].sort()).toEqual([...cited].sort());
    });
  // not yet: conjoined sources the finder does not split (two names no lexicon knows, an
  // apposition after the pair)
  const unsplit: [string, string[]][] = [
    ['Acme and Vantor said in a joint statement that the merger was off.', ['acme', 'vantor']],
    [
      'Novak and Dvorak, the two negotiators, told reporters the talks had ended.',
      ['novak', 'dvorak'],
    ],
  ];
  for (const [text, cited] of unsplit)
    it.fails(text, () => {
      const own = draft(text).statements.filter((s) => s.source === 'latin-times');
      expect([...(own[0]?.citing ?? [])].sort()).toEqual([...cited].sort());
    });
  it('two claims of one source stay two statements', () => {
    const text =
      'Reuters reported that the bank would cut 500 jobs. Reuters reported that the fund would close.';
    expect(draft(text).statements.filter((s) => s.source === 'latin-times')).toHaveLength(2);
  });
});

describe('the anonymity a source asked for is part of how the outlet describes it, whatever frames it', () => {
  const cases: [string, RegExp][] = [
    [
      'The board walked away from the deal, according to people familiar with the matter who requested anonymity to discuss the confidential talks.',
      /who requested anonymity/,
    ],
    [
      'According to two officials who spoke on condition of anonymity, the minister will resign.',
      /who spoke on condition of anonymity/,
    ],
    [
      'The fund will close in May, according to a person who asked not to be named.',
      /who asked not to be named/,
    ],
    [
      'The bank will cut 500 jobs, according to three executives who declined to be identified.',
      /who declined to be identified/,
    ],
    [
      'The talks collapsed over price, according to sources who were not authorized to speak publicly.',
      /who were not authorized to speak publicly/,
    ],
    [
      'The minister will resign, according to an aide who was granted anonymity.',
      /who was granted anonymity/,
    ],
    ['Two people who requested anonymity said the talks had ended.', /who requested anonymity/],
    [
      'A US official, who spoke on condition of anonymity, said the talks had ended.',
      /who spoke on condition of anonymity/,
    ],
  ];
  for (const [text, words] of cases)
    it(text, () => {
      const got = anons(text);
      expect(got).toHaveLength(1);
      expect(got[0]!.description).toMatch(words);
    });
  it('a relative clause about something else stays out', () => {
    const got = anons(
      'The deal is off, according to people familiar with the matter who spoke to CNN.',
    );
    expect(got.map((a) => a.description)).toEqual(['people familiar with the matter']);
  });
});

describe('"it" that quotes someone is the publication named last', () => {
  const cases: [string, string][] = [
    [
      'NBC News reported on Thursday that former officials held talks with Lavrov. It quoted two sources as saying that the talks took place with the administration’s knowledge.',
      'nbc-news',
    ],
    [
      'The Guardian said the minister would resign. It quoted an aide as saying that she had lost the confidence of the cabinet.',
      'guardian',
    ],
    [
      'According to Bloomberg, the fund will close. It quoted three executives as saying that investors had pulled out.',
      'bloomberg',
    ],
    [
      'The club agreed a fee, Sky News reported. It quoted a club official as saying that the player would sign on Friday.',
      'sky-news',
    ],
    [
      'The Financial Times first reported the talks on Monday. It quoted people close to the deal as saying that a price had been agreed.',
      'financial-times',
    ],
  ];
  for (const [text, outlet] of cases)
    it(text, () => {
      const got = anons(text);
      expect(got.map((a) => a.citedBy)).toEqual([outlet]);
      expect(lines(text)).toContain(`REPORTED ${outlet} <- ${got[0]!.id}`);
    });
  // not yet: a singular "a person familiar with …" quoted by "It" is scoped elsewhere to an
  // outlet named "it"
  it.fails('"It quoted a person familiar with the plan as saying"', () => {
    const text =
      'Reuters reported that the bank would cut 500 jobs. It quoted a person familiar with the plan as saying the cuts would start in May.';
    expect(anons(text).map((a) => a.citedBy)).toEqual(['reuters']);
  });
  it('with no publication named before, "it" is the article itself', () => {
    const got = anons('It quoted two sources as saying that the talks had ended.');
    expect(got.map((a) => a.citedBy)).toEqual(['latin-times']);
  });
  it('a named quoter is itself', () => {
    const text =
      'Reuters reported that the bank would cut 500 jobs. CNN quoted two sources as saying the cuts would start in May.';
    expect(anons(text).map((a) => a.citedBy)).toContain('cnn');
  });
});
