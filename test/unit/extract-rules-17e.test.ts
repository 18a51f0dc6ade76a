// Rules-17, the lead's part: an outlet that is reporting, and a press role before a name. Both
// kinds recur across stories of the tune half (rules-17 D's sort: an outlet typed SAID in 11
// stories; "Political Correspondent Carl Dinnen" in round 14). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { lines } from './extract-helpers.ts';

const own = (text: string) => lines(text).filter((l) => !l.includes('<-'));

describe('a name that is reporting that P is a publication, whatever the tense or the adverb', () => {
  it.each([
    ['Radar Online is reporting that the actor was rushed to hospital.', 'radar-online'],
    ['Al-Monitor reported as well that Egypt had warned Israel.', 'al-monitor'],
    ['Kommersant reports that the deal was signed on Friday.', 'kommersant'],
    ['Rossiyskaya Gazeta has been reporting that the talks had stalled.', 'rossiyskaya-gazeta'],
    ['Delfi was reporting exclusively that the minister would resign.', 'delfi'],
    ['Radar Online reported too that the actor had been discharged.', 'radar-online'],
    ['The Kyiv Independent is reporting that the bridge was hit.', 'kyiv-independent'],
    ['Meduza separately reported that the governor had been detained.', 'meduza'],
  ])('%s', (text, id) => {
    expect(own(text)).toEqual([`REPORTED ${id}`]);
  });
  it.each([
    // a company reports figures, and says what it says
    ['Acme Corp reports that revenue rose 5% in the quarter.', 'SAID acme-corp'],
    ['The ministry reports that 40 people were injured.', undefined],
  ])('a body that reports is no publication: %s', (text, line) => {
    const got = own(text);
    expect(got.some((l) => l.startsWith('REPORTED'))).toBe(false);
    if (line) expect(got).toContain(line);
  });
});

describe('a press role capitalised before a name is a title, not part of the name', () => {
  it.each([
    ['Journalist Jane Doe said that the plant would close.', 'jane-doe'],
    ['Reporter Jane Doe said that the plant would close.', 'jane-doe'],
    ['Columnist Jane Doe wrote that the plant would close.', 'jane-doe'],
    ['Political Correspondent Carl Dinnen said the comments were made.', 'carl-dinnen'],
    ['Senior Commentator Amir Tal said the talks had failed.', 'amir-tal'],
    ['“The talks have failed,” said Anchor Maria Lopez.', 'maria-lopez'],
  ])('%s', (text, id) => {
    expect(own(text)).toContain(`SAID ${id}`);
  });
  it.each([
    ['Writers Guild of America said the strike would go on.', 'writers-guild'],
    ['Host Hotels said the sale had been completed.', 'host-hotels'],
  ])('a name that begins with such a word keeps it: %s', (text, id) => {
    expect(own(text).some((l) => l.startsWith(`SAID ${id}`))).toBe(true);
  });
});
