import { describe, expect, it } from 'vitest';
import { found } from './extract-helpers.ts';

describe('attribution finder', () => {
  it('a cue inside a quotation is the quoted speaker’s own words, not a new attribution', () => {
    expect(
      found('“We have pieces in place but I think we have to do more,” Clinton added.'),
    ).toEqual(['Clinton | added | “We have pieces in place but I think we have to do more,”']);
  });

  it('an adverb before the subject does not hide the attribution', () => {
    expect(found('Reluctantly, Brafman said he had come to the conclusion.')).toEqual([
      'Brafman | said | he had come to the conclusion',
    ]);
  });

  it('a second verb of the subject takes the sentence’s subject as source', () => {
    expect(found('Wilson praised the plan and said the senator can win.')).toContainEqual(
      'Wilson | said | the senator can win',
    );
  });

  it('the cue takes "in a statement" and the day with it', () => {
    expect(found('The senator said in a statement that the bill would pass.')).toEqual([
      'The senator | said in a statement | that the bill would pass',
    ]);
    expect(found('The senator said Thursday that the bill would pass.')).toEqual([
      'The senator | said Thursday | that the bill would pass',
    ]);
  });

  it('a named speaker before a colon', () => {
    expect(found('McCain: the populist movement is sweeping the country.')).toEqual([
      'McCain | : | the populist movement is sweeping the country',
    ]);
  });

  it('"he continued" before a quotation, but not "the war continued"', () => {
    expect(found('He continued, “I believe it is about repairing the party.”')).toEqual([
      'He | continued | “I believe it is about repairing the party.”',
    ]);
    expect(found('The war continued for another decade.')).toEqual([]);
  });

  it('a weak verb ("called") counts with a named subject, not with a thing', () => {
    expect(found('Jeb Bush called Trump “unhinged.”')).toEqual([
      'Jeb Bush | called | Trump “unhinged.”',
    ]);
    expect(found('The plan called the bluff of the committee.')).toEqual([]);
  });
});
