// PolNeAR span rules of the sixth pass on issue 14, found by reading the train split's misses
// (bench/polnear-explain.ts): sources the subject walk cut short, passive cues, and cues that are
// an adjective after "be" or a noun after a possessive. Sentences are ours; each case fails
// without its rule.
import { describe, expect, it } from 'vitest';
import { described, found, lines } from './extract-helpers.ts';

describe('the subject before a cue is the whole noun phrase', () => {
  it.each([
    // a capitalised first name the tagger reads as a verb, inside a longer name
    ['Ohio Sen. Ted Marsh says the bill will fail.', 'Ohio Sen. Ted Marsh'],
    // a participle used as an adjective
    [
      'Nine in 10 Democratic registered voters say they like the plan.',
      'Nine in 10 Democratic registered voters',
    ],
    // a participle phrase after the noun
    ['Exit polls taken in Ohio found that most voters wanted change.', 'Exit polls taken in Ohio'],
    [
      'A majority of voters looking for an outsider supported the Ohio senator.',
      'A majority of voters looking for an outsider',
    ],
    // a quantity with its adverb
    ['Nearly half said the economy was their main worry.', 'Nearly half'],
    ['More than 4 in 10 said the economy was their main worry.', 'More than 4 in 10'],
    [
      'About four in 10 Ohio voters say the economy is their main worry.',
      'About four in 10 Ohio voters',
    ],
    [
      'At least half of voters in each state say the deal is fair.',
      'At least half of voters in each state',
    ],
    // a name joined by a slash
    [
      'The latest Gallup/Ipsos poll showed the mayor ahead by ten points.',
      'The latest Gallup/Ipsos poll',
    ],
    // a first name that opens the sentence, read as a verb
    ['Ted Marsh says the bill will fail.', 'Ted Marsh'],
    // a participle phrase with "by", and one with a day
    [
      'A poll conducted by the college in May showed that the mayor was ahead.',
      'A poll conducted by the college in May',
    ],
    [
      'A court document filed Thursday says that the senator will not be charged.',
      'A court document filed Thursday',
    ],
    // "aides to Clinton"
    ['Aides to the governor say she is shifting her tack.', 'Aides to the governor'],
  ])('%s', (text, source) => {
    expect(described(text)).toEqual([source]);
  });

  it('a clause before the subject stays out of it', () => {
    expect(described('When the mayor campaigned in Ohio he said the plant would stay.')).toEqual([
      'he',
    ]);
  });
});

describe('a passive cue: the agent after "by" is the source, the subject is what was said', () => {
  it('with an agent: "The move was first reported by the Ledger."', () => {
    expect(found('The plan to close the plant was first reported by the Ledger.')).toEqual([
      'the Ledger | was first reported by | The plan to close the plant',
    ]);
  });
  it('with an agent and words after it', () => {
    expect(
      found('The mayor has been criticized by his rivals for failing to visit the plant.'),
    ).toEqual(['his rivals | has been criticized by | The mayor … for failing to visit the plant']);
  });
  it('without an agent there is no source: "The governor is expected to sign the bill."', () => {
    expect(found('The governor is expected to sign the bill on Friday.')).toEqual([
      '- | is expected | The governor … to sign the bill on Friday',
    ]);
  });
  it('"it was revealed that …": the subject is a placeholder, not content', () => {
    expect(found('It was revealed in March that she had used a private server.')).toEqual([
      '- | was revealed | that she had used a private server',
    ]);
  });
  it('a progressive is not a passive: "The senator was saying that …"', () => {
    expect(found('The senator was saying that the deal is dead.')).toEqual([
      'The senator | was saying | that the deal is dead',
    ]);
  });
});

describe('a cue after a comma is inverted only when what was said comes before it', () => {
  it('a name with a description before the cue is its subject, not content', () => {
    expect(
      found('Sen. Ted Marsh (R-Ohio), also a candidate, called the plan “a disaster.”'),
    ).toEqual(['Sen. Ted Marsh (R-Ohio) | called | the plan “a disaster.”']);
  });
  it('still inverted after a clause: "The plan will fail, said Smith."', () => {
    expect(found('The plan will fail, said Smith.')).toEqual(['Smith | said | The plan will fail']);
  });
});

describe('the subject stops where the noun phrase does', () => {
  it.each([
    // a time between the subject and the cue belongs to neither
    ['The Ohio Republican on Tuesday dismissed the plan as a stunt.', 'The Ohio Republican'],
    ['Marsh at the time said he would pay the fees.', 'Marsh'],
    ['Police last month charged the manager with battery.', 'Police'],
    // a conjunction after a verb's object starts a new subject
    ['A woman asked for a photo and Clinton said she would be glad to pose.', 'Clinton'],
  ])('%s', (text, source) => {
    expect(described(text)[0]).toEqual(source);
  });
});

describe('where the subject starts', () => {
  it('"who" before another noun phrase is an object, not the subject', () => {
    expect(
      described('Marsh, who many in the party had backed, said the race was over.')[0],
    ).toEqual('many in the party');
  });
  it('a name between commas after a clause is the subject', () => {
    expect(
      found('After winning Ohio in the primary, Gov. John Marsh (R-OH), said the race was over.'),
    ).toEqual(['Gov. John Marsh (R-OH) | said | the race was over']);
  });
});

describe('a speaker split off after a question or exclamation in quotes', () => {
  it.each([
    [
      '“How are you going to measure it?” he said. “We will see.”',
      'he | said | “How are you going to measure it?”',
    ],
    ['“You are a total loser!” the note says.', 'the note | says | “You are a total loser!”'],
    ["''Is this the best we can do?'' she asked.", "she | asked | ''Is this the best we can do?''"],
  ])('%s', (text, line) => {
    expect(found(text)[0]).toEqual(line);
  });
});

describe('what was published, and a group, speak for what they say', () => {
  it.each([
    ['The new ad contrasts the governor’s record with the senator’s.', 'The new ad | contrasts'],
    ['The group seeks to prevent deaths through new laws.', 'The group | seeks'],
  ])('%s', (text, head) => {
    expect(found(text)[0]?.startsWith(head)).toBe(true);
  });
  it('the draft makes no statement of them: nobody it could name says it', () => {
    expect(lines('The group seeks to prevent deaths through new laws.')).toEqual([]);
  });
});

describe('a cue verb the tagger reads as a noun', () => {
  it.each([
    [
      'Six in 10 say he is at least somewhat decisive.',
      'Six in 10 | say | he is at least somewhat decisive',
    ],
    ['And 64 percent call him competent.', '64 percent | call | him competent'],
    ['Others call it the nerd prom.', 'Others | call | it the nerd prom'],
    ['Marsh notes “the plant is safe.”', 'Marsh | notes | “the plant is safe.”'],
    [
      'More than 40 percent of the money arrived in May, new fundraising reports show.',
      'new fundraising reports | show | More than 40 percent of the money arrived in May',
    ],
  ])('%s', (text, line) => {
    expect(found(text)).toEqual([line]);
  });
  it('a noun is still a noun: "The talk show drew voters."', () => {
    expect(found('The talk show drew many voters.')).toEqual([]);
  });
});

describe('a bare name as what a cue takes ("supported Sanders.")', () => {
  it('is the content PolNeAR marks', () => {
    expect(found('About 6 in 10 white men supported Sanders.')).toEqual([
      'About 6 in 10 white men | supported | Sanders',
    ]);
  });
  it('the draft makes no statement of it: a name is not a proposition', () => {
    expect(lines('The mayor endorsed Marsh.')).toEqual([]);
  });
});

describe('the cue lexicon mined from train with lower thresholds (>= 3 cues, >= 0.25 of uses)', () => {
  it('reads a newly mined cue: "mused that …"', () => {
    expect(found('Marsh mused that the plant would close.')).toEqual([
      'Marsh | mused | that the plant would close',
    ]);
  });
  it('a mined cue still makes no statement', () => {
    expect(lines('Marsh mused that the plant would close.')).toEqual([]);
  });
});

describe('a verb that is a cue only with the word after it (mined phrases)', () => {
  it('"focused on": PolNeAR’s cue takes both words', () => {
    expect(found('Marsh focused on the cost of the new plant.')).toEqual([
      'Marsh | focused on | the cost of the new plant',
    ]);
  });
  it('makes no statement: a topic is not a claim', () => {
    expect(lines('Marsh focused on the cost of the new plant.')).toEqual([]);
  });
  it('the verb alone is no cue: "Marsh focused the campaign."', () => {
    expect(found('Marsh focused the campaign on jobs.')).toEqual([]);
  });
});

describe('names and titles inside the subject', () => {
  it.each([
    // a capitalised word the tagger reads as a verb, inside a name or after a title
    [
      'A Morning Consult Poll found that he would draw votes from Clinton.',
      'A Morning Consult Poll',
    ],
    [
      'White House spokesman Josh Earnest said the president enjoys the event.',
      'White House spokesman Josh Earnest',
    ],
    // a quoted title inside the noun phrase
    [
      'The “No Comparison” ad contrasts the governor’s record with the senator’s.',
      'The “No Comparison” ad',
    ],
    // "candidates like X and Y"
    [
      'Candidates like Marsh and Stone are vowing to bring back jobs.',
      'Candidates like Marsh and Stone',
    ],
  ])('%s', (text, source) => {
    expect(described(text)[0]).toEqual(source);
  });
});

describe('a mined adjective after "be" is a cue ("critical of", "eager to")', () => {
  it.each([
    [
      'Republicans have been critical of Marsh’s use of a private email account.',
      'Republicans | have been critical of | Marsh’s use of a private email account',
    ],
    [
      'Many donors are eager to see him run, aides said.',
      'Many donors | are eager | to see him run',
    ],
  ])('%s', (text, line) => {
    expect(found(text)[0]).toEqual(line);
  });
  it('makes no statement: a stance, not an assertion', () => {
    expect(
      lines('Republicans have been critical of Marsh’s use of a private email account.'),
    ).toEqual([]);
  });
});
