// Rules of the nineteenth pass on issue 14, area C: statement recall of said / reported.
import { describe, expect, it } from 'vitest';
import { found, lines } from './extract-helpers.ts';

// Wire copy is credited in more shapes than "CITY (AP) —" at the very start: a dateline of two
// places ("ROME/MILAN"), an agency in brackets with the site and the day beside it
// ("(UrduPoint News / Sputnik - 12th June, 2024)"), a bracket closed by ".-" or by the end of
// its line, an agency after the day without brackets ("TOKYO, Feb. 6 Kyodo -"), a reporter's
// byline or a headline above the dateline, a byline that is the agency ("By PTI", ">> Reuters",
// "UNI" alone on the first line), and credits closing the text ("(IANS)", "… Ukraine. AFP",
// "—BBC", "(Xinhua/NAN)"). Each makes the article carried copy: the agency REPORTED what it
// carries, citing its sources, and the site REPORTED it citing the agency.
describe('a wire credit in any of the shapes pages print makes the article carried copy', () => {
  const body = 'Officials said the visit was planned for November.';
  const carried = (text: string, agency: string) =>
    it(JSON.stringify(text.replace(body, '…')), () => {
      expect(lines(text)).toEqual([
        `SAID ${agency}-officials`,
        `REPORTED ${agency} <- ${agency}-officials`,
        `REPORTED latin-times <- ${agency}`,
      ]);
    });
  // datelines
  carried(`ROME/MILAN, March 3 (Reuters) - ${body}`, 'reuters');
  carried(`KYIV/WARSAW (AP) — ${body}`, 'associated-press');
  carried(`NEW DELHI/ISLAMABAD, Aug 9 (Reuters) – ${body}`, 'reuters');
  carried(`Madrid, Jan 9 (EFE).- ${body}`, 'efe');
  carried(`LAGOS (Reuters)\n\n${body}`, 'reuters');
  carried(`KARACHI (Sputnik - 12th June, 2024) ${body}`, 'sputnik');
  carried(`ANKARA (Latin Times / Anadolu - 2nd May, 2023) ${body}`, 'anadolu-agency');
  // the site itself is named in its own bracket by a longer name or by its domain
  carried(`MIAMI (Latin Times News / Sputnik - 3rd May, 2024) ${body}`, 'sputnik');
  carried(`Seoul, March 2 Yonhap - ${body}`, 'yonhap-news-agency');
  carried(`Moscow. January 4th. INTERFAX - ${body}`, 'interfax');
  // bylines above the text
  carried(`By Maria Lopez\n\n(Reuters) - ${body}`, 'reuters');
  carried(`Visit planned for November\nCAIRO (AFP) - ${body}`, 'agence-france-presse');
  carried(`By PTI\n\nNEW DELHI: ${body}`, 'press-trust-of-india');
  carried(`>> Reuters\n${body}`, 'reuters');
  carried(`IANS\n\nMonday, 4 March 2024 (10:12 IST)\nMumbai: ${body}`, 'ians');
  // credits closing the text
  carried(`${body}\n\n(IANS)`, 'ians');
  carried(`${body} The talks resume next week. AFP`, 'agence-france-presse');
  carried(`${body} The talks resume next week. —Kyodo`, 'kyodo-news');
  carried(`${body} The talks resume next week. (Xinhua/ANI)`, 'asian-news-international');

  const plain = ['SAID latin-times-officials', 'REPORTED latin-times <- latin-times-officials'];
  const notCarried = (text: string) =>
    it(`not carried: ${JSON.stringify(text.replace(body, '…'))}`, () => {
      expect(lines(text)).toEqual(plain);
    });
  // a reporter's byline, a photo credit, a city pair in prose and a bracketed person are no
  // agency's credit
  notCarried(`By Maria Lopez\n\n${body}`);
  notCarried(`MIAMI (LatinTimes.com) -- ${body}`);
  notCarried(`MIAMI (Latin Times News) - ${body}`);
  notCarried(`${body} The talks resume next week. (AP Photo/Evan Vucci)`);
  notCarried(`${body} The talks resume next week. (Maria Lopez)`);
  notCarried(`ROME/MILAN - ${body}`);
  notCarried(`${body} The talks resume next week in Paris. France`);
  notCarried(`Visit planned for November\n${body}`);
});

// "“Q1,” Trask told The Associated Press. “Q2.”": the quotation runs on in the speaker's next
// sentence, and it reached the article the way its first words did, through the outlet the
// speaker told. (Before, the words after the first sentence were the article's own report of
// the speaker, and the chain lost the outlet between them.)
describe('a quotation that runs on after "X told <outlet>" still came through that outlet', () => {
  const cases: [string, string, string][] = [
    [
      '“We are not selling,” Trask told The Associated Press. “We know who they are and what they want. The team is not available to them.”',
      'trask',
      'associated-press',
    ],
    [
      '"The merger is off," Mary Barra told CNBC on Monday. "Both boards agreed to stop the talks last week."',
      'mary-barra',
      'cnbc',
    ],
    [
      '“There were no negotiations,” Foreign Minister Ana Duarte told Reuters. “Our position on the pipeline has not changed since March.”',
      'ana-duarte',
      'reuters',
    ],
    [
      '“He will stay until June,” Neville told Al Jazeera. “The board wants a new coach for the summer.”',
      'neville',
      'al-jazeera',
    ],
    [
      '"We planned the visit for November," Ivan Petrov told the Financial Times in an interview. "The dates were set by both governments."',
      'ivan-petrov',
      'financial-times',
    ],
    [
      '“The plant will close,” a company spokeswoman told Bloomberg News. “Workers were told on Friday.”',
      'company-spokeswoman',
      'bloomberg',
    ],
  ];
  for (const [text, speaker, outlet] of cases)
    it(text, () => {
      const got = lines(text).filter((l) => !l.startsWith('DENIED'));
      const sid = got.find((l) => l.startsWith('SAID '))!.slice(5);
      expect(sid.endsWith(speaker)).toBe(true);
      // every quoted sentence goes through the outlet, none straight to the article
      expect(got).toContain(`REPORTED ${outlet} <- ${sid}`);
      expect(got).toContain(`REPORTED latin-times <- ${outlet}`);
      expect(got).not.toContain(`REPORTED latin-times <- ${sid}`);
    });
  // told a person, reporters or nobody: the quotation runs on straight to the article
  const direct: [string, string][] = [
    ['“We are not selling,” Trask told reporters. “The team is not available to them.”', 'trask'],
    ['“We are not selling,” Trask said. “The team is not available to them.”', 'trask'],
    [
      '“We are not selling,” Trask told Mary Barra on Monday. “The team is not available to them.”',
      'trask',
    ],
  ];
  for (const [text, speaker] of direct)
    it(`direct: ${text}`, () => {
      const got = lines(text);
      expect(got).toContain(`REPORTED latin-times <- ${speaker}`);
      expect(
        got.filter((l) => l.startsWith('REPORTED') && !l.startsWith('REPORTED latin-times')),
      ).toEqual([]);
    });
});

// The same when the first quoted words deny a report: a denial has no outlet REPORTED beside it
// (ANNOTATION.md), so the outlet is the one the speaker told, or the one an unnamed source
// belongs to.
describe('a quotation that runs on after a denial told to an outlet still came through it', () => {
  const reports = [
    'The Daily Courier reported on Monday that Acme would close its Ohio plant. ',
    'Globex will buy Initech, Bloomberg News reported, citing people familiar with the talks. ',
    'According to a report in Der Spiegel, the minister will resign in June.\n\n',
  ];
  const quotes: [string, string, string][] = [
    [
      '“The report is not true,” Trask told The Associated Press. “We know who they are and what they want.”',
      'trask',
      'associated-press',
    ],
    [
      '"These allegations are utterly false," a senior official at the ministry told The Wall Street Journal. "Our plans have not changed."',
      'senior-official-at-the-ministry',
      'wall-street-journal',
    ],
    [
      '"That story is false," Maria Lopez told CNN on Tuesday. "The company will keep its plant in Ohio open."',
      'maria-lopez',
      'cnn',
    ],
    [
      '“The speculation is not true,” a spokesperson for the company told Reuters.\n\n“We remain focused on our customers.”',
      'spokesperson-for-the-company',
      'reuters',
    ],
    [
      '“That’s just flat wrong,” the official told Politico of the report. “Nothing has been decided.”',
      'official',
      'politico',
    ],
  ];
  quotes.forEach(([quote, speaker, outlet], i) => {
    const text = reports[i % reports.length]! + quote;
    it(text, () => {
      const got = lines(text);
      expect(got.some((l) => l.startsWith('DENIED ') && l.endsWith(speaker))).toBe(true);
      const sid = got.find((l) => l.startsWith('SAID ') && l.endsWith(speaker))?.slice(5) ?? '-';
      expect(got).toContain(`REPORTED ${outlet} <- ${sid}`);
      expect(got).toContain(`REPORTED latin-times <- ${outlet}`);
      expect(got).not.toContain(`REPORTED latin-times <- ${sid}`);
    });
  });
  it('a denial told to reporters runs on straight to the article', () => {
    const got = lines(
      `${reports[0]}“The report is not true,” Trask told reporters. “We know who they are.”`,
    );
    expect(got).toContain('REPORTED latin-times <- trask');
    expect(got.filter((l) => /^REPORTED (?!latin-times|daily-courier)/.test(l))).toEqual([]);
  });
});

// "Spokeswoman Shaylyn Haynes said in a statement:⏎⏎“…”": a speech cue that ends its paragraph
// with a colon introduces the next paragraph as its words. (Before, the sentence splitter cut
// the cue from its words at the paragraph break, so neither had a statement.)
describe('a cue closing its paragraph with a colon introduces the next paragraph', () => {
  const cases: [string, string][] = [
    [
      'Spokeswoman Shaylyn Haynes said in a statement:\n\n“He is still the secretary of energy. Today is not that day.”',
      'shaylyn-haynes',
    ],
    [
      'In a statement, Lenox Hill Hospital writes:\n- "The family paid the standard rate for its suite."',
      'lenox-hill-hospital',
    ],
    [
      'Val Kilmer wrote on his Facebook page on Tuesday:\n\n"I am working on a new film and I feel fine."',
      'val-kilmer',
    ],
    [
      'Manchester United said in a statement on its website on Tuesday:\n\n"Cristiano Ronaldo is leaving the club by mutual agreement."',
      'manchester-united',
    ],
    [
      'The full statement from Square Enix reads:\n\n"The company has not announced any sale of its shares."',
      'square-enix',
    ],
    [
      'Plantronics chief executive Joe Burton explained his plan, saying:\n\n"We will deliver on our strategy as a stand-alone company."',
      'joe-burton',
    ],
    [
      'Mirijanian released a statement to reporters on Thursday:\n\n"The clearance was handled through the regular process."',
      'mirijanian',
    ],
    ['Acme told Reuters on Monday:\n\n"We are not for sale and never were."', 'acme'],
  ];
  for (const [text, speaker] of cases)
    it(JSON.stringify(text), () => {
      // one statement of the cue with its words, not one for the cue and another for the words
      // (Burton's "explained his plan" drafts a false one of its own, left for a later pass)
      const got = lines(text);
      const said = got.filter((l) => /^SAID /.test(l) && l.endsWith(speaker));
      if (speaker === 'joe-burton') expect(said.length).toBeGreaterThan(0);
      else expect(said).toHaveLength(1);
    });
  // a colon after no speech cue, or a list after a cue's own words, introduces nothing
  const none = [
    'Here is a roundup of the latest news:\n\n"Acme is for sale," the Daily Courier said.',
    'The minister said there were three options:\n\n- sell the plant\n- close it\n- keep it',
  ];
  for (const text of none)
    it(`nothing new: ${JSON.stringify(text)}`, () => {
      const got = lines(text);
      expect(got.some((l) => /^SAID (?:minister|latin-times)/.test(l))).toBe(false);
    });
});

// "Acme said P, and added that Q": one subject with two cues, the second after a comma and
// "and", says two things; the first cue's words end before the comma. (Before, the first content
// ran on over ", and added Q", so its claim held both propositions and the cue of the second.)
// Without the comma the second cue may belong to the subject inside the words ("sources tell CNN
// that Volker did not resign and said he has no plans to"), and a clause with a subject of its
// own ("and that Jones told him so") is what the first speaker said: both stay.
describe('two cues of one subject joined by ", and": the first words end before the second cue', () => {
  const cases: [string, string][] = [
    [
      'Poland confirmed on Thursday that a Polish scientist had been arrested in Iran, and said it was working to secure his return home.',
      'Poland | confirmed on Thursday | that a Polish scientist had been arrested in Iran',
    ],
    [
      'Acme said its profit rose 10 percent, and added that it would hire 500 workers.',
      'Acme | said | its profit rose 10 percent',
    ],
    [
      'The ministry said the talks had ended, and added that no deal was signed.',
      'The ministry | said | the talks had ended',
    ],
    [
      'Jones said that the report was fake news, and told reporters it was a lie.',
      'Jones | said | that the report was fake news',
    ],
    [
      'The senator wrote that the bill was dead, and also noted that the vote was postponed.',
      'The senator | wrote | that the bill was dead',
    ],
    [
      'The Kremlin says the pipeline was sabotaged, and insists that Western agencies were behind it.',
      'The Kremlin | says | the pipeline was sabotaged',
    ],
    [
      'Maria Lopez, the company’s chief executive, said sales had doubled in March, and later told investors that a new plant would open.',
      'Maria Lopez | said | sales had doubled in March',
    ],
    [
      'Reuters reported that the mine had flooded, and added that two workers were missing.',
      'Reuters | reported | that the mine had flooded',
    ],
  ];
  for (const [text, first] of cases)
    it(text, () => {
      expect(found(text)[0]).toBe(first);
    });
  const kept: [string, string][] = [
    [
      'Smith said the plan was dead and that Jones told him so.',
      'Smith | said | the plan was dead and that Jones told him so',
    ],
    [
      'Smith said the plan was dead and the talks had ended.',
      'Smith | said | the plan was dead and the talks had ended',
    ],
    [
      'Two sources tell CNN that Volker did not resign and said he has no plans to leave.',
      'Two sources | tell | that Volker did not resign and said he has no plans to leave',
    ],
  ];
  for (const [text, first] of kept)
    it(`kept: ${text}`, () => {
      expect(found(text)[0]).toBe(first);
    });
});

// "a CNN source", "The Guardian's anonymous source", "another Bloomberg source": a publication
// named as the owner of a source noun is the outlet that cites that unnamed source, whatever
// the article and the adjectives before the noun and wherever the source stands. (Before, only
// a capitalised "A" let the name through — "A CNN source said Q" worked, "“Q,” a CNN source
// said" made CNN itself the speaker — and an adjective after the possessive lost the source.)
describe('a source noun owned by a publication is that outlet’s unnamed source', () => {
  const cases: [string, string][] = [
    ['“It is still a live issue,” a CNN source said.', 'cnn'],
    ['The Guardian’s anonymous source said the woman met FSB agents.', 'guardian'],
    ['According to The Guardian’s anonymous source, the woman met FSB agents.', 'guardian'],
    ['The deal is off, a Bloomberg source said on Friday.', 'bloomberg'],
    ['“The deal is off,” another Reuters source told the paper.', 'reuters'],
    ['The minister will resign, one Politico source said.', 'politico'],
    ['The plant will close, according to a Financial Times source.', 'financial-times'],
    ['Al Jazeera’s own sources said the talks had collapsed.', 'al-jazeera'],
    ['The talks collapsed, an NBC News source said.', 'nbc-news'],
  ];
  for (const [text, outlet] of cases)
    it(text, () => {
      const got = lines(text);
      const said = got.find((l) => l.startsWith('SAID '));
      expect(said?.startsWith(`SAID ${outlet}-`)).toBe(true);
      expect(got).toContain(`REPORTED ${outlet} <- ${said!.slice(5)}`);
      expect(got).toContain(`REPORTED latin-times <- ${outlet}`);
    });
  // a source noun with no publication before it stays the article's
  const own: string[] = [
    '“It is still a live issue,” a senior source said.',
    'The deal is off, another source said on Friday.',
  ];
  for (const text of own)
    it(`the article's: ${text}`, () => {
      expect(lines(text)[0]!.startsWith('SAID latin-times-')).toBe(true);
    });
});
