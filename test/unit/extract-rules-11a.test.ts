// Rules of the eleventh pass on issue 14, area A: outlets and who the source is. Each rule is
// written for a family of news prose (all the ways English news says the thing), not for the
// round-5 sentence that showed it missing; most sentences here are variants no corpus article
// has, and each group has look-alikes that are not the thing.
import { describe, expect, it } from 'vitest';
import { denials, draft, lines } from './extract-helpers.ts';

const outletIds = (text: string) => draft(text).outlets.map((o) => o.id);
const reportedBy = (text: string) =>
  lines(text)
    .filter((l) => l.startsWith('REPORTED ') && !l.startsWith('REPORTED latin-times'))
    .map((l) => l.split(' ')[1]);

describe('the national and wire agencies are outlets, by name and by initialism', () => {
  it.each([
    ['A company spokesperson told IANS that the merger was not on the table.', 'ians'],
    ['An Indonesian official told AFP that the minister was in hospital.', 'agence-france-presse'],
    [
      'Minister Jan Novak told Agence France-Presse on Sunday that talks would resume.',
      'agence-france-presse',
    ],
    ['A senior police officer told PTI the suspects had fled to Nepal.', 'press-trust-of-india'],
    ['According to ANI, the minister would visit Delhi next week.', 'asian-news-international'],
    ['A ministry spokesman told dpa that the plant would close in March.', 'dpa'],
    ['Kyodo News reported, citing government sources, that the summit was off.', 'kyodo-news'],
    ['An official told Yonhap that the North had fired two missiles.', 'yonhap-news-agency'],
    ['Xinhua said the talks had been constructive.', 'xinhua-news-agency'],
    ['A Kremlin aide told TASS that no meeting was planned.', 'tass'],
    ['Senator Ann Marsh told the Los Angeles Times that the bill would pass.', 'los-angeles-times'],
    ['Senator Ann Marsh told the LA Times that the bill would pass.', 'los-angeles-times'],
    ['SCMP reported, citing a source, that the leaders were invited.', 'south-china-morning-post'],
  ])('%s', (text, outlet) => {
    expect(reportedBy(text)).toContain(outlet);
  });
});

describe('a name whose head noun is a publication’s is an outlet, whatever it does', () => {
  it.each([
    ['The Los Angeles Times described the transition as a demotion.', 'los-angeles-times'],
    [
      'On Monday, South China Morning Post reported, citing a source, that the leaders were invited.',
      'south-china-morning-post',
    ],
    ['Hindustan Times wrote that the two firms had held talks.', 'hindustan-times'],
    ['The Kathmandu Post claimed the minister would resign.', 'kathmandu-post'],
    ['The Economic Times report, citing sources, said the two firms held talks.', 'economic-times'],
    ['An Economic Times report said the two firms held talks.', 'economic-times'],
    ['The Deccan Herald report said the dam would be finished by May.', 'deccan-herald'],
    ['Geo News said the prime minister would travel to Beijing.', 'geo-news'],
    ['Al Qahera News TV said the crossing would open on Monday.', 'al-qahera-news-tv'],
    ['The official told the Jordan Times that the border would stay shut.', 'jordan-times'],
    ['According to the Chicago Tribune, the mayor will not run again.', 'chicago-tribune'],
  ])('%s', (text, outlet) => {
    expect(reportedBy(text)).toContain(outlet);
  });
  it.each([
    'Press Secretary Karine Jean-Pierre said the president would sign the bill.',
    'Fake News is what the president called the story, and he said it was wrong.',
    'Times Square officials said the ball would drop at midnight.',
    'The Environmental Protection Agency said the water was safe.',
  ])('not an outlet: %s', (text) => {
    expect(reportedBy(text)).toEqual([]);
  });
});

describe('a publication that answers another’s report about itself speaks as a company', () => {
  it.each([
    'The Los Angeles Times said its owner isn’t looking to sell the paper, countering a report in the Journal that he was considering a sale.',
    'The Chicago Tribune said it had no plans to close its printing plant, denying a report by Axios that it would.',
    'The Hindustan Times said its editor would stay, rejecting a story in a rival paper that she had quit.',
  ])('%s', (text) => {
    expect(draft(text).statements.some((s) => s.type === 'DENIED')).toBe(true);
  });
  it('a short name that only looks like an outlet’s does not become a company by denying', () => {
    expect(
      denials(
        'Rupert Murdoch’s Fox moved swiftly to deny the talks took place and the AFR story was untrue.',
      ),
    ).toEqual([]);
  });
  it('an outlet that reports against an earlier report denies nothing', () => {
    expect(
      denials(
        'The Los Angeles Times reported that the mayor would resign, contradicting an earlier report.',
      ),
    ).toEqual([]);
  });
});

describe('an initialism told something, without "the", is an outlet', () => {
  it.each([
    ['A company spokesperson told NDTV that the plant would reopen.', 'ndtv'],
    ['Striker Kylian Novak told RMC on Sunday he would stay at the club.', 'rmc'],
    ['“We are not selling,” chief executive Jan Roe told CNBC.', 'cnbc'],
    ['A source close to the club told BFM that the deal was done.', 'bfm'],
  ])('%s', (text, outlet) => {
    expect(outletIds(text)).toContain(outlet);
  });
  it.each([
    'The whistleblower told the FBI that the money had gone abroad.',
    'The minister told NATO allies that troops would stay.',
  ])('not an outlet: %s', (text) => {
    expect(reportedBy(text)).toEqual([]);
  });
});

describe('the listener of "told" is one noun phrase', () => {
  it.each([
    ['“That is just flat wrong,” the official told CNN late Monday of the Journal’s story.', 'cnn'],
    ['Bali Governor Wayan Koster told Reuters Lavrov had been taken to a hospital.', 'reuters'],
    ['Coach Jan Novak told Bloomberg on Tuesday that the club would be sold.', 'bloomberg'],
    ['Minister Jan Novak told the BBC in an interview that the plan was dead.', 'bbc-news'],
    ['Acme Corp told Reuters it would not bid for the carrier.', 'reuters'],
    [
      'Spokesman Jan Roe told Axios earlier this week of the Post’s report that it was false.',
      'axios',
    ],
    ['Jane Roe told NBC News the senator had never met the donor.', 'nbc-news'],
    ['A Samsung official told Reuters by phone that no talks had taken place.', 'reuters'],
  ])('%s', (text, outlet) => {
    expect(reportedBy(text)).toContain(outlet);
  });
  it('the subject of the bare clause is no part of the listener, and the clause is the content', () => {
    const d = draft('Bali Governor Wayan Koster told Reuters Lavrov had been taken to a hospital.');
    expect(d.claims.map((c) => c.text)).toEqual(['Lavrov had been taken to a hospital.']);
  });
});

describe('a possessive country before a government body is part of the body’s name', () => {
  it.each([
    [
      'Russia’s Foreign Ministry quickly denied the report that the minister was ill.',
      'russian-foreign-ministry',
    ],
    [
      'China’s Commerce Ministry denied reports that it would ban the exports.',
      'chinese-commerce-ministry',
    ],
    [
      'India’s Health Ministry denied that the vaccine had been recalled.',
      'indian-health-ministry',
    ],
    [
      "Britain's Defence Ministry denied a report that troops would be sent.",
      'british-defence-ministry',
    ],
    [
      'Israel’s Foreign Ministry has denied that the ambassador was recalled.',
      'israeli-foreign-ministry',
    ],
    [
      'Mexico’s Supreme Court denied reports that the ruling had been leaked.',
      'mexican-supreme-court',
    ],
  ])('%s', (text, id) => {
    expect(denials(text).map((d) => d.split(':')[0])).toEqual([id]);
  });
  it.each([
    [
      'Japan’s Renesas Electronics denied a report that it would buy a rival.',
      'renesas-electronics',
    ],
    ['South Korea’s Samsung Group denied a report that it would buy a rival.', 'samsung-group'],
  ])('a company after a possessive place is the company alone: %s', (text, id) => {
    expect(denials(text).map((d) => d.split(':')[0])).toEqual([id]);
  });
});

describe('"both outlets", "the two newspapers": the outlets named just before', () => {
  // not built yet: a plural description resolves to one source; see the pass report
  it.fails.each([
    'The Washington Post and Axios reported that Kelly would leave. Both news outlets stated that Kelly had threatened to quit.',
    'The Washington Post and Axios reported that Kelly would leave. Both outlets said that Kelly had threatened to quit.',
    'The Washington Post and Axios reported that Kelly would leave. The two outlets added that Kelly had threatened to quit.',
    'The Washington Post and Axios reported that Kelly would leave. Both publications also reported that Kelly had threatened to quit.',
  ])('%s', (text) => {
    const l = lines(text);
    expect(l).not.toContain('SAID both');
    expect(
      l.filter((x) => /^REPORTED (washington-post|axios)\b/.test(x)).length,
    ).toBeGreaterThanOrEqual(4);
  });
});

describe('"I" inside a quotation is the quotation’s speaker, never an actor named I', () => {
  it.each([
    '‘I pointed out to all the members that the wall is needed,’ the president said.',
    '“I told them the plan was dead,” Smith said.',
    'Kelly said: “I have no plans to resign, and I told the president so.”',
  ])('%s', (text) => {
    expect(draft(text).actors.map((a) => a.id)).not.toContain('i');
  });
});

describe('"Name, <description>, <cue>": the name before the first comma speaks', () => {
  // not built yet: appositiveBefore does not take a description that opens with an article
  it.fails.each([
    ['Rouse, a top aide, had told the president that he did not want the job.', 'rouse'],
    [
      'Rouse, an understated, well-respected figure in the West Wing, had told the president he did not want the job.',
      'rouse',
    ],
  ])('%s', (text, id) => {
    expect(lines(text)[0]).toBe(`SAID ${id}`);
  });
  it.each([
    ['Marsh, the party’s longest-serving senator, has said that she will not run.', 'marsh'],
    ['Weaver, who ran the campaign in 2016, had told reporters the race was over.', 'weaver'],
  ])('%s', (text, id) => {
    expect(lines(text)[0]).toBe(`SAID ${id}`);
  });
});
