// An idiom battery for anonymous sources (issue 14, rules-9 pass): the common ways English news
// prose (wire copy, newspapers, tabloids, trade press) says who is unnamed, how many, whom they
// work for and which outlet they spoke to. The sentences are our own, written from news style,
// not taken from any annotated article; the negatives are near-misses that must not make a source.
import { describe, expect, it } from 'vitest';
import { draft, lines } from './extract-helpers.ts';

const anons = (text: string) =>
  draft(text).anonymousSources.map((a) =>
    [a.description.replace(/\s+/g, ' '), a.count ?? '-', a.citedBy].join(' / '),
  );
const affiliations = (text: string) =>
  draft(text).anonymousSources.map((a) => a.affiliation ?? '-');

// [idiom, sentence(s), the anonymous sources as "description / count / cited by"]
const BATTERY: [string, string, string[]][] = [
  [
    'senior',
    'A senior official said the talks had stalled.',
    ['A senior official / 1 / latin-times'],
  ],
  ['two', 'Two officials said the ceasefire would hold.', ['Two officials / 2 / latin-times']],
  [
    '2+2',
    'NBC News reported, citing two current and two former U.S. officials, that troops could be sent.',
    ['two current and two former U.S. officials / 4 / nbc-news'],
  ],
  [
    'familiar',
    'The company is weighing a sale of its chip unit, a person familiar with the matter said.',
    ['a person familiar with the matter / 1 / latin-times'],
  ],
  [
    'knowledge-of-plans',
    'The bank plans to cut 5,000 jobs, according to people with knowledge of the plans.',
    ['people with knowledge of the plans / - / latin-times'],
  ],
  [
    'close-to',
    'Sources close to the company said the chief executive would step down.',
    ['Sources close to the company / - / latin-times'],
  ],
  [
    'direct-knowledge',
    'A source with direct knowledge of the negotiations told Reuters the deal was near.',
    ['A source with direct knowledge of the negotiations / 1 / reuters'],
  ],
  [
    'briefed',
    'The two sides are close to a deal, according to people briefed on the talks.',
    ['people briefed on the talks / - / latin-times'],
  ],
  ['insiders', 'Insiders say the merger is all but done.', ['Insiders / - / latin-times']],
  [
    'gov-source',
    'A government source said the minister would resign on Friday.',
    ['A government source / 1 / latin-times'],
  ],
  [
    'diplomatic',
    'Diplomatic sources said the envoy had been recalled.',
    ['Diplomatic sources / - / latin-times'],
  ],
  [
    'condition',
    'An official who spoke on condition of anonymity said the strike had killed 12 people.',
    ['An official who spoke on condition of anonymity / 1 / latin-times'],
  ],
  [
    'condition-comma',
    'A senior European Union official, speaking on condition of anonymity, said the bloc would respond.',
    ['A senior European Union official, speaking on condition of anonymity / 1 / latin-times'],
  ],
  [
    'not-named-because',
    'An official, who asked not to be named because he was not authorized to speak publicly, said the plan was shelved.',
    ['An official, who asked not to be named / 1 / latin-times'],
  ],
  [
    'not-named-after',
    'The plan was shelved, an official said, asking not to be named because the decision had not been announced.',
    ['an official / 1 / latin-times'],
  ],
  [
    'requested',
    'A person who requested anonymity to discuss private deliberations said the board would meet on Tuesday.',
    ['A person who requested anonymity / 1 / latin-times'],
  ],
  [
    'background',
    'Officials speaking on background said the raid had been planned for months.',
    ['Officials speaking on background / - / latin-times'],
  ],
  [
    'white-house',
    'A White House official said the president would sign the bill.',
    ['A White House official / 1 / latin-times'],
  ],
  [
    'spokesperson-unnamed',
    'A spokesperson, who was not named, said the airline regretted the delay.',
    ['A spokesperson, who was not named / 1 / latin-times'],
  ],
  [
    'told-reuters',
    'Sources told Reuters that the firm had hired advisers.',
    ['Sources / - / reuters'],
  ],
  [
    'reuters-citing',
    'Reuters, citing three sources, reported that the firm had hired advisers.',
    ['three sources / 3 / reuters'],
  ],
  [
    'journal-citing',
    'The Wall Street Journal first reported the talks on Monday. The Journal reported, citing people familiar with the matter, that a deal could come this week.',
    ['people familiar with the matter / - / wall-street-journal'],
  ],
  [
    'quoted-unnamed',
    'Al Arabiya quoted an unnamed official as saying the border would reopen.',
    ['an unnamed official / 1 / al-arabiya'],
  ],
  [
    'according-mid',
    'The talks, according to a source, are expected to resume next week.',
    ['a source / 1 / latin-times'],
  ],
  [
    'according-end',
    'The talks are expected to resume next week, according to a source.',
    ['a source / 1 / latin-times'],
  ],
  [
    'according-start',
    'According to two people familiar with the matter, the fund is in talks to buy the stake.',
    ['two people familiar with the matter / 2 / latin-times'],
  ],
  [
    'inverted',
    'The minister will resign on Friday, said two sources close to him.',
    ['two sources close to him / 2 / latin-times'],
  ],
  [
    'inverted-senior',
    'It was not immediately clear why the talks failed, said a senior official.',
    ['a senior official / 1 / latin-times'],
  ],
  [
    'plural-no-number',
    'Officials said the road would reopen on Monday.',
    ['Officials / - / latin-times'],
  ],
  [
    'and-adjs',
    'U.S. and European officials said the sanctions would take effect on Monday.',
    ['U.S. and European officials / - / latin-times'],
  ],
  [
    'and-groups',
    'Two Israeli officials and a U.S. official said the talks had stalled.',
    ['Two Israeli officials and a U.S. official / 3 / latin-times'],
  ],
  [
    'and-groups-2',
    'A senior official and two diplomats said the talks had stalled.',
    ['A senior official and two diplomats / 3 / latin-times'],
  ],
  [
    'and-bare',
    'Officials and diplomats said the talks had stalled.',
    ['Officials and diplomats / - / latin-times'],
  ],
  [
    'admin-call',
    'A senior administration official told reporters on a conference call that the sanctions would be lifted.',
    ['A senior administration official / 1 / latin-times'],
  ],
  [
    'ap-three',
    'Three people with knowledge of the matter told The Associated Press that the plant would close.',
    ['Three people with knowledge of the matter / 3 / associated-press'],
  ],
  [
    'western-diplomat',
    'A Western diplomat said the embassy would close next month.',
    ['A Western diplomat / 1 / latin-times'],
  ],
  [
    'gov-sources-bbc',
    'Government sources told the BBC the plan would be dropped.',
    ['Government sources / - / bbc-news'],
  ],
  [
    'tabloid',
    'A source close to the player told The Sun he wants to leave the club.',
    ['A source close to the player / 1 / sun'],
  ],
  [
    'industry',
    'Industry sources said output would be cut in March.',
    ['Industry sources / - / latin-times'],
  ],
  [
    'bloomberg-citing',
    'Bloomberg News reported, citing people familiar with the matter, that the company is exploring a sale.',
    ['people familiar with the matter / - / bloomberg'],
  ],
  [
    'nyt-unnamed',
    'The New York Times, citing unnamed officials, reported that the strike had been planned for weeks.',
    ['unnamed officials / - / new-york-times'],
  ],
  [
    'citing-first',
    'Citing an unnamed source, Le Monde said the minister would resign.',
    ['an unnamed source / 1 / le-monde'],
  ],
  [
    'probe',
    'Two sources familiar with the probe said investigators had seized documents.',
    ['Two sources familiar with the probe / 2 / latin-times'],
  ],
  [
    'kremlin-interfax',
    'A Kremlin source told the Interfax news agency the meeting would take place.',
    ['A Kremlin source / 1 / interfax'],
  ],
  [
    'biden-admin',
    'Senior Biden administration officials said the plan would cost $1 trillion.',
    ['Senior Biden administration officials / - / latin-times'],
  ],
  [
    'declined-named',
    'A spokesperson for the ministry, who declined to be named, said the figures were accurate.',
    ['A spokesperson for the ministry, who declined to be named / 1 / latin-times'],
  ],
  [
    'hamas-afp',
    'A senior Hamas official told AFP that the group had accepted the proposal.',
    ['A senior Hamas official / 1 / agence-france-presse'],
  ],
  [
    'multiple',
    'Multiple sources said the striker had signed a new contract.',
    ['Multiple sources / - / latin-times'],
  ],
  [
    'several',
    'Several officials said the order came from the top.',
    ['Several officials / - / latin-times'],
  ],
  [
    'source-monday',
    'A source said on Monday that the factory would close.',
    ['A source / 1 / latin-times'],
  ],
  [
    'person-decision',
    'According to a person with knowledge of the decision, the league will expand to 32 teams.',
    ['a person with knowledge of the decision / 1 / latin-times'],
  ],
  [
    'maritime',
    'The ship was hit by a missile, said a maritime security source.',
    ['a maritime security source / 1 / latin-times'],
  ],
  [
    'un-not-authorized',
    'A U.N. official who was not authorized to speak publicly said aid had been blocked.',
    ['A U.N. official who was not authorized to speak publicly / 1 / latin-times'],
  ],
  [
    'aide-to',
    'An aide to the senator said he would vote against the bill.',
    ['An aide to the senator / 1 / latin-times'],
  ],
  [
    'close-to-name',
    'A person close to Musk said he had no plans to sell the shares.',
    ['A person close to Musk / 1 / latin-times'],
  ],
  [
    'present',
    'Officials familiar with the investigation say the suspect acted alone.',
    ['Officials familiar with the investigation / - / latin-times'],
  ],
  [
    'progressive',
    'Sources are saying the coach will be fired after the game.',
    ['Sources / - / latin-times'],
  ],
  [
    'one-official',
    'One official described the meeting as tense.',
    ['One official / 1 / latin-times'],
  ],
  [
    'ft-citing',
    'The Financial Times reported, citing a person familiar with the matter, that the bank would pay a fine.',
    ['a person familiar with the matter / 1 / financial-times'],
  ],
  [
    'police-sources',
    'Police sources said the suspect was known to officers.',
    ['Police sources / - / latin-times'],
  ],
  ['told-cnn', 'A source told CNN that the president had been briefed.', ['A source / 1 / cnn']],
  [
    'ft-briefed',
    'Two people briefed on the matter told the Financial Times that the bank would pay a fine.',
    ['Two people briefed on the matter / 2 / financial-times'],
  ],
  [
    'citing-axios',
    'Citing sources, Axios reported the vote would be delayed.',
    ['sources / - / axios'],
  ],
  [
    'the-official',
    'A senior official said the talks had stalled. The official, who spoke on condition of anonymity to discuss internal deliberations, said both sides were to blame.',
    ['A senior official / 1 / latin-times'],
  ],
  [
    'one-of-people',
    'The company is in talks to buy Acme, people familiar with the matter said. The deal is worth about $2 billion, said one of the people, who asked not to be identified because the talks are private.',
    ['people familiar with the matter / - / latin-times'],
  ],
  [
    'pentagon-briefing',
    'Pentagon officials said in a briefing that the drills would continue.',
    ['Pentagon officials / - / latin-times'],
  ],
  [
    'sources-said-end',
    'The deal is expected to close in the spring, sources said.',
    ['sources / - / latin-times'],
  ],
  [
    'passive-told',
    'The Guardian was told by a senior government source that the plan would be scrapped.',
    ['a senior government source / 1 / guardian'],
  ],
  [
    'sources-tell',
    'Sources tell CBS News that the team will be announced on Friday.',
    ['Sources / - / cbs-news'],
  ],
  [
    'some-officials',
    'Some officials privately worry that the plan will fail, according to three people involved in the discussions.',
    ['three people involved in the discussions / 3 / latin-times'],
  ],
  ['neg-named', 'A senior official, John Smith, said the talks had stalled.', []],
  ['neg-named-2', 'Pentagon spokesman John Kirby said the drills would continue.', []],
  ['neg-funding', 'Sources of funding for the project remain unclear.', []],
  ['neg-crowd', 'People in the crowd chanted slogans against the government.', []],
  ['neg-leak', 'The source of the leak has not been identified.', []],
  ['neg-meet', 'Officials will meet on Tuesday to discuss the budget.', []],
  ['neg-many-people', 'Many people lost their homes in the flood.', []],
  [
    'office',
    'A source in the prime minister’s office said the vote would be delayed.',
    ['A source in the prime minister’s office / 1 / latin-times'],
  ],
  [
    'bloomberg-direct',
    'Two people with direct knowledge of the talks told Bloomberg News that a deal was close.',
    ['Two people with direct knowledge of the talks / 2 / bloomberg'],
  ],
  [
    'eu-diplomat',
    'An EU diplomat said the sanctions package would be approved on Friday.',
    ['An EU diplomat / 1 / latin-times'],
  ],
  [
    'inv-close-condition',
    'The deal could be signed next week, said a person close to the talks, who spoke on condition of anonymity.',
    ['a person close to the talks, who spoke on condition of anonymity / 1 / latin-times'],
  ],
  [
    'palace',
    'A palace source told the Daily Mail the prince was “furious”.',
    ['A palace source / 1 / daily-mail'],
  ],
  ['memo-neg', 'The plant will close, according to an internal memo.', []],
  ['western', 'A senior Western official briefed reporters on condition of anonymity.', []],
  [
    'we-understand',
    'The club is understood to have rejected the offer, sources said.',
    ['sources / - / latin-times'],
  ],
  [
    'people-aware',
    'People aware of the discussions said the bid could exceed $5 billion.',
    ['People aware of the discussions / - / latin-times'],
  ],
  [
    'colleague-said',
    'One person who attended the meeting said the mood was grim.',
    // the corpus's annotators keep the clause that says who the source is ("one person who was
    // present at the meeting", "four people who were told of the matter"): rules-17 A
    ['One person who attended the meeting / 1 / latin-times'],
  ],
  [
    'familiar-told-wsj',
    'People familiar with the matter told The Wall Street Journal the bank had approached rivals.',
    ['People familiar with the matter / - / wall-street-journal'],
  ],
  [
    'speaking-anon-inv',
    'The ceasefire is fragile, a military officer said, speaking on condition of anonymity because he was not authorized to brief the media.',
    ['a military officer / 1 / latin-times'],
  ],
  [
    'govt-officials-who',
    'Government officials who declined to be identified said the decision was final.',
    ['Government officials who declined to be identified / - / latin-times'],
  ],
  // variants of the phrasing found in PolNeAR's train texts (the wording is ours)
  [
    'polnear-like: inv-condition',
    '“We had no warning,” said one engineer who spoke on the condition of anonymity because of the sensitive nature of the issue.',
    ['one engineer who spoke on the condition of anonymity / 1 / latin-times'],
  ],
  [
    'polnear-like: inv-requested',
    '“The board never saw the numbers,” said one former executive who requested anonymity to avoid damaging his business relationships.',
    ['one former executive who requested anonymity / 1 / latin-times'],
  ],
  [
    'polnear-like: acc-requested',
    'The governor was urged to drop the plan, according to two senators present who requested anonymity to describe private conversations.',
    // the anonymity asked for is part of the description, as in every other position
    ['two senators present who requested anonymity / 2 / latin-times'],
  ],
  [
    'polnear-like: the-condition',
    'A Warren adviser, who spoke on the condition of anonymity to speak candidly, said the senator took the threat seriously.',
    ['A Warren adviser, who spoke on the condition of anonymity / 1 / latin-times'],
  ],
  [
    'polnear-like: attendee',
    'One attendee, who like others spoke on the condition of anonymity to discuss the private meeting, said the message was clear.',
    ['One attendee / 1 / latin-times'],
  ],
  [
    'polnear-like: speaking-the-condition',
    'An Israeli official, speaking on the condition of anonymity to discuss the prime minister’s schedule, said on Wednesday that the meeting would go ahead.',
    ['An Israeli official, speaking on the condition of anonymity / 1 / latin-times'],
  ],
  [
    'polnear-like: acc-not-authorized',
    'The group is testing new advertisements, according to a campaign official who wasn’t authorized to speak publicly.',
    ['a campaign official who wasn’t authorized to speak publicly / 1 / latin-times'],
  ],
  [
    'polnear-like: acc-not-authorized-2',
    'The plan will cost $2 billion a year, according to a campaign official who was not authorized to speak publicly before the announcement.',
    ['a campaign official who was not authorized to speak publicly / 1 / latin-times'],
  ],
  [
    'polnear-like: bare-source',
    'Source familiar with the ad says the group is spending heavily to air it.',
    ['Source familiar with the ad / 1 / latin-times'],
  ],
  [
    'polnear-like: briefed-say-that',
    'People briefed on the situation say that the governor will not run again.',
    ['People briefed on the situation / - / latin-times'],
  ],
  [
    'polnear-like: insiders-colon',
    'A surge is unlikely, insiders said: the front-runner’s lead is too large.',
    ['insiders / - / latin-times'],
  ],
  [
    'polnear-like: share-insiders',
    'Two-thirds of Democratic insiders said the deficit would hurt her in Iowa.',
    ['Two-thirds of Democratic insiders / - / latin-times'],
  ],
  [
    'polnear-like: rather-sources',
    'Rather, sources close to her campaign say she stands behind the president.',
    ['sources close to her campaign / - / latin-times'],
  ],
  [
    'polnear-like: quoted-one-of',
    'The New York Times quoted one of the candidate’s advisers as saying he was struggling with foreign policy.',
    ['one of the candidate’s advisers / 1 / new-york-times'],
  ],
  [
    'polnear-like: acc-aide',
    'The senator brought the witness a glass of water, according to a Democratic aide.',
    ['a Democratic aide / 1 / latin-times'],
  ],
  [
    'polnear-like: acc-mid-dept',
    'While most were marked confidential, according to a State Department official, two were upgraded to secret.',
    ['a State Department official / 1 / latin-times'],
  ],
  [
    'polnear-like: person-confirmed',
    'The person familiar with the planning confirmed the meeting on the condition of anonymity.',
    ['The person familiar with the planning / 1 / latin-times'],
  ],
  [
    'polnear-like: source-close-him',
    'Cruz will rethink how he approaches his colleagues, a source close to him said.',
    ['a source close to him / 1 / latin-times'],
  ],
  [
    'polnear-like: party-officials',
    'No defections have been seen, according to several party officials.',
    ['several party officials / - / latin-times'],
  ],
];

// Idioms the rules do not read yet (rules-9's tabloid "The Sun" is read since rules-12: a
// publication's head alone is an outlet where the text has it told or publishing).
// `it.fails` keeps them visible: each turns red the day a rule reads it.
const GAPS = new Set<string>();

describe('the anonymous-source idiom battery', () => {
  it.each(BATTERY.filter(([idiom]) => !GAPS.has(idiom)))('%s: %s', (_idiom, text, expected) => {
    expect(anons(text)).toEqual(expected);
  });
  it.fails.each(BATTERY.filter(([idiom]) => GAPS.has(idiom)))(
    'not yet: %s: %s',
    (_idiom, text, expected) => {
      expect(anons(text)).toEqual(expected);
    },
  );
});

describe('whom an unnamed source works for', () => {
  it.each([
    ['A White House official said the president would sign the bill.', 'white-house'],
    ['Two current and two former U.S. officials said troops could be sent.', 'u-s'],
    ['A senior Hamas official told AFP that the group had accepted the proposal.', 'hamas'],
    [
      'Senior Biden administration officials said the plan would cost $1 trillion.',
      'biden-administration',
    ],
    ['Pentagon officials said in a briefing that the drills would continue.', 'pentagon'],
    ['A German government official said the talks would go on.', 'german-government'],
    ['Cartel operatives said the route was closed.', '-'],
    ['Senior officials said the plan would fail.', '-'],
  ])('%s → %s', (text, affiliation) => {
    expect(affiliations(text)).toEqual([affiliation]);
  });
});

describe('a later mention of the same unnamed source speaks for it', () => {
  it('"The official, who spoke on condition of anonymity, said" after "a senior official said"', () => {
    expect(
      lines(
        'A senior official said the talks had stalled. The official, who spoke on condition of anonymity to discuss internal deliberations, said both sides were to blame.',
      ).filter((l) => l.startsWith('SAID')),
    ).toEqual(['SAID latin-times-senior-official', 'SAID latin-times-senior-official']);
  });
  it('"said one of the people" is one of the people familiar with the matter', () => {
    expect(
      lines(
        'The company is in talks to buy Acme, people familiar with the matter said. The deal is worth about $2 billion, said one of the people, who asked not to be identified because the talks are private.',
      ).filter((l) => l.startsWith('SAID')),
    ).toEqual([
      'SAID latin-times-people-familiar-with-the-matter',
      'SAID latin-times-people-familiar-with-the-matter',
    ]);
  });
});

describe('"news agency" makes a one-word name an outlet; a press service or a weather service is not', () => {
  it.each([
    ['The Kremlin press service said the meeting would take place.', 'SAID kremlin'],
    [
      'The National Weather Service said the storm would hit on Monday.',
      'SAID national-weather-service',
    ],
  ])('%s', (text, line) => {
    expect(lines(text)[0]).toEqual(line);
  });
});

describe('a name that cites or quotes unnamed people is an outlet; a titled person is not', () => {
  it('"Senator Jane Roe, citing unnamed officials, said" is the senator speaking', () => {
    expect(lines('Senator Jane Roe, citing unnamed officials, said the base would close.')).toEqual(
      ['SAID jane-roe', 'REPORTED latin-times <- jane-roe'],
    );
  });
  it('"quoted a confidential document as saying" makes no source of the document', () => {
    expect(
      anons('Le Figaro quoted a confidential document as saying that the plant would close.'),
    ).toEqual([]);
  });
});

describe('a share of a group is not a count', () => {
  it.each([
    ['Six in 10 officials said the plan would fail.', 'Six in 10 officials / - / latin-times'],
    [
      'Forty percent of officials said the plan would fail.',
      'Forty percent of officials / - / latin-times',
    ],
    ['Two officials in Kyiv said the plan would fail.', 'Two officials in Kyiv / 2 / latin-times'],
  ])('%s', (text, described) => {
    expect(anons(text)).toEqual([described]);
  });
});

describe('anonymity is a set phrase, not any "not authorized"', () => {
  it('"The minister, who was not authorized to sign the deal, said" makes no unnamed source', () => {
    expect(
      anons('The minister, who was not authorized to sign the deal, said he would resign.'),
    ).toEqual([]);
  });
  it('"A woman who asked not to be named said" is unnamed whatever the noun', () => {
    expect(anons('A woman who asked not to be named said the shop had closed.')).toEqual([
      'A woman who asked not to be named / 1 / latin-times',
    ]);
  });
});

describe('"one of the …" with no group named before is a source of its own', () => {
  it('"said one of the officials" opening an article', () => {
    expect(anons('The talks have stalled, said one of the officials.')).toEqual([
      'one of the officials / 1 / latin-times',
    ]);
  });
});

describe('"X was told by a source": the agent spoke, the subject is the one told', () => {
  it.each([
    [
      'CNN has been told by two officials that the strike was planned.',
      [
        'SAID cnn-two-officials',
        'REPORTED cnn <- cnn-two-officials',
        'REPORTED latin-times <- cnn',
      ],
    ],
    [
      'The senator was told by aides that the bill would fail.',
      ['SAID latin-times-aides', 'REPORTED latin-times <- latin-times-aides'],
    ],
    ['The troops were told to leave.', []],
  ])('%s', (text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});

describe('a newspaper named by when it comes out', () => {
  it.each([
    [
      'On Sunday Smith said the talks had failed.',
      ['SAID sunday-smith', 'REPORTED latin-times <- sunday-smith'],
    ],
    [
      'Daily Mail Editor Jane Roe said the story was accurate.',
      ['SAID jane-roe', 'REPORTED latin-times <- jane-roe'],
    ],
  ])('%s', (text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});
