// Rules of the eighth pass on issue 14, area C: who the source is and what kind (names, outlets
// versus actors, statement type, citation chains). Each is written for a pattern of news prose
// seen across several stories of the corpus tune half, never for one article's words. The
// sentences are our own; each case fails without its rule.
import { describe, expect, it } from 'vitest';
import { draft, lines } from './extract-helpers.ts';
import { publicationNames } from '../../server/extract/draft.ts';

const sources = (text: string) => [...new Set(draft(text).statements.map((s) => s.source))];

describe('an outlet is named by its proper name, not by a word that spells it', () => {
  it('a lower-case word or a longer name that starts with an outlet name is no outlet', () => {
    expect(sources('"It will pass," said long-time lobbyist Ann Berg.')).not.toContain('time');
    expect(
      sources('Time Warner Cable said it had never held talks with the cable company.'),
    ).not.toContain('time');
    expect(sources('Fox Sports said the match would be moved to Sunday.')).not.toContain(
      'fox-news',
    );
  });

  it('the outlet spelt as outlets spell it is still the outlet', () => {
    expect(lines('Time magazine reported that the senator would retire.')).toContain(
      'REPORTED latin-times <- time',
    );
    expect(lines('The senator will retire, the Times reported on Monday.')).toContain(
      'REPORTED latin-times <- times',
    );
  });
});

describe('a name the article introduces as a publication is an outlet wherever it appears', () => {
  it('"news site X", "X, a news agency", "X newspaper", "a blog, X,": X reports, it does not say', () => {
    const text =
      'The Daily Ledger, a regional news agency, said on Friday that the mayor had resigned. According to the Daily Ledger, the mayor will leave office next month.';
    expect(lines(text)).toContain('REPORTED latin-times <- daily-ledger');
    expect(lines(text)).not.toContain('SAID daily-ledger');
    const blog =
      'A local blog, The Harbor Post, reported that the port would close. Harbor Post also reported that 200 jobs would go.';
    expect(lines(blog)).toEqual(
      expect.arrayContaining(['REPORTED harbor-post', 'REPORTED latin-times <- harbor-post']),
    );
    expect(lines(blog).some((l) => /^SAID/.test(l))).toBe(false);
    expect(
      lines('Tech website The Byte claimed the company would cut 500 jobs, citing an insider.'),
    ).toContain('REPORTED latin-times <- byte');
    expect(
      lines("The mayor resigned, Lisbon's Morning Courier newspaper said on Tuesday."),
    ).toContain('REPORTED latin-times <- morning-courier');
  });

  it('a place, a leaning or a sentence end is not the name of the publication', () => {
    expect(
      publicationNames(
        'A US newspaper said so. The New York-based weekly agreed. Conservative blog posts said so. It was first reported by Michael Stone. News website X.',
      ),
    ).toEqual([]);
    expect(publicationNames('It was in the news site Harbor Post. Harbor Post said so.')).toEqual([
      'Harbor Post',
    ]);
  });

  it('a word for a public body before a name does not make it an outlet', () => {
    expect(lines('The intelligence agency Mossad said the plot had been foiled.')).not.toContain(
      'REPORTED mossad',
    );
    expect(
      lines('Rebel network Al Shabab said it had seized the town.').some((l) =>
        l.startsWith('REPORTED al-shabab'),
      ),
    ).toBe(false);
  });
});

describe('a description with the name set beside it is the one named', () => {
  it('"The head of the Institute for X, Jane Roe, said": Jane Roe, not the institute', () => {
    const text =
      'The director of the Center for Urban Studies at Lakeside University, Jane Roe, said the plan would fail.';
    expect(lines(text)).toEqual(['SAID jane-roe', 'REPORTED latin-times <- jane-roe']);
  });
});

describe('a wire byline at the head of the text names the agency', () => {
  it('"Pacific News" on a line of its own before the story, "- AFP" after it: the site reports citing the agency', () => {
    const text =
      'Pacific News\n\nPosted at Jul 22 2019 09:03 PM\n\nMinister Ana Ruiz said the port would stay open.';
    expect(lines(text)).toContain('REPORTED latin-times <- pacific-news');
    expect(lines('Minister Ana Ruiz said the port would stay open.\n\n- AFP')).toContain(
      'REPORTED latin-times <- agence-france-presse',
    );
    expect(lines('Minister Ana Ruiz said the port would stay open.\n\nAP')).toContain(
      'REPORTED latin-times <- associated-press',
    );
    expect(lines('Minister Ana Ruiz said the port would stay open.\n\nThe End')).toEqual([
      'SAID ana-ruiz',
      'REPORTED latin-times <- ana-ruiz',
    ]);
    expect(lines('Pacific Rim\n\nMinister Ana Ruiz said the port would stay open.')).not.toContain(
      'REPORTED latin-times <- pacific-rim',
    );
  });
});

describe('a name is all of the name, and only a name', () => {
  it('"de", "van", "bin" inside a name belong to it, and the short form later is the same person', () => {
    const text =
      'Deputy Minister Luis Garcia de la Vega rejected the report. Luis Garcia said the island hosts no foreign troops.';
    expect(lines(text)).toEqual(expect.arrayContaining(['SAID luis-garcia-de-la-vega']));
    expect(lines(text).some((l) => /luis-garcia(?!-de)/.test(l))).toBe(false);
  });

  it('a body named by title words keeps them: "the State Department", "the Foreign Ministry"', () => {
    expect(lines('The report was wrong, the US State Department said on Friday.')).toContain(
      'SAID us-state-department',
    );
    expect(lines('The talks had failed, the Foreign Ministry said.')).toContain(
      'SAID foreign-ministry',
    );
  });

  it('an article, a month or a name behind a preposition is not the speaker', () => {
    expect(
      sources('A newspaper report that the mayor took bribes has been denied by the mayor.'),
    ).not.toContain('a');
    expect(
      sources(
        'The Herald reported that the governor is expected to announce his resignation by the end of November.',
      ),
    ).not.toContain('november');
  });
});

describe('citation chains: the outlet a named person told, and whom a report cites', () => {
  it('"X told news site Y": Y reported it citing X, the article citing Y', () => {
    expect(lines('"The mayor has resigned," Ana Ruiz told local news site Harbor Post.')).toEqual([
      'SAID ana-ruiz',
      'REPORTED harbor-post <- ana-ruiz',
      'REPORTED latin-times <- harbor-post',
    ]);
    expect(lines('Ana Ruiz told CNN on Monday that the mayor has resigned.')).toEqual([
      'SAID ana-ruiz',
      'REPORTED cnn <- ana-ruiz',
      'REPORTED latin-times <- cnn',
    ]);
  });

  it('telling reporters, or the article’s own outlet, puts no outlet between', () => {
    expect(lines('Ana Ruiz told reporters the mayor has resigned.')).toEqual([
      'SAID ana-ruiz',
      'REPORTED latin-times <- ana-ruiz',
    ]);
    expect(lines('Ana Ruiz told Latin Times the mayor has resigned.')).toEqual([
      'SAID ana-ruiz',
      'REPORTED latin-times <- ana-ruiz',
    ]);
  });

  it('"citing U.S. and allied officials": a participle before the noun is part of the description', () => {
    expect(
      lines(
        'The mayor spoke a day after The Washington Post, citing U.S. and allied officials, reported that the port had been sold.',
      ),
    ).toContain('REPORTED washington-post <- washington-post-u-s-and-allied-officials');
  });
});

describe('a name that reports, or whose story is told, is an outlet', () => {
  it('"X reported that …", "X’s story": X is an outlet in the rest of the article', () => {
    const text =
      'Harbor Notes, a popular source on city politics, reported on Saturday night that the mayor would resign. Harbor Notes said the deal was done.';
    expect(lines(text)).toEqual(
      expect.arrayContaining(['REPORTED harbor-notes', 'REPORTED latin-times <- harbor-notes']),
    );
    expect(lines(text).some((l) => l.startsWith('SAID'))).toBe(false);
    expect(
      lines(
        'The palace said the Morning Courier’s story was untrue. The Morning Courier said the prince was ill.',
      ),
    ).toContain('REPORTED latin-times <- morning-courier');
  });

  it('a company reporting figures, a ministry reporting, a person’s report are not outlets', () => {
    expect(publicationNames('Acme Corp reported a loss of $3 million on Monday.')).toEqual([]);
    expect(publicationNames('The Health Ministry reported that 20 people had died.')).toEqual([]);
    expect(publicationNames('Robert Mueller’s report found no evidence.')).toEqual([]);
  });
});

describe('a dateline with a colon is no speaker', () => {
  it('"Lisbon: Minister X said …": X said it, not Lisbon', () => {
    expect(
      lines(
        'Lisbon: Foreign Ministry spokesperson Ana Ruiz said on Tuesday that the port was sold.',
      ),
    ).toEqual(['SAID ana-ruiz', 'REPORTED latin-times <- ana-ruiz']);
  });

  it('a name, a colon and words with no speech verb of their own stay a statement', () => {
    expect(lines('Ana Ruiz: "The port was sold last week."')).toEqual([
      'SAID ana-ruiz',
      'REPORTED latin-times <- ana-ruiz',
    ]);
  });
});

describe('a time between the source and its cue is not the source', () => {
  it.each([
    'Ana Ruiz earlier in the day said that the port was sold.',
    'Ana Ruiz late last week said that the port was sold.',
    'Ana Ruiz earlier this month said that the port was sold.',
  ])('%s', (text) => {
    expect(lines(text)).toEqual(['SAID ana-ruiz', 'REPORTED latin-times <- ana-ruiz']);
  });

  it('"obtained by", "seen by" a name: the name is an outlet', () => {
    expect(lines('Information obtained by The Ledger suggests that the port was sold.')).toContain(
      'REPORTED latin-times <- ledger',
    );
  });
});

describe('"seen by" a person with a title is no outlet', () => {
  it('keeps people who are shown a letter out of the outlets', () => {
    expect(publicationNames('A letter seen by President Ana Ruiz said the port was sold.')).toEqual(
      [],
    );
  });
});

describe('"the company", "the club", "the ministry": the organisation named last', () => {
  it('a definite description of a body is the body the article named before', () => {
    const text =
      'Acme Corp denied the report on Monday. "We are not for sale," the company said in a statement.';
    expect(lines(text)).toEqual(
      expect.arrayContaining(['SAID acme-corp', 'REPORTED latin-times <- acme-corp']),
    );
  });

  it('with no body named before, the description names nobody', () => {
    expect(lines('"We are not for sale," the company said in a statement.')).toEqual([]);
  });

  it('"The Palace", capitalised, is a name, not a reference back', () => {
    expect(lines('Acme Corp denied it. The Palace said the prince was well.')).toContain(
      'SAID palace',
    );
  });

  it('a person named last is not "the company"', () => {
    const text =
      'Ana Ruiz denied the report on Monday. "We are not for sale," the company said in a statement.';
    expect(lines(text)).not.toContain('SAID ana-ruiz');
  });
});

describe('a journalist named with the outlet: "BBC News royal correspondent X", "CNN’s X"', () => {
  it('the journalist speaks, for the outlet', () => {
    expect(lines('CNN senior correspondent Ana Ruiz says the palace is irritated.')).toEqual([
      'SAID ana-ruiz',
      'REPORTED cnn <- ana-ruiz',
      'REPORTED latin-times <- cnn',
    ]);
    expect(lines('Latin Times reporter Ana Ruiz says the palace is irritated.')).toEqual([
      'SAID ana-ruiz',
      'REPORTED latin-times <- ana-ruiz',
    ]);
  });

  it('the outlet alone still reports', () => {
    expect(lines('CNN says the palace is irritated.')).toEqual([
      'REPORTED cnn',
      'REPORTED latin-times <- cnn',
    ]);
  });
});

describe('"the palace", "the ministry" with no body resolved before: the name ending in that noun', () => {
  it('refers back to the last proper name whose head is the noun', () => {
    expect(
      lines(
        'The report was denied by Harbor Palace on Monday. The palace said the story was a breach of privacy.',
      ),
    ).toEqual(
      expect.arrayContaining(['SAID harbor-palace', 'REPORTED latin-times <- harbor-palace']),
    );
  });

  it('without such a name it names nobody', () => {
    expect(lines('The palace said the story was a breach of privacy.')).toEqual([]);
  });
});

describe('a phrase about a name is no frame around the statement it follows', () => {
  it('"… is expected to announce his resignation by the end of November" leaves the report standing', () => {
    expect(
      lines(
        'Where it stands: The Herald reported last night that the governor is "expected" to announce his resignation by the end of November.',
      ),
    ).toEqual(['REPORTED herald', 'REPORTED latin-times <- herald']);
  });
});
