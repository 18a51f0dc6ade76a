// Rules of the eighteenth pass on issue 14, area C: statement recall of said / reported.
import { describe, expect, it } from 'vitest';
import { draft, found, lines } from './extract-helpers.ts';

// "according to" takes a noun phrase: the finder reads that phrase as the source and goes on
// after it, so a noun in it that the tagger takes for a verb ("reports", "claims", "statements")
// heads no attribution of its own. (Before, the finder stepped over "to" only, read the phrase
// again, and a later filter took out what it found there when the cue began at "according".)
describe('the words of an "according to" source are read once, as its source', () => {
  const cases: [string, string][] = [
    [
      'The minister will resign, according to reports in Italian newspapers.',
      'reports in Italian newspapers',
    ],
    ['The minister will resign, according to reports from Rome.', 'reports from Rome'],
    [
      'According to claims made on state television, the plant will close.',
      'claims made on state television',
    ],
    ['According to people briefed on the talks, the deal is done.', 'people briefed on the talks'],
    [
      'The deal is done, according to comments reported by the Guardian.',
      'comments reported by the Guardian',
    ],
    [
      'According to reports citing two officials, the deal is done.',
      'reports citing two officials',
    ],
    [
      'According to documents seen by Reuters, the company paid the fine.',
      'documents seen by Reuters',
    ],
    [
      'The company paid the fine, according to emails reviewed by the Wall Street Journal.',
      'emails reviewed by the Wall Street Journal',
    ],
  ];
  for (const [text, source] of cases)
    it(text, () => {
      const got = found(text);
      expect(got).toHaveLength(1);
      expect(got[0]!.startsWith(`${source} | `)).toBe(true);
    });
});

// "“Q,” X told reporters, according to Y": the finder gives X the quotation before the speaker,
// and the "according to" after the cue names whom the telling passed through, as it does when
// the words are not quoted ("Q, X said, according to Y"): X SAID, Y REPORTED citing X; not Y
// reporting the whole sentence with the speaker in it.
describe('a quotation, its speaker, then "according to" an outlet: the outlet cites the speaker', () => {
  const cases: [string, string, string][] = [
    [
      '“Serbia will not export weapons,” Vucic told reporters, according to Reuters.',
      'vucic',
      'reuters',
    ],
    [
      '“Serbia will not export weapons,” Mr Vucic said on Thursday, according to Reuters.',
      'vucic',
      'reuters',
    ],
    [
      '“The plant will close in May,” Jane Ross told staff, according to Bloomberg.',
      'jane-ross',
      'bloomberg',
    ],
    [
      '“We have not sold a single rifle,” Defence Minister Ana Petrovic said, according to the Associated Press.',
      'ana-petrovic',
      'associated-press',
    ],
    [
      '"The talks have failed," Omar Haddad told a news conference, according to Al Jazeera.',
      'omar-haddad',
      'al-jazeera',
    ],
    ['“We will appeal,” said Tom Harlan, according to the Guardian.', 'tom-harlan', 'guardian'],
    [
      '“No deal has been signed,” the club’s president Luis Moreno said late on Friday, according to Reuters.',
      'luis-moreno',
      'reuters',
    ],
    ['“There is no paper that shows it,” Lopez added, according to the BBC.', 'lopez', 'bbc-news'],
  ];
  for (const [text, speaker, outlet] of cases)
    it(text, () => {
      const got = lines(text);
      expect(got).toContain(`SAID ${speaker}`);
      expect(got).toContain(`REPORTED ${outlet} <- ${speaker}`);
      expect(got).toContain(`REPORTED latin-times <- ${outlet}`);
    });
  // look-alikes: the words in the article's own voice, or said to someone named after "to"
  it('an "according to" on a sentence of its own is not the speaker’s', () => {
    const got = lines('“We will appeal,” Harlan said. The ruling came late, according to Reuters.');
    expect(got).toContain('SAID harlan');
    expect(got).not.toContain('REPORTED reuters <- harlan');
  });
  it('the unquoted form stays as it was', () => {
    const got = lines(
      'The plant will close in May, Jane Ross said on Monday, according to Reuters.',
    );
    expect(got).toContain('REPORTED reuters <- jane-ross');
  });
});

// "according to the Times and AP": the finder read the source as a noun phrase and stopped at
// "and", so the second name was lost; and "Reuters and Bloomberg reported" was taken for one
// name of two bare words ("Procter and Gamble"). Two names joined are two sources when the
// phrase ends where the source does, and two bare words are two when each is a publication's.
describe('two names joined by "and" are two sources', () => {
  const cases: [string, string[]][] = [
    [
      'According to the Times and AP, investigators are looking into the payments.',
      ['times', 'associated-press'],
    ],
    [
      'According to CNN and the New York Times, the talks collapsed on Monday.',
      ['cnn', 'new-york-times'],
    ],
    ['The talks collapsed, according to Reuters and Bloomberg.', ['reuters', 'bloomberg']],
    ['The company will cut 500 jobs, Reuters and Bloomberg reported.', ['reuters', 'bloomberg']],
    ['The merger was called off, according to Le Monde and the BBC.', ['le-monde', 'bbc-news']],
    ['According to Jane Ross and Tom Harlan, the board never met.', ['jane-ross', 'tom-harlan']],
    [
      'The minister will resign, according to Politico and The Washington Post.',
      ['politico', 'washington-post'],
    ],
    [
      'The plant will close in May, according to Al Jazeera and Reuters.',
      ['al-jazeera', 'reuters'],
    ],
    ['Reuters and Bloomberg both reported that the bank would cut jobs.', ['reuters', 'bloomberg']],
    ['Jane Ross and Tom Harlan each said the board never met.', ['jane-ross', 'tom-harlan']],
  ];
  for (const [text, sources] of cases)
    it(text, () => {
      const got = lines(text);
      for (const s of sources)
        expect(got.some((l) => new RegExp(`^(SAID|REPORTED) ${s}$`).test(l))).toBe(true);
      expect(
        got
          .find((l) => l.startsWith('REPORTED latin-times <- '))
          ?.split(' <- ')[1]
          ?.split(',')
          .sort(),
      ).toEqual([...sources].sort());
    });
  // look-alikes: a name joined to a common noun, or "and" that opens a clause
  it('"according to Reuters and the company" keeps Reuters alone', () => {
    expect(found('According to Reuters and the company, the talks collapsed.')[0]).toMatch(
      /^Reuters \|/,
    );
  });
  it('"according to Reuters and other media" keeps Reuters alone', () => {
    expect(found('According to Reuters and other media, the talks collapsed.')[0]).toMatch(
      /^Reuters \|/,
    );
  });
  it('two bare words that are no publications stay one name', () => {
    expect(found('Smith and Wesson said the plant would close.')[0]).toMatch(
      /^Smith and Wesson \|/,
    );
  });
});

// "“…,” reports Politico": the tagger reads the inverted present-tense cue as a plural noun, and
// the finder took it for the verb only after a comma; after quoted words that comma stands
// inside the closing quotation mark, so nothing was found.
describe('an inverted present-tense cue after a closing quotation mark', () => {
  const cases: [string, string][] = [
    ['“The minister will resign,” reports Politico.', 'REPORTED politico'],
    ['“John Roberts is considering stepping down,” reports Radar Online.', 'REPORTED radar-online'],
    ['"The plant will close in May," notes the Financial Times.', 'REPORTED financial-times'],
    ['“The bank has not been sold,” reports the Daily Planet.', 'REPORTED daily-planet'],
    ['“The talks have collapsed,” claims Bloomberg.', 'REPORTED bloomberg'],
    ['“We will appeal,” states the party’s spokesman Tom Harlan.', 'SAID tom-harlan'],
    ['“No deal has been signed,” insists Luis Moreno.', 'SAID luis-moreno'],
    ['“The strike will go ahead,” reports Sky News on its website.', 'REPORTED sky-news'],
  ];
  for (const [text, line] of cases)
    it(text, () => {
      const got = lines(text);
      expect(got).toContain(line);
      expect(got.some((l) => l.startsWith('REPORTED latin-times <- '))).toBe(true);
    });
  // look-alikes: a quoted word before a plural noun is no cue
  it('“fake” reports are no frame', () => {
    expect(found('He called them “fake” reports about the deal.')).toEqual([
      'He | called | them “fake” reports about the deal',
    ]);
  });
});

// "“P, according to people familiar with the matter,” reports the Journal", "The Journal
// reported that P, according to two officials": unnamed people named by "according to" inside a
// publication's report are its sources, as when they spoke to it; a name there ("according to
// The Hill") is whom the article relies on, and stays the outer frame.
describe('unnamed people inside what a publication reports are its sources', () => {
  const cases: [string, string][] = [
    [
      '“Trump is consulting advisers, according to people familiar with the matter,” reports the Wall Street Journal.',
      'wall-street-journal',
    ],
    [
      '“The bank will cut 500 jobs, according to two people briefed on the plan,” the Financial Times reported.',
      'financial-times',
    ],
    [
      'The Wall Street Journal reported that Trump is consulting advisers, according to people familiar with the matter.',
      'wall-street-journal',
    ],
    [
      'The Wall Street Journal reported that, according to people familiar with the matter, Trump is consulting advisers.',
      'wall-street-journal',
    ],
    [
      'Politico reported on Monday that the minister will resign, according to three officials.',
      'politico',
    ],
    [
      'Bloomberg wrote that, according to sources close to the company, the merger is off.',
      'bloomberg',
    ],
    [
      'The Guardian reported that the club had agreed a fee, according to a source at the club.',
      'guardian',
    ],
    [
      'Le Figaro reported that, according to several officials, the budget will be cut.',
      'le-figaro',
    ],
  ];
  for (const [text, outlet] of cases)
    it(text, () => {
      const d = draft(text);
      const said = d.statements.find((s) => s.type === 'SAID');
      expect(said?.source.startsWith(`${outlet}-`)).toBe(true);
      const got = lines(text);
      expect(got).toContain(`REPORTED ${outlet} <- ${said!.source}`);
      expect(got).toContain(`REPORTED latin-times <- ${outlet}`);
      // the words reported, without the "according to" phrase
      const claim = d.claims.find((c) => c.id === said!.claim)!.text;
      expect(claim).not.toMatch(/according|reported|wrote/i);
    });
  it('a publication named by "according to" is the outer frame', () => {
    const got = lines('Reuters reported that the plant will close, according to The Hill.');
    expect(got).toContain('REPORTED latin-times <- hill');
  });
  it('a speaker who says something, according to people, is not a publication', () => {
    const got = lines('Jane Ross said that the plant will close, according to people in the room.');
    expect(got.some((l) => l.startsWith('REPORTED jane-ross'))).toBe(false);
  });
});

// "Jane Doe reported that …" made Jane Doe a publication, as only publications report; a name
// whose last word the text has speaking alone ("Doe added") is a person's, as people go by their
// surnames and publications do not go by their last words.
describe('a person who reports, named later by surname, is no publication', () => {
  const cases: [string, string][] = [
    [
      'Jane Doe reported on Monday that the plant would close. Doe added that 300 jobs would go.',
      'jane-doe',
    ],
    [
      'Tom Harlan reported that the minister had resigned. Harlan said the letter was sent on Friday.',
      'tom-harlan',
    ],
    [
      'Maria Lopez reported that the talks had collapsed. “Nobody expected it,” Lopez wrote.',
      'maria-lopez',
    ],
    [
      'Omar Haddad first reported that the ceasefire had broken down. Haddad told viewers that shelling resumed at dawn.',
      'omar-haddad',
    ],
    [
      'Yusuf Kaya reported that the border was closed. Kaya later said it would reopen.',
      'yusuf-kaya',
    ],
    [
      'The plant will close, Ana Duarte reported. Duarte also noted that the union had not been told.',
      'ana-duarte',
    ],
    [
      'Lars Eklund has reported that the bank was sold. Eklund says the price was $2 billion.',
      'lars-eklund',
    ],
    [
      'Dana Kessler reported that the merger was off. Kessler writes that the board voted on Sunday.',
      'dana-kessler',
    ],
  ];
  for (const [text, id] of cases)
    it(text, () => {
      const d = draft(text);
      expect(d.outlets.map((o) => o.id)).not.toContain(id);
      expect(lines(text)).toContain(`SAID ${id}`);
    });
  // look-alikes: publications that go by a word of their name
  it('"the Times" keeps its name a publication’s', () => {
    const text =
      'The Irish Times reported that the minister had resigned. The Times said the letter came on Friday.';
    expect(lines(text)).toContain('REPORTED irish-times');
  });
  it('a title under a known publication’s name goes by its own word', () => {
    const text =
      'Bloomberg Businessweek reported that Verizon had approached AOL. Businessweek said talks were early.';
    expect(lines(text)).toContain('REPORTED bloomberg-businessweek');
  });
  it('a site whose name ends in a publication word stays one', () => {
    const text =
      'Radar Online reported that the justice would resign. Online, the story spread fast.';
    expect(lines(text)).toContain('REPORTED radar-online');
  });
});

// "X reported that P. The report was based on several officials.", "The report cited a senior
// source": a report's sources named in a sentence of their own are whom the publication relies
// on for what it reported: the sources SAID it, the publication REPORTED it citing them. The
// passive "was based on / sourced to" was not read as naming sources, and "the report" went to
// a new unnamed report instead of the publication whose report was just named.
describe('a report’s sources named in a sentence of their own', () => {
  const cases: [string, string][] = [
    [
      'A new report by The Wall Street Journal claims that Musk has been in contact with Putin. The report was based on several current and former officials.',
      'wall-street-journal',
    ],
    [
      'The South China Morning Post reported that Xi had invited Macron to Beijing. The report cited a senior source familiar with the situation.',
      'south-china-morning-post',
    ],
    [
      'The New York Times reported that Trump ordered Mueller fired. The Times report was based on four people who were told of the matter.',
      'new-york-times',
    ],
    [
      'Politico reported on Friday that the minister would resign. The story was based on two people close to her.',
      'politico',
    ],
    [
      'Bloomberg reported that the bank would cut 500 jobs. The article was sourced to people familiar with the plans.',
      'bloomberg',
    ],
    [
      'The Guardian reported that the club had agreed a fee. The report quoted a source at the club.',
      'guardian',
    ],
    [
      'According to Reuters, the plant will close in May. The report was attributed to three company executives.',
      'reuters',
    ],
    [
      'The Financial Times said the merger talks had collapsed. Its report was based on unnamed bankers.',
      'financial-times',
    ],
  ];
  for (const [text, outlet] of cases)
    it(text, () => {
      const got = lines(text);
      const said = got.find((l) => l.startsWith(`SAID ${outlet}-`));
      expect(said).toBeDefined();
      expect(got).toContain(`REPORTED ${outlet} <- ${said!.slice(5)}`);
      expect(got).toContain(`REPORTED latin-times <- ${outlet}`);
    });
  // every noun of the one family of what a publication publishes
  it.each([
    [
      'Axios reported that the deal was off. Its scoop was based on two people familiar with it.',
      'axios',
    ],
    [
      'Reuters reported that the border had closed. The dispatch cited a senior diplomat.',
      'reuters',
    ],
    [
      'Politico reported that the minister would resign. The investigation was based on three aides.',
      'politico',
    ],
  ])('%s', (text, outlet) => {
    const got = lines(text);
    const said = got.find((l) => l.startsWith(`SAID ${outlet}-`));
    expect(said).toBeDefined();
    expect(got).toContain(`REPORTED ${outlet} <- ${said!.slice(5)}`);
  });
  // look-alikes: what a report is about, or a named person it is based on
  it('a report based on a document names no source', () => {
    const got = lines(
      'Reuters reported that the plant will close. The report was based on a leaked memo.',
    );
    expect(got.some((l) => l.startsWith('SAID '))).toBe(false);
  });
  it('the speech was based on … is no report’s sourcing', () => {
    const got = lines(
      'Reuters reported that the plant will close. The speech was based on two officials’ advice.',
    );
    expect(got.some((l) => l.startsWith('SAID reuters-'))).toBe(false);
  });
});

// "French public broadcaster Radio France reported that …": "broadcaster" names a presenter
// ("veteran broadcaster Jane Doe") and a station alike, and the station was taken for a person
// who reports, so Radio France SAID what it reported. No person's name has a publication's word
// (Radio, TV, News, Times …) in it.
describe('a broadcaster whose name has a publication’s word is a station', () => {
  const cases: [string, string][] = [
    [
      'French public broadcaster Radio France reported that the phones were targets.',
      'radio-france',
    ],
    ['State broadcaster Israel Radio reported that the talks had failed.', 'israel-radio'],
    [
      'The public broadcaster Kenya Television reported that the vote was delayed.',
      'kenya-television',
    ],
    ['Public broadcaster Radio Kosova said the border would reopen on Monday.', 'radio-kosova'],
    ['According to national broadcaster Radio Tirana, the minister has resigned.', 'radio-tirana'],
    ['Regional broadcaster Nordic TV reported that the plant would close.', 'nordic-tv'],
    ['The broadcaster Atlas News reported that the deal was off.', 'atlas-news'],
    ['Austrian broadcaster Alpen Radio reported that the pass was closed.', 'alpen-radio'],
  ];
  for (const [text, id] of cases)
    it(text, () => {
      expect(lines(text)).toContain(`REPORTED latin-times <- ${id}`);
      expect(lines(text).some((l) => l.startsWith(`REPORTED ${id}`))).toBe(true);
    });
  // look-alike: a presenter stays a person
  it('a broadcaster with a person’s name is a person', () => {
    const text =
      'Veteran broadcaster Tom Harlan reported that the phones were targets. Harlan said more would follow.';
    expect(lines(text)).toContain('SAID tom-harlan');
  });
});

// "The Mail on Sunday reported": the finder read "on Sunday" as a day and the source as "The
// Mail", and the lexicon's "the Mail" (the Daily Mail) took it. The Sunday editions named
// "<title> on Sunday" keep their "on Sunday" in every place a name stands; after any other
// paper "on Sunday" stays a day.
describe('a Sunday edition named "<title> on Sunday" is one publication', () => {
  const cases: [string, string][] = [
    ['The Mail on Sunday reported that the minister had resigned.', 'mail-on-sunday'],
    ['The minister had resigned, a source told the Mail on Sunday.', 'mail-on-sunday'],
    ['According to The Independent on Sunday, the minister had resigned.', 'independent-on-sunday'],
    ['The Independent on Sunday said the minister had resigned.', 'independent-on-sunday'],
    [
      'Scotland on Sunday reported that the First Minister would call a vote.',
      'scotland-on-sunday',
    ],
    ['The club had agreed a fee, Wales on Sunday reported.', 'wales-on-sunday'],
    ['The singer had split from her manager, the Sun on Sunday claimed.', 'sun-on-sunday'],
    ['“We will not back down,” Jane Ross told The Mail on Sunday.', 'mail-on-sunday'],
  ];
  for (const [text, id] of cases)
    it(text, () => {
      expect(lines(text)).toContain(`REPORTED latin-times <- ${id}`);
    });
  // look-alikes: "on Sunday" after another paper, or after the Daily Mail, is the day
  it('"told the Times on Sunday" is the Times, on Sunday', () => {
    expect(lines('The minister had resigned, a source told the Times on Sunday.')).toContain(
      'REPORTED latin-times <- times',
    );
  });
  it('"the Daily Mail reported on Sunday" is the Daily Mail', () => {
    expect(lines('The minister had resigned, the Daily Mail reported on Sunday.')).toContain(
      'REPORTED latin-times <- daily-mail',
    );
  });
});

// "Sky Sports reported Newcastle had agreed a fee": a name that reports a clause is a
// publication with or without "that" when the clause's subject is a name; "BuzzFeed" after
// "BuzzFeed News" is the same publication, not a second one.
describe('a publication that reports a clause without "that"', () => {
  const cases: [string, string][] = [
    ['Sky Sports reported Newcastle had agreed a €35 million fee.', 'sky-sports'],
    ['Radar Online reported Roberts would step down within weeks.', 'radar-online'],
    ['Calcio Mercato reported on Monday Juventus had made an offer.', 'calcio-mercato'],
    ['Gulf Wire reported Qatar was ready to mediate.', 'gulf-wire'],
    ['Radio Kosova reported Pristina had closed the crossing.', 'radio-kosova'],
    ['Balkan Insight reported earlier Belgrade had refused.', 'balkan-insight'],
    ['Marca reported Real Madrid were close to a deal.', 'marca'],
    ['Tech Crunchers reported Globex would cut 300 jobs.', 'tech-crunchers'],
  ];
  for (const [text, id] of cases)
    it(text, () => {
      const got = lines(text);
      expect(got).toContain(`REPORTED ${id}`);
      expect(got).toContain(`REPORTED latin-times <- ${id}`);
    });
  it('a company that reports figures is no publication', () => {
    expect(lines('Acme reported profits were up.').some((l) => l.startsWith('REPORTED acme'))).toBe(
      false,
    );
  });
  it('"BuzzFeed" after "BuzzFeed News" is BuzzFeed News', () => {
    const got = lines(
      'BuzzFeed News reported that Trump told Cohen to lie. BuzzFeed reported that Cohen had lied.',
    );
    expect(got.filter((l) => l === 'REPORTED buzzfeed-news')).toHaveLength(2);
    expect(got.some((l) => /\bbuzzfeed\b(?!-)/.test(l))).toBe(false);
  });
});

// "Coach Ernesto Valverde played down the talk. “…,” he said.": "he" went to the last person
// who had spoken (or an outlet taken for one), or to no one, while the sentence before names
// whom the pronoun means as its subject. A name that is a sentence's subject, after its titles
// and a fronted phrase, is whom "he" or "she" in the next sentence means.
describe('"he said" after a sentence about a named person is that person', () => {
  const cases: [string, string][] = [
    [
      'Reuters said the deal was done. Coach Ernesto Valverde played down the talk on Friday. “Griezmann is a great player,” he said.',
      'ernesto-valverde',
    ],
    [
      'Sport said the deal was done. Not wanting to add fuel to the fire, Valverde played down the talk. “Griezmann is a great player,” he said.',
      'valverde',
    ],
    [
      'The Guardian reported the club was for sale. Owner Maria Lopez arrived at the ground on Sunday. “Nothing is for sale,” she said.',
      'maria-lopez',
    ],
    [
      'Politico said the minister would quit. After the cabinet meeting, Tom Harlan walked out to the cameras. He said he had no plans to resign.',
      'tom-harlan',
    ],
    [
      'Reports said the bank had been sold. Chief Executive Lars Eklund met staff on Monday. “We are not for sale,” he told them.',
      'lars-eklund',
    ],
    [
      'The BBC said talks had collapsed. Omar Haddad left the building without a word. Later, he told reporters the talks would resume.',
      'omar-haddad',
    ],
    [
      'Bild reported the coach would be fired. Yesterday, Jana Novak arrived at training early. “I will stay,” she said.',
      'jana-novak',
    ],
    [
      'The Times said the plant would close. Governor Ana Duarte visited the plant on Tuesday. “It will stay open,” she said.',
      'ana-duarte',
    ],
  ];
  for (const [text, id] of cases)
    it(text, () => {
      // what the person says may answer the report before: a denial is theirs too
      expect(lines(text).some((l) => l === `SAID ${id}` || l === `DENIED ${id}`)).toBe(true);
    });
  // look-alikes: unnamed people, a body and a quoted sentence before are no such subject
  it('capitalised "Sources" is no name', () => {
    const got = lines(
      'Jane Ross said the talks were over. Sources close to the talks disagreed. “It is not over,” she said.',
    );
    expect(got).toContain('SAID jane-ross');
    expect(got.some((l) => /^SAID sources/.test(l))).toBe(false);
  });
  it('a publication as the subject is no speaker for "he"', () => {
    const got = lines(
      'Tom Harlan said the memo was real. Reuters published the memo on Tuesday. “It is a fake,” he said.',
    );
    expect(got).toContain('SAID tom-harlan');
  });
});
