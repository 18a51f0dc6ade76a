// Rules of the nineteenth pass on issue 14, area B: denials, written from the misses of rounds
// 18 to 20 as mechanisms many stories share.
import { describe, expect, it } from 'vitest';
import { denials, lines } from './extract-helpers.ts';

const deniers = (text: string) => denials(text).map((d) => d.split(':')[0]);

describe('"no truth to/in" a report: what the report says is denied, with or without a report before', () => {
  // the proposition after "no truth to" was read by a pattern that wanted two spaces after "to"
  // unless "the" followed, so "no truth to a report saying P" denied nothing when no report
  // came before it (Tata Motors, Reuters), and was the speaker's SAID
  it.each([
    [
      'Shell said there was no truth to a report that it was in talks to buy BP.',
      'shell',
      /talks to buy BP/,
    ],
    [
      'Tata Motors said on Thursday there was no truth to a report saying a sale of Jaguar Land Rover to PSA could be imminent.',
      'tata-motors',
      /sale of Jaguar Land Rover/,
    ],
    [
      'The Interior Ministry said there is no truth in reports claiming that the minister had resigned.',
      'interior-ministry',
      /minister had resigned/,
    ],
    [
      'Nestlé said there was no truth to media reports suggesting it would sell its water unit.',
      'nestle',
      /sell its water unit/,
    ],
    [
      'Ford insisted there had been no truth in rumours that it planned to close the Valencia plant.',
      'ford',
      /close the Valencia plant/,
    ],
    [
      'Siemens said on Monday there is absolutely no truth to speculation that it will split off its rail business.',
      'siemens',
      /split off its rail business/,
    ],
    [
      'Pakistan army spokesman Babar Iftikhar said there was no truth to Chinese troops using the Skardu airbase.',
      'babar-iftikhar',
      /Chinese troops using the Skardu airbase/,
    ],
    [
      'Volkswagen said there was not a shred of truth to the story alleging that its chief executive would step down.',
      'volkswagen',
      /chief executive would step down/,
    ],
  ])('%s', (text, who, claim) => {
    const got = denials(text);
    expect(got.map((d) => d.split(':')[0])).toEqual([who]);
    expect(got[0]).toMatch(claim);
    expect(got[0]).not.toMatch(/\bno truth\b|\breports?\b|\brumou?rs\b|\bstory\b/);
  });
  it('denies the report before it when the words name only the report', () => {
    const text =
      'Reuters reported that Shell was in talks to buy BP. A Shell spokesman said there was no truth to the report.';
    expect(denials(text)).toEqual(['latin-times-shell-spokesman: Shell was in talks to buy BP.']);
  });
  it.each([
    'The regulator said it would examine whether there was any truth to reports that the bank had hidden losses.',
    'Analysts said there was a grain of truth to reports that the company was struggling.',
    'The minister said the truth about reports that the army had withdrawn would come out.',
  ])('no denial: %s', (text) => {
    expect(deniers(text)).toEqual([]);
  });
});

describe('a report called false with nothing reported before it: its own content, else the report after it', () => {
  // a verdict of falsity found only a claim reported before it, and the report's content only
  // after a short list of falsity words, so a lede "News Corp said rumors about … were untrue"
  // or "Claims P are ridiculous" stayed the speaker's SAID
  it.each([
    [
      "Rupert Murdoch's News Corp said rumors about the company's interest in buying Twitter were untrue. The stock rose 5 percent.",
      'news-corp',
      /interest in buying Twitter/,
    ],
    [
      'Apple said on Monday that reports of its plan to buy Disney were false.',
      'apple',
      /plan to buy Disney/,
    ],
    [
      "Chelsea said stories about the manager's imminent departure are completely baseless.",
      'chelsea',
      /imminent departure/,
    ],
    [
      '“Claims the senator is preparing a 2020 run are ridiculous,” spokesman Marc Lotter tweeted on Saturday.',
      'marc-lotter',
      /senator is preparing a 2020 run/,
    ],
    [
      'Reports of Bono being rushed to hospital are absurd, spokeswoman Regine Moylett said.',
      'regine-moylett',
      /Bono being rushed to hospital/,
    ],
    [
      '“These rumours are simply ridiculous,” Siemens said on Tuesday. The Financial Times had reported that Siemens planned to sell its rail unit.',
      'siemens',
      /Siemens planned to sell its rail unit/,
    ],
    [
      '“This is preposterous,” Peskov told reporters. The Washington Post reported that Russian agents had planted the devices.',
      'peskov',
      /Russian agents had planted the devices/,
    ],
    [
      'Toyota said speculation about a merger with Nissan was unfounded.',
      'toyota',
      /merger with Nissan/,
    ],
  ])('%s', (text, who, claim) => {
    const got = denials(text);
    expect(got.map((d) => d.split(':')[0])).toEqual([who]);
    expect(got[0]).toMatch(claim);
    // the claim is what was reported, not the verdict's own words about the report
    expect(got[0]).not.toMatch(
      /\b(?:reports?|rumou?rs|stor(?:y|ies)|speculation|claims)\b|false|untrue|baseless|absurd|ridiculous|unfounded| is imminent/i,
    );
  });
  it.each([
    'The minister said reports about the economy were released on Tuesday.',
    '“Reports of false accounting are being investigated,” the regulator said.',
    'Toyota said rumours about its takeover were not entirely false.',
    'The coach said stories about the team were ridiculously long. Reuters reported that the coach would leave.',
  ])('no denial: %s', (text) => {
    expect(deniers(text)).toEqual([]);
  });
});

describe('a body named by a nationality and lower-case words before its noun', () => {
  // "the Cuban embassy" was a body, but a lower-case word between the nationality and the noun
  // ("the Polish foreign ministry", "the Japanese defence ministry") cut the name at the
  // nationality, which is never a source: the denial, the statement or the confirmation was lost
  const R = 'Reuters reported that the government had agreed to sell arms to its neighbour. ';
  it.each([
    ['The Cuban foreign ministry denied the report.', 'cuban-foreign-ministry'],
    ['The Russian defence ministry dismissed the reports as fake.', 'russian-defence-ministry'],
    ['The report was denied by the Japanese defense ministry.', 'japanese-defense-ministry'],
    ['The report is false, the Saudi interior ministry said on Monday.', 'saudi-interior-ministry'],
    ['The Chinese foreign ministry called the report groundless.', 'chinese-foreign-ministry'],
    ['The Turkish foreign ministry on Tuesday rejected the claims.', 'turkish-foreign-ministry'],
    ['The claims were rejected by the Turkish foreign ministry.', 'turkish-foreign-ministry'],
    ['The Iranian navy denied the report.', 'iranian-navy'],
    ['The Polish foreign ministry, in a statement, denied the report.', 'polish-foreign-ministry'],
  ])('%s', (text, id) => {
    expect(deniers(R + text)).toEqual([id]);
  });
  it('speaks as well as it denies', () => {
    expect(lines('The Polish foreign ministry said the scientist was safe.')).toContain(
      'SAID polish-foreign-ministry',
    );
  });
  it.each([
    ['The Cuban embassy denied the report.', 'cuban-embassy'],
    ["Cuba's foreign ministry denied the report.", 'cuban-foreign-ministry'],
  ])('keeps the names it had: %s', (text, id) => {
    expect(deniers(R + text)).toEqual([id]);
  });
});

describe('"no talks are taking place": talks denied with "no" before the subject', () => {
  // English says there are no talks in two ways: "there are no talks" was read, the subject
  // with "no" ("No talks are taking place", "no negotiations were under way") was the speaker's
  // SAID beside the body's own denial
  const R = 'The Wall Street Journal reported that Shell was in early talks to acquire BP. ';
  it.each([
    '“This is further market speculation. No talks are taking place,” a Shell spokesman told AFP.',
    '“No talks are taking place,” said Shell spokesman Curtis Smith.',
    'A Shell spokesman said: “No talks were taking place at any time.”',
    'Shell spokesman Curtis Smith said “no negotiations are under way.”',
    '“No merger discussions are ongoing,” a Shell spokesman said on Friday.',
    '“No formal talks have been held,” a Shell spokesman said.',
    '“No such conversations were happening,” a Shell spokesman told Reuters.',
    '“No negotiations are currently underway,” a Shell spokesman said.',
  ])('%s', (text) => {
    const got = denials(R + text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/spokesman|curtis-smith/);
    expect(got[0]).toMatch(/Shell was in early talks to acquire BP/);
  });
  it.each([
    '“No talks were planned for the weekend,” a Shell spokesman said.',
    '“No trucks are taking the place of the old fleet,” a Shell spokesman said.',
    'A Shell spokesman said no comment would be made while talks were taking place.',
  ])('no denial: %s', (text) => {
    expect(deniers(R + text)).toEqual([]);
  });
});

describe('a title with its "of" phrase before a name: "Chief of Staff John Kelly"', () => {
  // the words after "of" were read as the start of the name unless they were titles themselves
  // ("Secretary of State"), so "Chief of Staff John Kelly" was "staff-john-kelly" and "Chief of
  // Department Terence Monahan" "department-terence-monahan": the denier never matched
  const R = 'The New York Times reported that the president planned to fire his cabinet. ';
  it.each([
    ['White House Chief of Staff John Kelly denied the report.', 'john-kelly'],
    ['Chief of Department Terence Monahan denied the report.', 'terence-monahan'],
    ['Chief of Police Jane Ortiz said the report was false.', 'jane-ortiz'],
    ['Minister of Defence Ben Wallace denied the report.', 'ben-wallace'],
    ['Head of Communications Ty Trippet denied the report.', 'ty-trippet'],
    [
      'The report is false, Secretary of Homeland Security Kirstjen Nielsen said.',
      'kirstjen-nielsen',
    ],
    ['Minister of Foreign Affairs Sergei Lavrov rejected the claims on Monday.', 'sergei-lavrov'],
    ['Director of National Intelligence Dan Coats dismissed the report.', 'dan-coats'],
  ])('%s', (text, id) => {
    expect(deniers(R + text)).toEqual([id]);
  });
  it.each([
    ['Secretary of State Rex Tillerson denied the report.', 'rex-tillerson'],
    ['Bank of America denied the report.', 'bank-of-america'],
  ])('keeps the names it had: %s', (text, id) => {
    expect(deniers(R + text)).toEqual([id]);
  });
});

describe('falsity coordinated with another adjective: "both speculative and inaccurate"', () => {
  // the falsity word had to follow the linking verb, with adverbs only between, so "is both
  // speculative and inaccurate", "were speculative and baseless" called nothing false
  const R = 'The Globe and Mail reported that the prime minister knew of the plot. ';
  it.each([
    [
      '“Any suggestion to the contrary is both speculative and inaccurate,” Nathalie Drouin said in a statement.',
      'nathalie-drouin',
    ],
    ['“Any suggestion otherwise is both laughable and absurd,” Jane Roe said.', 'jane-roe'],
    ['“Any suggestion otherwise is both far-fetched and absurd,” John Smith said.', 'john-smith'],
    [
      '“That suggestion is both premature and wrong,” the Foreign Ministry said.',
      'foreign-ministry',
    ],
  ])('%s', (text, id) => {
    expect(deniers(R + text)).toEqual([id]);
  });
  // read before, by other paths, and kept
  it.each([
    ['Acme Corp said the report was outdated and inaccurate.', 'acme-corp'],
    ['“The article is sensational and simply untrue,” said spokeswoman Jane Roe.', 'jane-roe'],
    ['The claims were unfair and frankly wrong, John Smith told reporters.', 'john-smith'],
    [
      '“These reports are irresponsible, malicious and untrue,” the Foreign Ministry said.',
      'foreign-ministry',
    ],
    ['John Smith said the story was misleading and false.', 'john-smith'],
  ])('keeps: %s', (text, id) => {
    expect(deniers(R + text)).toEqual([id]);
  });
  it('with the report named in the same words, denies what it says', () => {
    expect(
      denials(
        'Reliance said media reports claiming it would bid for the telecom operator BT were speculative and baseless.',
      ),
    ).toEqual([expect.stringMatching(/^reliance: .*bid for the telecom operator BT/)]);
  });
  it.each([
    'The report was partly true and partly false, John Smith said.',
    'John Smith said the report was detailed and accurate.',
    'John Smith said the reports were old and not wrong.',
  ])('no denial: %s', (text) => {
    expect(deniers(R + text)).toEqual([]);
  });
});

describe('"is not engaged in any discussions", "hasn’t held takeover talks": talks denied by a negated verb', () => {
  // the negated verb was read only as "has not held/had/engaged in" with nothing between it and
  // the noun: "is not engaged in any discussions which could lead to a merger", "hasn’t held
  // takeover talks", "was not having acquisition discussions" stayed the speaker's SAID
  const R = 'The Daily Telegraph reported that Acme was about to start merger talks with Globex. ';
  it.each([
    '“Acme wishes to clarify that it is not engaged in any discussions which could lead to a merger,” Acme said in a statement.',
    '“Acme hasn’t held takeover talks with Globex,” a spokesman for Acme said.',
    '“The company was not having significant acquisition discussions,” Acme chief executive Jane Roe said.',
    '“Acme isn’t holding merger talks with anyone,” Jane Roe told Reuters.',
  ])('%s', (text) => {
    const got = denials(R + text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/Acme was about to start merger talks with Globex/);
  });
  // read before, by the older forms of the rule, and kept
  it.each([
    '“We are not in talks with Globex,” Acme said.',
    '“We have not engaged in any discussions with Globex,” Acme spokeswoman Jane Roe said.',
    '“We’re not in any negotiations,” Jane Roe said on Friday.',
    '“Acme has never been in formal talks with Globex,” Jane Roe said.',
  ])('keeps: %s', (text) => {
    const got = denials(R + text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/Acme was about to start merger talks with Globex/);
  });
  it.each([
    '“We are not engaged in any dispute with Globex,” Jane Roe said.',
    '“Acme is not holding its annual meeting this week,” Jane Roe said.',
  ])('no denial: %s', (text) => {
    expect(deniers(R + text)).toEqual([]);
  });
});

describe('a verdict on reports "over", "regarding" or "concerning" something denies that thing', () => {
  it.each([
    [
      'Acme said speculation over a merger with Globex was unfounded.',
      /^acme: A merger with Globex/,
    ],
    ['Jane Roe said reports regarding her resignation were false.', /^jane-roe: Her resignation/],
    [
      'Chelsea said rumours concerning the coach’s departure were baseless.',
      /^chelsea: The coach’s departure/,
    ],
  ])('%s', (text, claim) => {
    expect(denials(text)).toEqual([expect.stringMatching(claim)]);
  });
});
