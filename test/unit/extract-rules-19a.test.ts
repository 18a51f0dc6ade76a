// Rules-19 (A): who the source is. A job written as a title before a person's name is no part of
// the name, so the person gets one id however the article introduces them.
import { describe, expect, it } from 'vitest';
import { lines } from './extract-helpers.ts';

describe('a job title before a name is not part of the name', () => {
  it.each([
    ['Coach Lars Holm said the team would win the title this year.', 'SAID lars-holm'],
    ['Manager Ana Ruiz said the club had not received any offer for its captain.', 'SAID ana-ruiz'],
    ['Sheriff Tom Berg told reporters the victim had been shot twice.', 'SAID tom-berg'],
    ['Professor Mei Chen said the study was flawed from the start.', 'SAID mei-chen'],
    ['Commissioner Jan Novak said the league would review the footage.', 'SAID jan-novak'],
    ['Detective Sergeant Paul Kerr said the suspect was known to police.', 'SAID paul-kerr'],
    ['Inspector General Ana Ruiz said the audit had found no wrongdoing.', 'SAID ana-ruiz'],
    ['Head Coach Lars Holm said the squad was fit for Saturday.', 'SAID lars-holm'],
    ['The transfer was off, Manager Ana Ruiz told the BBC.', 'SAID ana-ruiz'],
    ['According to Prosecutor Jan Novak, the evidence was planted.', 'SAID jan-novak'],
  ])('%s', (text, line) => {
    expect(lines(text)).toContain(line);
  });

  it('keeps the name of an office, a league and a person whose given name is a title elsewhere', () => {
    expect(
      lines('The Office of the Inspector General said the audit found no wrongdoing.'),
    ).toContain('SAID office-of-the-inspector-general');
    expect(lines('Major League Baseball said the game would be replayed.')).toContain(
      'SAID major-league-baseball',
    );
    expect(lines('Dean Martin said the song was never meant as a hit.')).toContain(
      'SAID dean-martin',
    );
  });

  it('gives a person introduced with a title and named again later one id', () => {
    const got = lines(
      'Coach Lars Holm said the team would win. “We are ready,” Holm told reporters. Lars Holm later denied reports that he would leave.',
    );
    const ids = got.flatMap((l) => l.split(/[\s,<]+/).filter((w) => /holm/.test(w)));
    expect(new Set(ids)).toEqual(new Set(['lars-holm']));
  });
});

describe('a name with a lower-case particle or a slash inside is one name', () => {
  it.each([
    ['Corriere della Sera reported that the flash drives were spy gear.', 'corriere-della-sera'],
    [
      'The Italian daily Corriere della Sera said the devices could be used for spying.',
      'corriere-della-sera',
    ],
    [
      'Italian daily La Gazzetta dello Sport reported that the striker had signed.',
      'la-gazzetta-dello-sport',
    ],
    [
      'Brazilian newspaper Folha de S.Paulo reported that the minister would resign.',
      'folha-de-s-paulo',
    ],
    [
      'The Lisbon newspaper Diário de Notícias reported that the bank had been sold.',
      'diario-de-noticias',
    ],
    [
      'The Spanish daily El Periódico de Catalunya reported that the club would sell.',
      'el-periodico-de-catalunya',
    ],
    ['The company was a takeover target, tech website Re/code said.', 're-code'],
    ['Tech website Re/code reported that the company was a takeover target.', 're-code'],
  ])('%s', (text, id) => {
    const got = lines(text);
    expect(got.some((l) => l.startsWith(`REPORTED ${id}`))).toBe(true);
    expect(got).toContain(`REPORTED latin-times <- ${id}`);
  });

  it('keeps two sources joined by a particle-free "and" apart, and a person\'s particle in the name', () => {
    expect(lines('Ursula von der Leyen said the deal was fair.')).toContain(
      'SAID ursula-von-der-leyen',
    );
    expect(lines('Carlos Fernandez de Cossio said the report was false.')).toContain(
      'SAID carlos-fernandez-de-cossio',
    );
  });
});

describe('"the newspaper" is the paper named last, however the article names it later', () => {
  it.each([
    [
      'Israel spied on the talks, The Wall Street Journal reports. The newspaper reported that the administration was upset. “These claims are false,” an official told the Journal.',
      'wall-street-journal',
    ],
    [
      'The talks had collapsed, The Sydney Morning Herald reported on Monday. The paper said the bid was withdrawn. A spokesman told the Herald the bid stood.',
      'sydney-morning-herald',
    ],
    [
      'The Washington Post reported that the memo existed. The newspaper said it had seen a copy. The aide told the Post that no memo was written.',
      'washington-post',
    ],
  ])('%s', (text, id) => {
    const got = lines(text);
    expect(
      got.filter((l) => l.startsWith('REPORTED ') && !l.startsWith('REPORTED latin-times')),
    ).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^REPORTED ${id}\\b`))]));
    expect(got.some((l) => /^REPORTED (journal|herald|post)\b/.test(l))).toBe(false);
  });
});

describe('a name that ends a description after its scope is who spoke', () => {
  it.each([
    [
      'Spokesman for the special counsel’s office Peter Carr said the report was not accurate.',
      'peter-carr',
    ],
    [
      '“We reject it,” Spokesperson for Egypt’s Ministry of Foreign Affairs Ahmed Abu Zeid said.',
      'ahmed-abu-zeid',
    ],
    [
      'Indian defense experts like Sanjay Kulkarni said the killings were local gang conflicts.',
      'sanjay-kulkarni',
    ],
    ['Spokeswoman for the club Jane Roe said the striker would stay.', 'jane-roe'],
    [
      'A spokesman for the Interior Ministry Jan Novak told reporters the arrests were lawful.',
      'jan-novak',
    ],
    ['Analysts including Mei Chen said the merger would not pass the regulator.', 'mei-chen'],
    ['The deal is off, spokesperson for the company Lars Holm told Reuters.', 'lars-holm'],
    ['Economists such as Ana Ruiz said the figures were revised.', 'ana-ruiz'],
  ])('%s', (text, id) => {
    expect(lines(text)).toContain(`SAID ${id}`);
  });

  it.each([
    ['Officials at Goldman Sachs said the bank would cut jobs.', /^SAID (?!goldman-sachs$)/],
    ['An aide to President Joe Biden said the trip was off.', /^SAID (?!joe-biden$)/],
    [
      'A source close to Prime Minister Boris Johnson said he was furious.',
      /^SAID (?!boris-johnson$)/,
    ],
  ])('keeps the name as the unnamed source’s scope: %s', (text, said) => {
    const got = lines(text).filter((l) => l.startsWith('SAID '));
    expect(got.length).toBeGreaterThan(0);
    for (const l of got) expect(l).toMatch(said);
  });
});

describe('a title sent "to" a country or a body is no part of the name after it', () => {
  it.each([
    [
      'Equatorial Guinean Ambassador to Russia Luciano Nkogo Ndong Ayekaba dismissed the report.',
      'luciano-nkogo-ndong-ayekaba',
    ],
    ['Ambassador to the UN Jane Roe said the vote would fail.', 'jane-roe'],
    ['Special Envoy to Syria Jan Novak said the talks had collapsed.', 'jan-novak'],
    ['Envoy to the EU Mei Chen told reporters the talks had collapsed.', 'mei-chen'],
    ['Senior Adviser to the WHO Lars Holm said the figures were wrong.', 'lars-holm'],
    ['Representative to NATO Ana Ruiz said the alliance would respond.', 'ana-ruiz'],
  ])('%s', (text, id) => {
    expect(lines(text).some((l) => new RegExp(`^(?:SAID|DENIED) ${id}$`).test(l))).toBe(true);
  });

  it('keeps a name that runs on after "to" when no country or body opens it', () => {
    expect(lines('Adviser to Prime Minister Jan Novak said the report was false.')).not.toContain(
      'SAID novak',
    );
  });
});

describe('MSNBC and CNBC are outlets by name, like the other networks', () => {
  it.each([
    ['The MSNBC report suggests the adviser will soon be replaced.', 'msnbc'],
    ['The CNBC report said the bank would cut 500 jobs.', 'cnbc'],
  ])('%s', (text, id) => {
    expect(lines(text)).toContain(`REPORTED latin-times <- ${id}`);
  });
});

describe('a rank that opens a company’s name is the name: "General Motors", "General Mills"', () => {
  it.each([
    ['General Motors Corp. said the report was false.', 'general-motors'],
    ['General Electric said it would cut 500 jobs.', 'general-electric'],
    ['General Mills denied the report.', 'general-mills'],
    ['General Dynamics said the contract was signed.', 'general-dynamics'],
  ])('%s', (text, id) => {
    expect(lines(text).some((l) => new RegExp(`^(?:SAID|DENIED) ${id}$`).test(l))).toBe(true);
  });
  it.each([
    ['General Mark Milley said the report was false.', 'mark-milley'],
    ['Gen. Mark Milley said the report was false.', 'mark-milley'],
    ['General Jan Novak said the unit had withdrawn.', 'jan-novak'],
  ])('keeps the rank a person’s title: %s', (text, id) => {
    expect(lines(text)).toContain(`SAID ${id}`);
  });
});

describe('a letter NFKD leaves whole gives an id of its base letter', () => {
  it.each([
    ['Kemal Aydın said the report was false.', 'kemal-aydin'],
    ['Şahin Yılmaz denied the report.', 'sahin-yilmaz'],
    ['Lech Wałęsa said the report was false.', 'lech-walesa'],
  ])('%s', (text, id) => {
    expect(lines(text).some((l) => new RegExp(`^(?:SAID|DENIED) ${id}$`).test(l))).toBe(true);
  });
});

describe('an industry word before a name is its description, however the tagger reads it', () => {
  it.each([
    ['British oil major Shell said it was not in talks with BP.', 'shell'],
    ['Oil major Shell said it was not in talks with BP.', 'shell'],
    ['Indian energy major Reliance said the report was speculative.', 'reliance'],
    ['Chip major Intel said it had no plans to bid.', 'intel'],
  ])('%s', (text, id) => {
    expect(lines(text).some((l) => new RegExp(`^(?:SAID|DENIED) ${id}$`).test(l))).toBe(true);
  });
  it('keeps a capitalised adjective that is part of the name', () => {
    expect(lines('Royal Dutch Shell said it was not in talks with BP.')).toContain(
      'SAID royal-dutch-shell',
    );
  });
});
