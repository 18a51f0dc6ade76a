// Rules of the fifth pass on issue 14: sources with the words that describe them, the cue lexicon
// mined from PolNeAR's train split, and denials across sentences. Each case fails without its rule.
import { describe, expect, it } from 'vitest';
import { attributionsOf } from '../../server/extract/attributions.ts';
import { sentences } from '../../server/extract/text.ts';
import { denials, described, draft, found, lines } from './extract-helpers.ts';

describe('a source with the words that describe it (PolNeAR source spans)', () => {
  it.each([
    [
      '“The deal is done,” said Paul Lindsay, a spokesman for the Bush super PAC.',
      'Paul Lindsay, a spokesman for the Bush super PAC',
    ],
    [
      '“They have a real problem,” said Jon Ralston, who runs a Nevada politics newsletter.',
      'Jon Ralston, who runs a Nevada politics newsletter',
    ],
    [
      'Dean Johnson, a 55-year-old salesman from Sumter, says Cruz will leave with momentum.',
      'Dean Johnson, a 55-year-old salesman from Sumter,',
    ],
    [
      'Scott Goodstein, its chief executive officer, said candidates are more aware of the money.',
      'Scott Goodstein, its chief executive officer,',
    ],
    [
      'In 2014, Ferguson had 115 violent crimes, according to the most recent data available from the FBI.',
      'the most recent data available from the FBI',
    ],
    [
      'According to the officer in charge of the base that night, the scene is entirely untrue.',
      'the officer in charge of the base that night',
    ],
  ])('%s', (text, source) => {
    // [0]: what a source said may hold a cue of its own ("candidates are more aware of …")
    expect(described(text)[0]).toEqual(source);
  });

  it('the draft still names the source by its name, not by its description', () => {
    expect(
      found('“The deal is done,” said Paul Lindsay, a spokesman for the Bush super PAC.'),
    ).toEqual(['Paul Lindsay | said | “The deal is done,”']);
  });

  it('a participle clause after the source is what it went on to say, not its description', () => {
    expect(
      described(
        '“Russ is running everywhere,” said Michael Tyler, a spokesman for the campaign, explaining why the candidate will not appear.',
      )[0],
    ).toBe('Michael Tyler, a spokesman for the campaign');
  });

  it('a source followed by a time is left as it is: "said Smith, Tuesday"', () => {
    expect(described('“We will win,” said Smith on Tuesday.')).toEqual(['Smith']);
  });
});

describe('cues mined from PolNeAR train (server/extract/polnear-cues.json)', () => {
  it('the finder reads a mined cue as PolNeAR does: source, cue, object', () => {
    expect(found('Trump discussed the recent violence at his rallies with reporters.')).toEqual([
      'Trump | discussed | the recent violence at his rallies with reporters',
    ]);
    expect(found('The FDIC declined to comment.')).toEqual(['The FDIC | declined | to comment']);
  });

  it('the draft makes no statement of a mined cue: it reports an act, not an assertion', () => {
    expect(lines('Trump discussed the recent violence at his rallies with reporters.')).toEqual([]);
    expect(lines('The FDIC declined to comment on the breach.')).toEqual([]);
    expect(denials('The White House declined to comment on the report.')).toEqual([]);
  });

  it('a mined cue without a named subject or a that-clause is not read: "the rules discussed"', () => {
    expect(found('The committee discussed the budget.')).toEqual([]);
  });
});

describe('a name before an appositive is the source: "X, a spokesman for Y, said"', () => {
  it('content first: "“…,” Jeff Weaver, Sanders’ campaign manager, said in a statement."', () => {
    const text =
      '“The numbers put our campaign on pace to beat the goal,” Jeff Weaver, Sanders’ campaign manager, said in a statement.';
    expect(found(text)).toEqual([
      'Jeff Weaver | said in a statement | “The numbers put our campaign on pace to beat the goal,”',
    ]);
    expect(described(text)).toEqual(['Jeff Weaver, Sanders’ campaign manager,']);
    expect(lines(text)).toEqual(['SAID jeff-weaver', 'REPORTED latin-times <- jeff-weaver']);
  });

  it('a relative clause between the commas: "A spokesperson for the Post, which Bezos bought, said"', () => {
    expect(
      found(
        'A spokesperson for Acme, which Bezos bought in 2013 for $250 million, said on Friday it was not for sale.',
      ),
    ).toEqual(['A spokesperson for Acme | said on Friday | it was not for sale']);
  });

  it('a time or a clause between commas is not an appositive', () => {
    expect(
      found('The new budget plan, officials said on Monday, will fail in the Senate.'),
    ).toEqual(['officials | said on Monday | will fail in the Senate']);
    expect(described('Trump, last week, said the wall would rise.')).toEqual(['Trump']);
  });
});

describe('a refusal given as the words said is no statement', () => {
  it('"told reporters: “No comment, no knowledge,”" drafts nothing', () => {
    expect(
      lines(
        'Condoleezza Rice, the US secretary of state, told reporters in New York: “No comment, no knowledge,” when asked about the French article.',
      ),
    ).toEqual([]);
  });
});

describe('sentence openers PolNeAR reads as attributions', () => {
  it('"Asked whether …, 75 percent said yes": the question put, with no source', () => {
    expect(found('Asked whether Clinton is honest, 75 percent of Democrats said yes.')[0]).toBe(
      '- | Asked | whether Clinton is honest',
    );
  });

  it('"In a CNN poll released Monday, …": the poll is the source, "In" the cue', () => {
    expect(
      found('In a CNN poll released Monday, Clinton held a 24-point lead over Obama.'),
    ).toEqual(['a CNN poll released Monday | In | Clinton held a 24-point lead over Obama']);
  });

  it('"In a statement, …" and "In 2014, …" are not polls', () => {
    expect(found('In 2014, Ferguson had 115 violent crimes.')).toEqual([]);
    expect(found('In a statement, the company said the mine will close.')).toEqual([
      'the company | said | the mine will close',
    ]);
  });

  it('the draft makes no statement of either', () => {
    expect(
      lines('In a CNN poll released Monday, Clinton held a 24-point lead over Obama.'),
    ).toEqual([]);
  });
});

describe('text as some papers print it', () => {
  it("two apostrophes are a quotation mark: ''…,'' Mr. Hedge said", () => {
    const text = "''A lot of clubs that have closed really should have closed,'' Mr. Hedge said.";
    expect(found(text)).toEqual([
      "Mr. Hedge | said | ''A lot of clubs that have closed really should have closed,''",
    ]);
    expect(lines(text)).toEqual(['SAID hedge', 'REPORTED latin-times <- hedge']);
  });

  it('a party tag with an abbreviated state does not end the sentence: "(D-N.Y.) said"', () => {
    // [0]: "reassured" is a mined cue of its own inside what Israel said
    expect(
      found('Rep. Steve Israel (D-N.Y.) said Clinton reassured members about the race.')[0],
    ).toEqual('Rep. Steve Israel (D-N.Y.) | said | Clinton reassured members about the race');
    expect(found('Rep. Jim McDermott (D-Wash.) said the bill would pass easily.')).toEqual([
      'Rep. Jim McDermott (D-Wash.) | said | the bill would pass easily',
    ]);
  });
});

describe('denials: more of the ways news prose words them', () => {
  const lead =
    'NBC News reported on Monday that the army will deploy troops to the border, citing two officials. ';
  const claim = 'The army will deploy troops to the border.';
  it.each([
    ['Kirby said the report was “false.”', 'kirby'],
    ['Kirby said the story was “totally inaccurate.”', 'kirby'],
    ['Kirby said the report is “simply not accurate.”', 'kirby'],
    ['Kirby said the claims were “baseless.”', 'kirby'],
    ['Kirby said the report was “categorically untrue.”', 'kirby'],
    ['Kirby called the story “fiction.”', 'kirby'],
    ['Kirby rebuffed the report.', 'kirby'],
    ['The Pentagon denied it.', 'pentagon'],
    ['Kirby said there were no plans to send troops to the border.', 'kirby'],
  ])('"%s" denies the reported claim', (sentence, who) => {
    expect(denials(lead + sentence)).toEqual([`${who}: ${claim}`]);
  });

  it('"denied the report, saying …" and "…, calling it “nonsense”" deny the report, not their own words', () => {
    expect(denials(lead + 'Kirby denied the report, saying no decision had been made.')).toEqual([
      `kirby: ${claim}`,
    ]);
    expect(denials(lead + 'Kirby pushed back on the report, calling it “nonsense.”')).toEqual([
      `kirby: ${claim}`,
    ]);
  });

  it.each([
    'Kirby declined to comment on the report.',
    'The Pentagon did not respond to a request for comment.',
    'Kirby would neither confirm nor deny the report.',
    'Kirby said he could not confirm the report.',
    'Kirby had no immediate comment on the report.',
    'Kirby told reporters: “No comment.”',
  ])('never a denial: "%s"', (sentence) => {
    expect(denials(lead + sentence)).toEqual([]);
  });
});

describe('anonymous sources', () => {
  const anons = (text: string) => (draft(text).anonymousSources ?? []).map((a) => a.description);

  it('"a senior official, speaking to ABC News earlier today, confirmed …": a participle phrase between the source and the cue', () => {
    expect(
      anons(
        'The denial comes after a senior Trump transition official, speaking to ABC News earlier today, confirmed a Wall Street Journal report on the plans.',
      ),
    ).toEqual(['a senior Trump transition official']);
  });

  it('"citing a source familiar with …" after a domain name ("Amazon.com’s") the splitter had cut', () => {
    expect(
      anons(
        "Axios reported that Bloomberg was interested in buying the Washington Post from Amazon.com's Jeff Bezos, citing a source familiar with Bloomberg's thinking.",
      ),
    ).toEqual(["a source familiar with Bloomberg's thinking"]);
  });

  it('"according to a person with direct knowledge of the plans"', () => {
    expect(
      anons(
        'The army will deploy troops to the border, according to a person with direct knowledge of the plans.',
      ),
    ).toEqual(['a person with direct knowledge of the plans']);
  });

  it('"two current and two former U.S. officials" are 4', () => {
    const d = draft(
      'The troops would be sent within weeks, two current and two former U.S. officials told NBC News.',
    );
    expect(d.anonymousSources?.map((a) => a.count)).toEqual([4]);
  });
});

describe('weak cues and participles', () => {
  it('a weak cue whose subject is people or a share of them: "Many critics called the plan a giveaway"', () => {
    expect(found('Many critics called the plan a giveaway to donors.')).toEqual([
      'Many critics | called | the plan a giveaway to donors',
    ]);
    expect(found('One strategist described the race as a superhighway.')).toEqual([
      'One strategist | described | the race as a superhighway',
    ]);
    // nobody the draft could name: no statement
    expect(lines('Many critics called the plan a giveaway to donors.')).toEqual([]);
    // unnamed officials are an anonymous source: their label is a denial
    expect(
      denials(
        'NBC News reported that the army will deploy troops to the border. Officials called the report false.',
      ),
    ).toEqual(['latin-times-officials: The army will deploy troops to the border.']);
    // an ordinary subject with a weak verb is still no attribution
    expect(found('The bill would support small farms across the state.')).toEqual([]);
  });

  it('", saying …" after a clause that does not open the sentence: its subject speaks', () => {
    expect(
      found(
        'In a victory speech on Tuesday night, Mr. Trump struck a measured tone, saying he understood the responsibility.',
      ),
    ).toEqual(['Mr. Trump | saying | he understood the responsibility']);
  });
});

describe('a quotation that goes on after its speaker', () => {
  const contents = (text: string) =>
    attributionsOf(text, sentences(text)).map((a) =>
      a.content.map((c) => text.slice(...c)).join(' … '),
    );

  it('in the same sentence: "“Judge,” Brafman said, “I have never …”"', () => {
    expect(
      found('“Judge,” Brafman said, “I have never had that happen in any case in thirty years.”'),
    ).toEqual([
      'Brafman | said | “Judge,” … “I have never had that happen in any case in thirty years.”',
    ]);
  });

  it('in the next sentences of the paragraph: "“…,” Barkley said. “This is …”"', () => {
    const text =
      '“CNN has done an awful job this election,” Barkley said. “They have followed ratings. And I love CNN.”\nThe network did not respond.';
    expect(contents(text)).toEqual([
      '“CNN has done an awful job this election,” … “They have followed ratings. And I love CNN.”',
    ]);
  });

  it('not across a paragraph, and not into a quotation with a speaker of its own', () => {
    expect(contents('“We will win,” Smith said.\n“They will lose.”')).toEqual(['“We will win,”']);
    expect(contents('“We will win,” Smith said. “They will lose,” Jones said.')).toEqual([
      '“We will win,”',
      '“They will lose,”',
    ]);
  });
});

describe('particles mined with the cue lexicon ("talked about", "pointed to")', () => {
  it('the cue takes the particle and the content starts after it', () => {
    expect(found('Clinton talked about the rising cost of college tuition.')).toEqual([
      'Clinton | talked about | the rising cost of college tuition',
    ]);
    expect(found('Sanders called for a $15 minimum wage.')).toEqual([
      'Sanders | called for | a $15 minimum wage',
    ]);
  });

  it('the draft makes no statement of it: a topic or a thing asked for is not a claim', () => {
    expect(lines('Clinton talked about the rising cost of college tuition.')).toEqual([]);
    expect(
      lines(
        'The troops, the outlet added, would operate under the authority of the U.S. intelligence community, known as Title 50 status.',
      ),
    ).toEqual(['REPORTED latin-times']);
  });
});

describe('relative words before the cue', () => {
  it('"idealists who wanted …": PolNeAR marks "who"; the draft keeps whom it means', () => {
    expect(described('There are officials who say the troops will leave soon.')).toEqual(['who']);
    expect(found('There are officials who say the troops will leave soon.')).toEqual([
      'officials who | say | the troops will leave soon',
    ]);
  });

  it('"which Mr. Trump called “a disgrace”": the subject follows the relative word', () => {
    // "pegged" is a mined cue of its own: Bloomberg's
    expect(
      found('Bloomberg pegged him at $2.9 billion, which Mr. Trump called “a disgrace.”').find(
        (l) => /\| called \|/.test(l),
      ),
    ).toMatch(/^Mr\. Trump \| called \|/);
  });
});

describe('a cue verb the tagger reads as a noun', () => {
  it('"FEC records show he backed McCain"', () => {
    expect(found('FEC records show he backed McCain in 2008.')[0]).toBe(
      'FEC records | show | he backed McCain in 2008',
    );
  });
  it('"the TV show the network aired" is no cue', () => {
    expect(found('They watched the TV show the network aired last night.')).toEqual([]);
  });
});

describe('names and quotation marks the tagger misreads', () => {
  it.each([
    [
      "''This works for Trump,'' said Kevin Madden, a Republican strategist.",
      "Kevin Madden | said | ''This works for Trump,''",
    ],
    [
      'Jolly said he would be cautious in restructuring federal spending.',
      'Jolly | said | he would be cautious in restructuring federal spending',
    ],
    [
      'Cruz will rethink how he approaches his colleagues, a source close to him said.',
      'a source close to him | said | Cruz will rethink how he approaches his colleagues',
    ],
    [
      'Some 56 percent of Cuban-Americans polled said they were less likely to vote.',
      'Some 56 percent of Cuban-Americans polled | said | they were less likely to vote',
    ],
    ['“Apparently not,“ he said.', 'he | said | “Apparently not,“'],
  ])('%s', (text, line) => {
    // toContain: "will rethink" is a mined cue of its own in the first case
    expect(found(text)).toContain(line);
  });

  it('an adverb that opens the sentence is no name: "Reluctantly said …"', () => {
    expect(found('Reluctantly said he would go.')).toEqual([]);
  });
});

describe('"according to" a source the tagger reads as verbs', () => {
  it('"…, according to exit polls."', () => {
    expect(
      found(
        'Mrs. Clinton won more than 77 percent of the vote among blacks, according to exit polls.',
      ),
    ).toEqual([
      'exit polls | according to | Mrs. Clinton won more than 77 percent of the vote among blacks',
    ]);
  });
  it('"According to …" without a comma before what was said is not read', () => {
    expect(found('According to plan the troops will leave on Monday.')).toEqual([]);
  });
});
