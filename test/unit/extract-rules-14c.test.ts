// Rules of the fourteenth pass on issue 14, area C: reports, channels and chains as mechanisms.
// A report the text gives no owner ("it was reported that", "reports emerged that", "X denied
// reports that") is an unnamed outlet that REPORTED its clause, cited by the article
// (ANNOTATION.md, "Ids and entities"); a quoting frame names the outlet the words passed
// through; a participle after a statement ("…, stressing that P") is the same speaker's. Each
// form is tested on sentences of our own, with look-alikes that are none of these.
import { describe, expect, it } from 'vitest';
import { denials, draft, lines, reportsUnnamed, unnamedOutlets } from './extract-helpers.ts';

describe('a report nobody is said to have made is an unnamed outlet that REPORTED it', () => {
  const cases = [
    'It was reported last week that Orvana Mining would close its copper mine in Peru.',
    'It has been reported that the mayor of Lyon had resigned.',
    'It had been reported earlier that the striker agreed a move to Napoli.',
    'It is being reported that the club has sacked its manager.',
    'Earlier this year, it was widely reported that the two banks were in merger talks.',
    'Reports emerged on Monday that the striker had agreed a move to Napoli.',
    'Reports surfaced that the company was weighing a bid for its Dutch rival.',
    'Media reports circulated last month that the bank would cut 3,000 jobs.',
    'News reports have surfaced in recent days that the general was detained.',
    'There has been speculation in the press that the minister would resign.',
  ];
  for (const text of cases)
    it(text, () => {
      const got = reportsUnnamed(text);
      // the press is nobody who said it
      expect(got.filter((l) => l.startsWith('SAID '))).toEqual([]);
    });
});

describe('look-alikes: no unnamed outlet', () => {
  const cases = [
    'Iran is reported to be building a new enrichment plant.',
    'It was said in the village that the house was haunted.',
    'It was reported by Reuters that the deal was off.',
    'The company reported that profits rose 5 percent in the quarter.',
    'Cracks emerged in the wall that the engineers had built last year.',
    'Problems surfaced after the update that the company shipped in May.',
    'There has been speculation that the minister would resign.',
    'The mayor reports to the city council, which said the budget would be cut.',
  ];
  for (const text of cases) it(text, () => expect(unnamedOutlets(text)).toEqual([]));
});

describe('a denied report with no outlet named is an unnamed outlet REPORTED beside the DENIED', () => {
  const cases: [string, string][] = [
    ['Verizon denied reports that it was in talks to buy AOL.', 'verizon'],
    ['The Kremlin on Tuesday dismissed reports that Abramovich had been poisoned.', 'kremlin'],
    ['Airbus has rejected reports it plans to cut 5,000 jobs in Germany.', 'airbus'],
    ['Toyota refuted earlier reports that it would close its plant in Derby.', 'toyota'],
    ['The Vatican has denied news reports that the pope was ill.', 'vatican'],
    ['Reports that the general had been detained were denied by the Pentagon.', 'pentagon'],
    ['Sony firmly denied the reports that it would sell its music arm.', 'sony'],
    ['Siemens, however, rejected reports that it had bribed officials.', 'siemens'],
    [
      'Verizon Communications has denied reports of exploring a bid for AOL.',
      'verizon-communications',
    ],
    ['Ajax dismissed press reports of having agreed a fee for its captain.', 'ajax'],
  ];
  for (const [text, who] of cases)
    it(text, () => {
      const got = reportsUnnamed(text);
      expect(got).toContain(`DENIED ${who}`);
      expect(got).not.toContain(`SAID ${who}`);
    });

  it('a report the text names stays that outlet', () => {
    const text = 'Verizon denied a Bloomberg report that it was in talks to buy AOL.';
    expect(unnamedOutlets(text)).toEqual([]);
    expect(lines(text)).toContain('DENIED verizon');
  });

  it('"the reports" after a named outlet reported are that outlet\'s', () => {
    const text =
      'Bloomberg reported on Monday that Apple would buy Beats. Apple denied the reports that it would buy Beats.';
    expect(unnamedOutlets(text)).toEqual([]);
    expect(lines(text)).toContain('DENIED apple');
  });

  it('declining to comment on reports is no denial', () => {
    const text = 'Verizon declined to comment on reports that it was in talks to buy AOL.';
    expect(denials(text)).toEqual([]);
  });
});

describe('an unowned report that the text names nearby is that outlet', () => {
  const cases: [string, string][] = [
    [
      'Telkom dismissed reports that it was in talks with MTN. The reports followed a Bloomberg report on Thursday.',
      'bloomberg',
    ],
    [
      'Reports emerged on Monday that the striker had agreed a move to Napoli. The claim first appeared in a report by the Wall Street Journal.',
      'wall-street-journal',
    ],
    [
      'It was reported last week that the bank would cut 3,000 jobs. Shares fell 4 percent. The bank did not comment on the Financial Times report.',
      'financial-times',
    ],
    [
      'Earlier, a Reuters report said the deal was close. The company has denied reports that it was selling its music arm.',
      'reuters',
    ],
  ];
  for (const [text, id] of cases)
    it(text, () => {
      expect(unnamedOutlets(text)).toEqual([]);
      expect(lines(text)).toContain(`REPORTED latin-times <- ${id}`);
    });

  it('an outlet named for something else is not the owner', () => {
    const text =
      'Airbus has rejected reports that it plans to cut 5,000 jobs. The chief executive told CNN he was confident.';
    expect(unnamedOutlets(text).length).toBe(1);
  });
});

describe('the owner may be named as the one who reported, or as a news report of a name', () => {
  it('"X reported" in the next sentence', () => {
    const text =
      'The ministry dismissed media reports that the king had invited four leaders to visit. On Monday, the South China Morning Post reported, citing a source, that the invitations went out in May.';
    expect(unnamedOutlets(text)).toEqual([]);
  });
  it('"was reported by X" after the denial', () => {
    const text =
      'Acme has moved swiftly to deny reports that its executives held talks with Initech. The company was reported by the Australian Financial Review to have met Initech two weeks ago.';
    expect(unnamedOutlets(text)).toEqual([]);
  });
  it('"a <Name> news report" names a publication the lexicon does not know', () => {
    const text =
      'Taqa denied reports that it was considering a merger. It was referring to a Gulf Daily Wire news report.';
    expect(unnamedOutlets(text)).toEqual([]);
    expect(lines(text)).toContain('REPORTED latin-times <- gulf-daily-wire');
  });
  it('a broadcast network named as an asset owns no report', () => {
    const text =
      'Acme denied reports that it held talks with Initech. Its assets include the Fox broadcast network.';
    expect(unnamedOutlets(text).length).toBe(1);
  });
});

describe('a quoting frame names the outlet the words passed through', () => {
  const cases: [string, string, string][] = [
    [
      'A U.A.E. Embassy spokesman in Washington was quoted in the WSJ saying: “The UAE has never had a base.”',
      'wall-street-journal',
      'wall-street-journal-',
    ],
    [
      'Peskov was quoted in Kommersant as saying that the talks had stalled.',
      'kommersant',
      'peskov',
    ],
    [
      'Angela Merkel, quoted in the Financial Times, said Germany would open its borders.',
      'financial-times',
      'angela-merkel',
    ],
    [
      'The talks will resume, Dmitry Peskov was quoted in Izvestia as saying.',
      'izvestia',
      'dmitry-peskov',
    ],
    [
      'The talks will resume, Dmitry Peskov was quoted by Interfax as saying.',
      'interfax',
      'dmitry-peskov',
    ],
    [
      'ITV News has been told by two separate sources that Boris Johnson said he would rather let bodies pile high.',
      'itv-news',
      'itv-news-two-separate-sources',
    ],
    ['The Guardian was told by Jane Doe that the summit was cancelled.', 'guardian', 'jane-doe'],
    ['Mary Smith confirmed to Reuters that the talks had collapsed.', 'reuters', 'mary-smith'],
    [
      'Olaf Scholz was cited in Der Spiegel as saying the tanks would be delivered in March.',
      'der-spiegel',
      'olaf-scholz',
    ],
  ];
  for (const [text, outlet, speaker] of cases)
    it(text, () => {
      const got = lines(text);
      expect(got.some((l) => l.startsWith(`REPORTED ${outlet} <- ${speaker}`))).toBe(true);
      expect(got).toContain(`REPORTED latin-times <- ${outlet}`);
    });

  it('a person quoted in a book is no outlet', () => {
    const got = lines('Peskov was quoted in his memoir as saying that the talks had stalled.');
    expect(got.some((l) => /^REPORTED (?!latin-times)/.test(l))).toBe(false);
  });
  it('"told by" a person, the one told not a publication, keeps its agent clause', () => {
    const got = lines('Smith was told by officials that the plant would close.');
    expect(got.some((l) => l.startsWith('REPORTED smith'))).toBe(false);
  });
});

describe('", stressing that P" after a statement is a second statement of the same speaker', () => {
  const cases: [string, string][] = [
    ['The Vatican denied the report, stressing that the pope is in good health.', 'vatican'],
    [
      'Toyota rejected the story on Friday, stressing that its Derby plant would stay open.',
      'toyota',
    ],
    [
      'Siemens dismissed the allegations, adding that it had co-operated with prosecutors.',
      'siemens',
    ],
    [
      'Airbus denied reports that it would cut jobs, noting that its order book was full.',
      'airbus',
    ],
    ['Nokia denied the claims, emphasising that all its phones met safety standards.', 'nokia'],
    [
      'Barclays rejected the reports, pointing out that it had co-operated fully with regulators.',
      'barclays',
    ],
    ['Apple said the plant would close in May, adding that 300 jobs would be lost.', 'apple'],
    ['Pfizer refuted the report, reiterating that the vaccine was safe for children.', 'pfizer'],
  ];
  for (const [text, who] of cases)
    it(text, () => {
      const got = lines(text);
      expect(got).toContain(`SAID ${who}`);
      // what is denied never carries the speaker's own point
      for (const d of denials(text))
        expect(d).not.toMatch(/stressing|insisting|adding|noting|emphasising|pointing|reiterating/);
    });

  it('a participle that itself calls the report false is the denial, not a SAID', () => {
    const got = lines('Toyota denied the report, insisting that it was completely false.');
    expect(got).toContain('DENIED toyota');
    expect(got).not.toContain('SAID toyota');
  });
  it('"insisting" after a bare denial of the report is the denial\'s reason (rules-11b)', () => {
    const got = lines('Toyota rejected the story, insisting that its Derby plant would stay open.');
    expect(got).not.toContain('SAID toyota');
  });
  it('a negated participle restates the denial', () => {
    const got = lines(
      'The ministry of Ruritania refuted the allegations as false, emphasising that such killings are not part of its policy.',
    );
    expect(got.filter((l) => l.startsWith('SAID '))).toEqual([]);
  });
  it('"saying" after a denial stays the denial\'s own words', () => {
    expect(lines('Toyota denied the report, saying it was untrue.')).not.toContain('SAID toyota');
  });
});

describe('a report in an aside of a statement ("…, despite a X report indicating that Q")', () => {
  const cases: [string, string, string][] = [
    [
      'Lowell McAdam said the company is not interested in buying AOL, despite a Bloomberg report indicating that the two had held talks.',
      'lowell-mcadam',
      'bloomberg',
    ],
    [
      'Tim Cook said Apple would build the car in Ohio, despite a Reuters report suggesting that the project was dead.',
      'tim-cook',
      'reuters',
    ],
    [
      'Viktor Orban said the border would stay open, contrary to a BBC report claiming it would close.',
      'viktor-orban',
      'bbc',
    ],
    [
      'Angela Merkel said talks would resume in May, following a New York Times report that they had collapsed.',
      'angela-merkel',
      'new-york-times',
    ],
    [
      'Ralph Mupita told reporters no talks were under way, after a Bloomberg report suggested that MTN was weighing a bid.',
      'ralph-mupita',
      'bloomberg',
    ],
    [
      'Elon Musk wrote that Tesla would stay in Texas, amid media reports that it was scouting sites in Mexico.',
      'elon-musk',
      'unnamed',
    ],
    [
      'Sony said on Monday it would keep its music arm, in response to a Wall Street Journal report that it planned a sale.',
      'sony',
      'wall-street-journal',
    ],
    [
      'Pfizer said the trial was on schedule, countering a Financial Times report that it had been paused.',
      'pfizer',
      'financial-times',
    ],
  ];
  for (const [text, speaker, outlet] of cases)
    it(text, () => {
      const got = lines(text);
      // the speaker's statement is drafted, and the report is the outlet's
      expect(got.some((l) => l.startsWith('SAID ') || l.startsWith('DENIED '))).toBe(true);
      expect(got.some((l) => l.includes(speaker))).toBe(true);
      expect(got.some((l) => l.startsWith(`REPORTED ${outlet}`))).toBe(true);
    });

  it('a report that is what the speaker said stays the content', () => {
    const got = lines('Tim Cook said a Reuters report had overstated the delay.');
    expect(got).toContain('SAID tim-cook');
    expect(got.some((l) => l.startsWith('REPORTED reuters'))).toBe(false);
  });
});

describe('a report without an owner is the one a publication is said to have made nearby', () => {
  it('"the Bloomberg news service, citing anonymous sources, reported" two sentences on', () => {
    const text =
      'Hans Vestberg said on Tuesday the company was not buying AOL, despite a press report indicating that the two were in talks. "We are not in talks," he said. On Monday, the Bloomberg news service, citing anonymous sources, reported that Verizon was in informal talks with AOL.';
    expect(unnamedOutlets(text)).toEqual([]);
  });
  it('a people\'s adjective before "media report" names no publication', () => {
    const text =
      'The Vatican denied an Italian media report that the pope was ill. Its spokesman called it unfounded.';
    expect(draft(text).outlets.map((o) => o.id)).not.toContain('italian');
  });
});

describe('"…, first reported by/in X, …": the publication vouches for the sentence', () => {
  const cases: [string, string][] = [
    [
      "Mr Johnson's comments – first reported in the Daily Mail – came at the end of October.",
      'daily-mail',
    ],
    ['The plan, first reported by Politico, would cut taxes for 40 million families.', 'politico'],
    [
      'The deal, which was first reported by Bloomberg on Monday, values the firm at $2 billion.',
      'bloomberg',
    ],
    ['The memo, reported by Reuters last week, says troops will stay.', 'reuters'],
    ['The talks (first revealed by the Financial Times) began in March.', 'financial-times'],
    [
      'Her resignation, originally reported in the New York Times, takes effect in June.',
      'new-york-times',
    ],
    ['The figures, disclosed by CNN on Friday, show a sharp rise in arrests.', 'cnn'],
    [
      'Verizon CEO Lowell McAdam said he preferred a partnership, reports Bloomberg Businessweek.',
      'bloomberg-businessweek',
    ],
  ];
  for (const [text, outlet] of cases)
    it(text, () => expect(lines(text)).toContain(`REPORTED latin-times <- ${outlet}`));

  it('the inverted "…, reports X" around "S said P" nests: S SAID, X REPORTED citing S', () => {
    const got = lines(
      'Verizon CEO Lowell McAdam said he preferred a partnership, reports Bloomberg Businessweek.',
    );
    expect(got).toContain('SAID lowell-mcadam');
    expect(got).toContain('REPORTED bloomberg-businessweek <- lowell-mcadam');
  });
  it('a book published by a publisher is no report', () => {
    expect(lines('The novel, published by Random House, sold a million copies.')).toEqual([]);
  });
  it('a company that reports figures is no publication', () => {
    expect(lines('Sales rose 5 percent, reports the company.')).toEqual([]);
  });
});

describe('a credit names the agency or publication between the site and its sources', () => {
  const cases: [string, string][] = [
    [
      'VATICAN CITY, Oct. 21 (UPI & Latin Times) — The Vatican said the pope was in good health.',
      'upi',
    ],
    [
      'VATICAN CITY, Oct. 21 (Latin Times & UPI) — The Vatican said the pope was in good health.',
      'upi',
    ],
    [
      'LONDON (Reuters / Latin Times) - The Bank of England said rates would stay on hold.',
      'reuters',
    ],
    [
      'Yousef Al Otaiba said the base did not exist.\n\nOriginal article\n\nAl Bawaba News',
      'al-bawaba-news',
    ],
    ['Yousef Al Otaiba said the base did not exist.\n\nOriginal article: Gulf Times', 'gulf-times'],
    [
      'Mary Barra said General Motors would cut 300 jobs in Ohio.\n\n(END) Dow Jones Newswires',
      'dow-jones-newswires',
    ],
  ];
  for (const [text, agency] of cases)
    it(text.replace(/\n/g, ' '), () => {
      const got = lines(text);
      expect(got).toContain(`REPORTED latin-times <- ${agency}`);
    });

  it('the site crediting itself names no agency', () => {
    const got = lines('MIAMI (Latin Times) — The mayor said the bridge would reopen.');
    expect(got.filter((l) => /^REPORTED (?!latin-times)/.test(l))).toEqual([]);
  });
  it('an article line that is no credit names nobody', () => {
    const got = lines('The mayor said the bridge would reopen.\n\nOriginal reporting matters.');
    expect(got.filter((l) => /^REPORTED (?!latin-times)/.test(l))).toEqual([]);
  });
});

describe('the listener after the object, and participles of the same speaker, keep the channel', () => {
  it('"confirmed the report to AFP, stating that P": both statements through AFP', () => {
    const got = lines(
      'Reuters reported that Abramovich had been poisoned. A source familiar with the matter confirmed the report to AFP, stating that the symptoms had passed.',
    );
    expect(got.filter((l) => l.includes('latin-times-source'))).toEqual([]);
    expect(got).toContain('REPORTED latin-times <- agence-france-presse');
  });
  it.each([
    [
      'Smith told Reuters the deal was off, stressing that talks could resume next year.',
      'reuters',
    ],
    ['Jane Doe told CNN the deal was off, adding that talks could resume.', 'cnn'],
    [
      'Olaf Scholz said in an interview with the Financial Times that tanks would go, noting that Paris agreed.',
      'financial-times',
    ],
  ])('%s', (text, outlet) => {
    const got = lines(text);
    // no statement of the speaker reaches the article without the outlet between
    const own = got.filter((l) => l.startsWith('REPORTED latin-times <- '));
    expect(own.length).toBeGreaterThan(1);
    expect(own.every((l) => l === `REPORTED latin-times <- ${outlet}`)).toBe(true);
  });
});

describe("a claim noun whose holder the sentence names is that holder's statement", () => {
  it.each([
    [
      'Johnson rejected the very serious claims made by some officials that the delay had cost lives.',
      'latin-times-some-officials',
    ],
    ['Allegations by Jane Doe that the mayor took bribes were investigated.', 'jane-doe'],
    [
      'The claims, made by two former aides, that the senator lied were denied.',
      'latin-times-two-former-aides',
    ],
    [
      'Accusations levelled by Mark Smith that the club had doped players surfaced in May.',
      'mark-smith',
    ],
    [
      'There is a second source backing the claim that Mr Johnson made the comment.',
      'latin-times-second-source',
    ],
    [
      'A witness backing the account that the guards fired first was questioned for hours.',
      'latin-times-witness',
    ],
    [
      'The warnings voiced by several diplomats that the truce would collapse proved right.',
      'latin-times-several-diplomats',
    ],
    [
      'Suggestions by Anna Berg that the vote was rigged were dismissed by the commission.',
      'anna-berg',
    ],
  ])('%s', (text, holder) => {
    const got = lines(text);
    expect(got).toContain(`SAID ${holder}`);
    expect(got).toContain(`REPORTED latin-times <- ${holder}`);
  });
  it("a claim made by nobody named stays nobody's", () => {
    expect(
      lines('The claims that the mayor took bribes were investigated.').filter((l) =>
        l.startsWith('SAID'),
      ),
    ).toEqual([]);
  });
  it('a payment made by a company is no claim', () => {
    expect(lines('The payments made by Acme Corp that year were audited.')).toEqual([]);
  });
});

describe('"X based its report on the account of S": the report relies on S', () => {
  it.each([
    [
      'Bloomberg reported that the deal was off. Bloomberg based the story on the accounts of three people familiar with the talks.',
      'bloomberg',
    ],
    [
      'The New York Times reported that the pope was ill. The Times largely based the article on the account of a senior official.',
      'new-york-times',
    ],
    [
      'Reuters reported that the plant would close. The agency based its report on interviews with two officials.',
      'reuters',
    ],
    [
      'CNN reported that the talks had failed. CNN based its reporting on information from several diplomats.',
      'cnn',
    ],
  ])('%s', (text, outlet) => {
    const got = lines(text);
    expect(got.some((l) => new RegExp(`^REPORTED ${outlet} <- ${outlet}-`).test(l))).toBe(true);
  });
  it('a decision based on advice is no report', () => {
    const got = lines('The court based its ruling on the advice of two doctors.');
    expect(got).toEqual([]);
  });
});
