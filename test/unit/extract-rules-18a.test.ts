// Rules of the eighteenth pass on issue 14, area A: who the source is.
// - "X cited / quoted N as saying P": whoever X is (a publication named before and now called
//   "the newspaper", "the paper", "the report", "it"), the words after "as saying" are N's,
//   and X reports them. The finder took a frame whose subject names no one for a view nobody
//   holds ("Many critics cited …"), so the newspaper's source and what it said were lost.
// - A company named by its web address ("Amazon.com", "Booking.com") is one word, the company:
//   the tagger split it at the dot and the speaker became "com".
import { describe, expect, it } from 'vitest';
import { draft } from './extract-helpers.ts';

/** Each statement as "TYPE source: claim". */
const said = (text: string) => {
  const d = draft(text);
  return d.statements.map(
    (s) => `${s.type} ${s.source}: ${d.claims.find((c) => c.id === s.claim)?.text ?? ''}`,
  );
};
const anonDescriptions = (text: string) => draft(text).anonymousSources.map((a) => a.description);

describe('a publication called by a common noun quotes its sources "as saying"', () => {
  it.each([
    [
      'The Wall Street Journal reported the talks on Monday. The newspaper cited three people familiar with the matter as saying the bank would cut 500 jobs.',
      'three people familiar with the matter',
      /bank would cut 500 jobs/,
    ],
    [
      'Politico first reported the story on Thursday. The report cited one former official as saying that the devices were meant to spy on the president.',
      'one former official',
      /devices were meant to spy/,
    ],
    [
      'The Guardian published the story on Friday. The paper quoted an insider as saying Amazon is accepting cryptocurrency.',
      'an insider',
      /Amazon is accepting cryptocurrency/,
    ],
    [
      'Le Monde ran the story on Sunday. The daily quoted a senior French diplomat as saying the summit had been cancelled.',
      'a senior French diplomat',
      /summit had been cancelled/,
    ],
    [
      'Interfax carried the news. The agency quoted a defence ministry source as saying the drills had ended on schedule.',
      'a defence ministry source',
      /drills had ended/,
    ],
    [
      'El País broke the news. The publication cited two police officers as saying the suspect had fled to Portugal.',
      'two police officers',
      /suspect had fled/,
    ],
    [
      'The Hindu carried the report. The newspaper quoted unnamed officials as saying: “The border will stay closed.”',
      'unnamed officials',
      /border will stay closed/,
    ],
    [
      'WSJ quotes an unnamed White House official saying: “It is one thing for allies to spy on each other.”',
      'an unnamed White House official',
      /allies to spy on each other/,
    ],
    [
      'Israel denied a Wall Street Journal report that quotes current and former U.S. officials saying Israel spied on the talks.',
      'current and former U.S. officials',
      /Israel spied on the talks/,
    ],
    [
      'The Politico report quotes two former aides to claim that the senator hid the loans.',
      'two former aides',
      /senator hid the loans/,
    ],
    [
      'The Washington Post report quotes unnamed former US and Indian security officials to claim that the officer had hired a team.',
      'unnamed former US and Indian security officials',
      /officer had hired a team/,
    ],
    [
      'CNN broke the story. The report also cited an official in the Chinese foreign ministry as saying on Tuesday that Kim was not critically ill.',
      'an official in the Chinese foreign ministry',
      /^SAID [^:]+: Kim was not critically ill/,
    ],
  ])('%s', (text, who, claim) => {
    expect(anonDescriptions(text)).toContain(who);
    const lines = said(text);
    expect(lines.some((l) => l.startsWith('SAID ') && claim.test(l))).toBe(true);
  });

  it.each([
    // quoting or citing something, not someone saying it
    'The newspaper cited a 2019 court filing in its story on the merger.',
    'The report cited three studies on air pollution.',
    'The newspaper cited the rising cost as a reason for the delay.',
    'The paper quoted his speech at length on its front page.',
  ])('%s', (text) => {
    expect(said(text).filter((l) => l.startsWith('SAID '))).toEqual([]);
  });

  it('a relative "which quotes …" leaves the article the one that says', () => {
    expect(
      said(
        'The Washington Post ran the story. The article, which quotes former senior U.S. officials and other sources, said China kept up its cyberattacks.',
      ),
    ).toContain('REPORTED washington-post: China kept up its cyberattacks.');
  });
});

describe('a company named by its web address is the company', () => {
  it.each([
    ['Amazon.com denied a media report that it would accept bitcoin.', /^DENIED amazon: /],
    ['Global e-commerce giant Amazon.com denied the report on Monday.', /^DENIED amazon: /],
    ['Booking.com said the report about layoffs was false.', /^SAID booking: /],
    [
      'Shares rose on Monday. Overstock.com said it would buy the rival chain.',
      /^SAID overstock: /,
    ],
    ['“We have no such plans,” Alibaba.com said in a statement.', /^SAID alibaba: /],
    ['Amazon.com Inc. said it had no plans to accept bitcoin this year.', /^SAID amazon: /],
    ['Zillow.com denied that it would stop buying homes.', /^DENIED zillow: /],
    ['Expedia.com told reporters that the outage was over.', /^SAID expedia: /],
  ])('%s', (text, line) => {
    expect(said(text).some((l) => line.test(l))).toBe(true);
  });

  it('an address in running text is no speaker of its own', () => {
    expect(said('Visitors to amazon.com said the site was slow.').join('\n')).not.toMatch(/ com:/);
  });
});

describe('an unnamed source is described by where it is, through the "and" that joins places', () => {
  it.each([
    [
      'Sanders and Shah are both heading for the exits, according to sources inside the White House and close to the administration.',
      'sources inside the White House and close to the administration',
    ],
    [
      'The plan was dropped, according to officials in the ministry and at the embassy.',
      'officials in the ministry and at the embassy',
    ],
    [
      'The talks have stalled, according to diplomats inside the Kremlin.',
      'diplomats inside the Kremlin',
    ],
    ['Sources within the club said the coach would stay.', 'Sources within the club'],
    [
      'Two officials at the Pentagon and close to the talks said the deal was off.',
      'Two officials at the Pentagon and close to the talks',
    ],
    [
      'The deal is done, according to people in the room and familiar with the terms.',
      'people in the room and familiar with the terms',
    ],
    ['Insiders at the bank said the merger would be announced on Friday.', 'Insiders at the bank'],
    [
      'The minister will resign, according to an aide inside the ministry.',
      'an aide inside the ministry',
    ],
  ])('%s', (text, description) => {
    expect(anonDescriptions(text)).toContain(description);
  });
  it.each([
    // a time is not where the source is
    ['The plan was dropped, according to officials in March.', 'officials'],
    // "and" before a clause or another party starts something else
    [
      'The plan was dropped, according to officials in Kyiv and Moscow said nothing.',
      'officials in Kyiv',
    ],
  ])('%s', (text, description) => {
    expect(anonDescriptions(text)).toContain(description);
  });
});

describe('an unnamed source whose describing words are joined by "and" or commas keeps them all', () => {
  it.each([
    [
      'The deal is off, according to two current and two former U.S. officials.',
      'two current and two former U.S. officials',
    ],
    [
      'Musk has been in contact with Putin since 2022, according to several current and former U.S., European and Russian officials.',
      'several current and former U.S., European and Russian officials',
    ],
    [
      'Two current and two former U.S. officials said the deal is off.',
      'Two current and two former U.S. officials',
    ],
    [
      'The strike was ordered from Moscow, according to British and Dutch intelligence sources.',
      'British and Dutch intelligence sources',
    ],
    [
      'The talks collapsed, according to senior and mid-level diplomats.',
      'senior and mid-level diplomats',
    ],
    [
      'The plan was shelved, according to three Japanese, two Korean and one Chinese official.',
      'three Japanese, two Korean and one Chinese official',
    ],
    [
      'Current and former Pentagon officials said the program was over budget.',
      'Current and former Pentagon officials',
    ],
    [
      'The Wall Street Journal reported that the two men talk often, citing "several current and former U.S., European and Russian officials."',
      'several current and former U.S., European and Russian officials',
    ],
    [
      'Reuters, citing two current and two former officials, said the deal was off.',
      'two current and two former officials',
    ],
    [
      'The talks will resume, according to French and German diplomats familiar with the matter.',
      'French and German diplomats familiar with the matter',
    ],
  ])('%s', (text, description) => {
    expect(anonDescriptions(text)).toContain(description);
  });
  it('two parties joined by "and" stay two', () => {
    const d = anonDescriptions('The deal is off, officials told CNN, Russian officials said.');
    expect(d).toContain('Russian officials');
    expect(d).toContain('officials');
  });
});

describe('a well-known outlet introduced by a short name is one outlet when the text refers back to it', () => {
  it.each([
    [
      'CBS reported that Sanders plans to leave. The network said Shah is also considering an exit.',
      'cbs-news',
    ],
    [
      'NBC reported that the general would resign. The network said the decision was final.',
      'nbc-news',
    ],
    [
      'ABC reported on Monday that the senator would retire. The network said he had told aides.',
      'abc-news',
    ],
    [
      'The WSJ reported that the bank would cut jobs. The newspaper said 500 posts would go.',
      'wall-street-journal',
    ],
    [
      'The Huffington Post reported that the mayor would resign. The outlet said she had told aides.',
      'huffpost',
    ],
    ['BBC reported that the prince was ill. The broadcaster said he was in hospital.', 'bbc-news'],
    ['Fox reported that the governor would run. The network said he had filed papers.', 'fox-news'],
  ])('%s', (text, id) => {
    const d = draft(text);
    expect(d.outlets.map((o) => o.id).filter((o) => o !== 'latin-times')).toEqual([id]);
    expect(d.statements.filter((s) => s.type === 'REPORTED' && s.source === id)).toHaveLength(2);
  });
});
