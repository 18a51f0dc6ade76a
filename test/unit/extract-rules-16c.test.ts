// Rules of the sixteenth pass on issue 14, area C: statement recall of said / reported. The press
// that no one owns speaks through the nouns it is known by as much as through its verbs: "despite
// reports that P", "amid claims P", "responded to allegations that P", "It was claimed that P"
// put an unnamed outlet behind P wherever the frame stands in the sentence, while a possessive,
// a name or "by X" owns the words, and a relative clause ("claims that were filed") says nothing.
import { describe, expect, it } from 'vitest';
import { draft, lines, reportsUnnamed, unnamedOutlets } from './extract-helpers.ts';

describe('a report noun no one owns, before a clause, is the press reporting the clause', () => {
  const cases = [
    'Despite reports that the airline will cut 2,000 jobs, the union said talks were going well.',
    'The union said talks were going well, despite reports that the airline will cut 2,000 jobs.',
    'Amid claims that the striker had agreed personal terms, the club released a statement.',
    'The ministry hit back at claims the army had crossed the border.',
    'The company responded to reports that its chief executive would step down.',
    'Following allegations that the mayor misused public funds, the council opened an inquiry.',
    'The shares rose 4 percent amid speculation in the press that a bid was imminent.',
    'The club moved quickly after tabloid rumours that the manager would be sacked spread online.',
    'Vantor Bank, facing allegations that it hid losses from investors, replaced its auditor.',
    'The minister was asked about recent media reports the two leaders had met in secret.',
  ];
  for (const text of cases) it(text, () => reportsUnnamed(text));
});

describe('the press said it, in the passive with an empty subject', () => {
  const cases = [
    'It was claimed that Arsenal have agreed a fee of 30 million euros for the midfielder.',
    'It has been claimed that the singer paid the hospital for a whole floor.',
    'It had been rumoured that the band would reunite next summer.',
    'It is being rumored that the airline will close its Dublin base.',
    'On Friday it was alleged that the senator had taken money from a lobbyist.',
  ];
  for (const text of cases) it(text, () => reportsUnnamed(text));
});

it('reports "from X and others" are X\'s and an unnamed outlet\'s', () => {
  const text =
    'The spokeswoman was pressed on recent reports from The New York Times and others that the deal had collapsed.';
  const got = lines(text);
  expect(got).toContain('REPORTED new-york-times');
  expect(unnamedOutlets(text).length).toBe(1);
});

describe('look-alikes: owned, relative or no report at all', () => {
  const cases = [
    // a possessive or a name owns the words
    'Despite his claims that the vote was rigged, the court upheld the result.',
    'Amid Trump’s claims that the election was stolen, the senator spoke out.',
    'Despite Bloomberg reports that the bank will cut jobs, the shares rose.',
    // "that" opens a relative clause: the nouns are things, not speech
    'Insurance claims that arrived after May were rejected.',
    'Reports that are submitted late will not be accepted by the board.',
    // announcing and believing are no press
    'It was announced that the factory would close in March.',
    'It is believed that the talks will resume next week.',
    'The newspaper reports that the mayor will resign.',
    // the subject made the claims: they are its own, not the press's
    'The Journal ran an article that made false claims that the board sought a new chief.',
    'The senator repeated allegations that the vote had been rigged.',
  ];
  for (const text of cases) it(text, () => expect(unnamedOutlets(text)).toEqual([]));
});

it('a trailing "…, X reported" frames the sentence: it ends the words and owns no report', () => {
  const text =
    'Iran on Saturday denied claims that its envoy met the billionaire, CNN reported, citing state media.';
  const got = lines(text);
  expect(got).not.toContain('REPORTED cnn');
  expect(unnamedOutlets(text).length).toBe(1);
});

it("definite claims after a named speaker's are that speaker's, not the press's", () => {
  const text =
    'General Park said that 300 soldiers had crossed the border. On Monday the ministry dismissed the claims that troops had crossed.';
  expect(unnamedOutlets(text)).toEqual([]);
  // with no speaker before them, the same words are the press's
  reportsUnnamed('On Monday the ministry dismissed the claims that troops had crossed the border.');
});

// An outlet that publishes a report like one already told ("also published a similar report",
// "matched that story") reported the same claim, relying on whom it cites there.
const FIRST = 'Reuters reported on Monday that Acme is in talks to buy Zenith for $2 billion. ';
describe('an outlet publishing a similar report reported the same claim', () => {
  const cases: [string, string][] = [
    [
      'The Associated Press also published a similar report, citing a person briefed on the talks.',
      'associated-press',
    ],
    [
      'Shortly after, the broadcaster CNN also published a report with similar content, citing an ally.',
      'cnn',
    ],
    ['The Washington Post matched that story, citing two sources.', 'washington-post'],
    ['Bloomberg later ran the same story, quoting people familiar with the matter.', 'bloomberg'],
    ['Citing two officials, the BBC aired a similar report on Tuesday.', 'bbc'],
    ['A similar report was published by The Guardian, citing a senior diplomat.', 'guardian'],
    ['The Financial Times carried a similar story.', 'financial-times'],
    [
      'Le Monde also published its own report, referencing information from two ministers.',
      'le-monde',
    ],
  ];
  for (const [second, id] of cases)
    it(second, () => {
      const got = lines(FIRST + second);
      expect(got.filter((l) => l.startsWith(`REPORTED ${id}`)).length).toBeGreaterThan(0);
      expect(got.some((l) => l.startsWith('REPORTED latin-times <-') && l.includes(id))).toBe(true);
    });
});

describe('look-alikes: no earlier report, no outlet, or a report with its own clause', () => {
  it('no report before it: nothing to be similar to', () => {
    expect(lines('The New York Times published a similar report, citing two officials.')).toEqual(
      [],
    );
  });
  it('a company publishing a report is no outlet', () => {
    const got = lines(FIRST + 'Acme published a similar report on its own costs.');
    expect(got.filter((l) => l.startsWith('REPORTED acme'))).toEqual([]);
  });
  it('a ministry releasing a statement reports nothing', () => {
    const got = lines(FIRST + 'The ministry released a similar statement on Tuesday.');
    expect(got.filter((l) => /^REPORTED (?!reuters|latin-times)/.test(l))).toEqual([]);
  });
});

// A confirmation whose object only points back ("confirmed it", "this was confirmed by X",
// "confirmed the news") confirms what was put forward last, on the record.
const REPORT = 'Reuters reported on Monday that Acme is in talks to buy Zenith for $2 billion. ';
const confirmedClaims = (text: string) => {
  const d = draft(text);
  const text2 = (id: string) => d.claims.find((c) => c.id === id)?.text ?? '';
  return d.statements
    .filter((s) => s.type === 'CONFIRMED')
    .map((s) => `${s.source}: ${text2(s.claim)}`);
};
describe('confirming "it" / "this" / "the news" confirms the claim put forward before', () => {
  const cases: [string, string][] = [
    ['Zenith confirmed it on Tuesday.', 'zenith'],
    ['This was later confirmed by Zenith.', 'zenith'],
    ['Ana Cruz, a Zenith spokeswoman, confirmed this in a statement.', 'ana-cruz'],
    ['Zenith later confirmed the news.', 'zenith'],
    ['It was confirmed by Tom Bell, the chief executive of Zenith, on Wednesday.', 'tom-bell'],
    ['Zenith confirmed the move late on Monday.', 'zenith'],
    ['Tom Bell, Zenith’s chief executive, confirmed it to AFP.', 'tom-bell'],
    ['On Tuesday, the talks were confirmed by Zenith.', 'zenith'],
  ];
  for (const [second, id] of cases)
    it(second, () => {
      expect(confirmedClaims(REPORT + second)).toEqual([
        expect.stringMatching(new RegExp(`^${id}: .*Acme is in talks to buy Zenith`)),
      ]);
    });
});

describe('look-alikes: a confirmation with its own proposition, or none at all', () => {
  it('"confirmed it would cut jobs" confirms its own clause', () => {
    expect(confirmedClaims(REPORT + 'Zenith confirmed it would cut 200 jobs.')).toEqual([
      expect.stringMatching(/^zenith: .*cut 200 jobs/),
    ]);
  });
  it('"confirmed the date of its meeting" is about the date', () => {
    expect(
      confirmedClaims(REPORT + 'Zenith confirmed the date of its annual meeting.').join(),
    ).not.toMatch(/in talks/);
  });
  for (const second of [
    'Zenith declined to confirm it.',
    'Zenith would neither confirm nor deny it.',
  ])
    it(second, () => expect(confirmedClaims(REPORT + second)).toEqual([]));
});

describe('the press told by its topic ("media allegations regarding X") reported X', () => {
  const cases = [
    'The ministry dismissed media allegations regarding the sale of its stake in the port.',
    'Media reports about a planned merger of the two banks are wrong, the minister said.',
    'Acme said it notes the press speculation regarding a possible offer for the company.',
    'The club rejected claims in the Italian press about a bid for its captain.',
    'Amid media speculation over the future of the coach, the board met on Monday.',
    'Newspaper reports of a rift between the two ministers were denied by the government.',
    'The hospital is clearing the air about inaccurate media reports regarding the presence of the couple.',
    'Following press reports on the closure of the plant, workers gathered outside.',
  ];
  for (const text of cases) it(text, () => reportsUnnamed(text));
});

describe('look-alikes: no word of the press, an owner, or a day', () => {
  const cases = [
    'The ministry rejected claims about the sale of the port.',
    'His press reports on the war won him two awards.',
    'The minister read media reports on Tuesday before the vote.',
  ];
  for (const text of cases) it(text, () => expect(unnamedOutlets(text)).toEqual([]));
});

it("the press's words as subject end at the sentence's own verb", () => {
  const text = 'Media reports that the bank will close 40 branches are wrong, the minister said.';
  reportsUnnamed(text);
  const d = draft(text);
  const reported = d.statements.find(
    (s) => s.type === 'REPORTED' && s.source.startsWith('unnamed-'),
  );
  expect(d.claims.find((c) => c.id === reported?.claim)?.text).toBe(
    'The bank will close 40 branches.',
  );
});

// A credit line says whose copy the page carries wherever the page puts it: a disclaimer at the
// head ("Article originally published by Reuters. X is not responsible …"), or a foot credit
// with the wire's timestamp under it.
describe('a credit line at the head, or above a timestamp, names the agency the site relies on', () => {
  const cases: [string, string][] = [
    [
      'Article originally published by Reuters. Latin Times is not responsible for its content.\n\nMary Barra said General Motors would cut 300 jobs in Ohio.',
      'reuters',
    ],
    [
      'This story was first published by Bloomberg.\n\nMary Barra said General Motors would cut 300 jobs in Ohio.',
      'bloomberg',
    ],
    [
      'Originally published by The Conversation.\n\nMary Barra said General Motors would cut 300 jobs in Ohio.',
      'the-conversation',
    ],
    [
      'Mary Barra said General Motors would cut 300 jobs in Ohio.\n\n(END) Dow Jones Newswires\n\nApril 14, 2016 03:53 ET (07:53 GMT)',
      'dow-jones-newswires',
    ],
    [
      'Mary Barra said General Motors would cut 300 jobs in Ohio.\n\nThis article was originally published by Reuters.\n\nMarch 3, 2025 10:12 ET',
      'reuters',
    ],
  ];
  for (const [text, agency] of cases)
    it(text.replace(/\n/g, ' '), () =>
      expect(lines(text)).toContain(`REPORTED latin-times <- ${agency}`),
    );
});

describe('look-alikes: a publication named in the story is no credit', () => {
  const cases = [
    'The article was published by Reuters on Monday, the minister said.\n\nMary Barra said General Motors would cut 300 jobs.',
    'Mary Barra said General Motors would cut 300 jobs.\n\nReuters published an article on the cuts on Monday.',
  ];
  for (const text of cases)
    it(text.replace(/\n/g, ' '), () =>
      expect(lines(text)).not.toContain('REPORTED latin-times <- reuters'),
    );
});

// "assertions from X that P", "accusations from X that P": a claim noun whose holder "from"
// names, as "by" does.
describe('a claim noun "from X that P" is X saying P', () => {
  const cases: [string, RegExp][] = [
    [
      'The ministry rejected assertions from U.S. officials that Russia had asked for drones.',
      /^SAID .*officials/,
    ],
    ['Claims from Senator Ana Ruiz that the vote was rigged were dismissed.', /^SAID ana-ruiz$/],
    [
      'Allegations from two former employees that the firm falsified records surfaced on Monday.',
      /^SAID .*employees/,
    ],
    [
      'The company denied accusations from Greenpeace that it had dumped waste in the river.',
      /^SAID greenpeace$/,
    ],
    [
      'Despite suggestions from aides that he would resign, the minister stayed on.',
      /^SAID .*aides/,
    ],
    [
      'The minister brushed off warnings from Tom Reid, the central bank governor, that the economy would shrink.',
      /^SAID tom-reid$/,
    ],
  ];
  for (const [text, said] of cases)
    it(text, () => expect(lines(text).some((l) => said.test(l))).toBe(true));
});

describe('look-alikes: "from" without a clause, or a place', () => {
  it('claims from customers for damaged goods say nothing', () => {
    expect(lines('The shop received claims from customers for damaged goods.')).toEqual([]);
  });
  it('reports from a place are no speaker', () => {
    const got = lines('Reports from Kyiv that the dam had burst could not be verified.');
    expect(got.filter((l) => l.startsWith('SAID'))).toEqual([]);
  });
});

it('"assertions from U.S. officials" after a report citing U.S. officials are that group\'s', () => {
  const text =
    'The Financial Times reported, citing U.S. officials, that Russia had asked China for drones. A Chinese spokesperson said assertions from U.S. officials that Russia asked for drones were disinformation.';
  const officials = draft(text).anonymousSources.filter((a) => /officials/.test(a.description));
  expect(officials.map((a) => a.description)).toEqual(['U.S. officials']);
});

it('the same holds when the claim noun comes first and the citing report after', () => {
  const text =
    'A Chinese spokesperson said assertions from U.S. officials that Russia asked for drones were disinformation. The Financial Times reported, citing U.S. officials, that Russia had asked China for drones.';
  const officials = draft(text).anonymousSources.filter((a) => /officials/.test(a.description));
  expect(officials.map((a) => a.citedBy)).toEqual(['financial-times']);
});
