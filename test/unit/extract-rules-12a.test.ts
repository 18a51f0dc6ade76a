// Rules of the twelfth pass on issue 14, area A: who the source is. Each group is a family of
// news prose (other names, tenses and orders than the corpus sentence that showed it missing),
// with look-alikes that are not the thing.
import { describe, expect, it } from 'vitest';
import { draft, lines } from './extract-helpers.ts';

const sources = (text: string) => lines(text).map((l) => l.split(' ')[1]);
const actorNames = (text: string) => draft(text).actors.map((a) => a.name);
const outletIds = (text: string) => draft(text).outlets.map((o) => o.id);

describe('"X’s office / camp / spokesman / aides" is a body or person of X, never X', () => {
  it.each([
    [
      "New York Gov. David Paterson's office is rebuffing rumors that he will resign.",
      "David Paterson's office",
    ],
    ["Paterson's camp on Monday disputed that account of the meeting.", "Paterson's camp"],
    ["Senator Ann Marsh's campaign said the ads would run until May.", "Ann Marsh's campaign"],
    [
      "Jan Novak's lawyers said on Tuesday that the charges were politically motivated.",
      "Jan Novak's lawyers",
    ],
    [
      "The Prime Minister Rishi Sunak's team insisted the vote would go ahead.",
      "Rishi Sunak's team",
    ],
    [
      "Mayor Eric Adams's office told reporters that the budget was balanced.",
      "Eric Adams's office",
    ],
    ["Novak's attorneys told the court that he was innocent.", "Novak's attorneys"],
  ])('%s', (text, name) => {
    expect(actorNames(text)).toContain(name);
    const person = name.replace(/['’]s \w+$/, '');
    expect(actorNames(text)).not.toContain(person);
  });
  it.each([
    ["Mexico's foreign ministry said the talks would resume.", 'mexican-foreign-ministry'],
    ["Japan's Renesas Electronics said profits fell.", 'renesas-electronics'],
  ])('a possessor that says where or whose a named body is stays as before: %s', (text, id) => {
    expect(sources(text)).toContain(id);
  });
});

describe('an ambiguous short alias names the known outlet only when its full name is in the text', () => {
  it.each([
    ['A palace insider told The Times that the claims were nonsense.', 'times'],
    ['“It is not true,” the minister said, according to The Times.', 'times'],
    ['The Times reported that the princess was recovering at home.', 'times'],
    ['A senior Tory told the Post that the leader would resign.', 'post'],
    ['According to the Journal, the bank cut 200 jobs.', 'journal'],
  ])('%s', (text, id) => {
    expect(outletIds(text)).toContain(id);
    expect(outletIds(text)).not.toContain('new-york-times');
    expect(outletIds(text)).not.toContain('washington-post');
  });
  it.each([
    [
      'The New York Times reported on Monday that talks had stalled. The Times said the envoy left.',
      'new-york-times',
    ],
    [
      'The Washington Post said the deal was off. An aide told the Post that it was over.',
      'washington-post',
    ],
    [
      'The Wall Street Journal reported the merger. According to the Journal, the bank cut jobs.',
      'wall-street-journal',
    ],
  ])('%s', (text, id) => {
    expect(outletIds(text)).toContain(id);
    expect(outletIds(text)).not.toContain(id.split('-').at(-1));
  });
});

describe('"The <publication head>" alone, and heads like Magazine or Insider, are outlets', () => {
  it.each([
    ['“It’s total nonsense,” a source told The Telegraph.', 'telegraph'],
    [
      'A source close to the governor told Business Insider that he would resign.',
      'business-insider',
    ],
    ['The story is “a smear,” New York Magazine wrote on Friday.', 'new-york-magazine'],
    ['According to The Independent, the minister will quit.', 'independent'],
    ['An aide told The Mirror that the couple had split.', 'mirror'],
    ['The Daily Beast reported that the senator would not run.', 'daily-beast'],
    [
      'The Christian Science Monitor reported that the ceasefire held.',
      'christian-science-monitor',
    ],
    ['A royal source told The Sun that the prince was furious.', 'sun'],
    ['The Observer reported on Sunday that the talks had collapsed.', 'observer'],
  ])('%s', (text, id) => {
    expect(outletIds(text)).toContain(id);
  });
  it.each([
    'The Sun rose over the hills as the minister said the talks were over.',
    'The Independent candidate said she would not withdraw.',
    'Royal Mail said the strike would delay deliveries.',
  ])('not an outlet: %s', (text) => {
    expect(outletIds(text).filter((o) => o !== 'latin-times')).toEqual([]);
  });
});

describe('a person who reports stays a person: "reported" makes a publication only without a person signal', () => {
  it.each([
    [
      'Journalist Concha Calleja made the claims on Fiesta. Calleja reported that the surgery went wrong.',
      'concha-calleja',
    ],
    ['Reporter Ana Ruiz broke the story. Ruiz reported that the mayor had resigned.', 'ana-ruiz'],
    ['The host, Tom Baker, spoke on air. Baker reported that the deal had collapsed.', 'tom-baker'],
    [
      'Correspondent Lena Frost was in Kyiv. Frost reported that the shelling had stopped.',
      'lena-frost',
    ],
    [
      'A reporter named Jan Novak wrote the piece. Novak reported that the talks were over.',
      'jan-novak',
    ],
    [
      'Ana Ruiz, a Spanish journalist, made the claims. Ruiz reported that the prince was ill.',
      'ana-ruiz',
    ],
  ])('%s', (text, id) => {
    expect(lines(text)).toContain(`SAID ${id}`);
    expect(outletIds(text)).not.toContain(id.split('-').at(-1));
  });
  it.each([
    [
      'Bearing Drift, one of the sites on Virginia politics, reported on Saturday night that the bill died.',
      'bearing-drift',
    ],
    ['Fresh News reported that the minister had resigned.', 'fresh-news'],
  ])('still an outlet: %s', (text, id) => {
    expect(outletIds(text)).toContain(id);
  });
});
