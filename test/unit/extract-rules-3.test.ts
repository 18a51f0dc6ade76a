// Sentence cases for the rules-3 pass: each fails without the rule it names.
import { describe, expect, it } from 'vitest';
import { denials, draft, found, lines } from './extract-helpers.ts';

describe('denials, third round', () => {
  it('a quote before "X told reporters in response to a report that …" denies that report', () => {
    expect(
      denials(
        '"That will never happen," Ana Ruiz told reporters in response to a Reuters report that the copper mine will close next year.',
      ),
    ).toEqual(['ana-ruiz: The copper mine will close next year.']);
  });

  it('a negated claim from the subject of a report denies the report’s claim', () => {
    expect(
      denials(
        'Reuters reported that Acme has agreed to sell its copper mine. Acme has not agreed to sell its copper mine, a company spokesman said.',
      ),
    ).toEqual(['latin-times-company-spokesman: Acme has agreed to sell its copper mine.']);
    expect(
      denials(
        'Reuters reported that Acme plans to sell its copper mine. There are no plans to sell the mine, Jane Doe said.',
      ),
    ).toEqual(['jane-doe: Acme plans to sell its copper mine.']);
  });

  it('a negated sentence about something else is still what was said', () => {
    expect(
      denials(
        'Reuters reported that Acme plans to sell its copper mine. The weather did not delay the vote, Jane Doe said.',
      ),
    ).toEqual([]);
  });

  it('"Mexico’s foreign ministry denied" is the ministry, not Mexico', () => {
    const d = draft(
      'Reuters reported that troops will be sent. Mexico’s foreign ministry denied the report.',
    );
    expect(d.statements.filter((s) => s.type === 'DENIED').map((s) => s.source)).toEqual([
      'mexican-foreign-ministry',
    ]);
    expect(d.actors.find((a) => a.id === 'mexican-foreign-ministry')?.kind).toBe('GOVERNMENT');
  });

  it('a quote after a colon belongs to the sentence’s subject: "X chimed in with a tweet: “…”"', () => {
    expect(
      denials(
        'Reuters reported that Acme plans to sell its copper mine. Her daughter, Nika, chimed in with a tweet of her own: “Reuters is 100% wrong.”',
      ),
    ).toEqual(['nika: Acme plans to sell its copper mine.']);
  });
});

describe('anonymous sources, third round', () => {
  it('"according to sources" at the end of the sentence, though the tagger calls "sources" a verb', () => {
    expect(lines('The army will withdraw, according to sources.')).toEqual([
      'SAID latin-times-sources',
      'REPORTED latin-times <- latin-times-sources',
    ]);
  });

  it('"officials, who asked not to be named, said": the officials, described with it', () => {
    const d = draft(
      'Three Israeli officials, who asked not to be named, said the army will withdraw.',
    );
    expect(d.anonymousSources).toEqual([
      expect.objectContaining({
        description: 'Three Israeli officials, who asked not to be named',
        count: 3,
      }),
    ]);
    expect(d.statements.map((s) => s.type)).toEqual(['SAID', 'REPORTED']);
  });

  it('"based on discussions with officials": the report relies on the officials', () => {
    expect(
      lines('Reuters reported, based on discussions with officials, that the army will withdraw.'),
    ).toEqual([
      'SAID reuters-officials',
      'REPORTED reuters <- reuters-officials',
      'REPORTED latin-times <- reuters',
    ]);
  });
});

describe('quotes without a cue', () => {
  it('a quotation standing alone belongs to the speaker of the sentence before', () => {
    const d = draft(
      'Ana Ruiz said the mine would stay open. “We have invested too much to walk away.”',
    );
    expect(
      d.statements.filter((s) => s.type === 'SAID').map((s) => [s.source, s.quote ?? '']),
    ).toEqual([
      ['ana-ruiz', ''],
      ['ana-ruiz', 'We have invested too much to walk away'],
    ]);
  });

  it('but not after a sentence with no speaker', () => {
    expect(lines('The mine opened in 1990. “We have invested too much to walk away.”')).toEqual([]);
  });
});

describe('finder, third round', () => {
  it('the inverted order needs the speaker to close the clause: "…, said the army will" is not it', () => {
    expect(found('Officials, who asked not to be named, said the army will withdraw.')).toEqual([
      'Officials | said | the army will withdraw',
    ]);
  });
});

describe('finder, participles', () => {
  it('", adding that …" after a quote and its speaker is the same speaker’s', () => {
    expect(
      found('“The plan is sound,” Anderson said, adding that the senator is the most trustworthy.'),
    ).toEqual([
      'Anderson | said | “The plan is sound,”',
      'Anderson | adding | that the senator is the most trustworthy',
    ]);
  });
});

describe('nesting, third round', () => {
  it('"X insisted that …, an official told the newspaper": the official is the outlet’s source', () => {
    const d = draft(
      'The New York Times reported that talks were set. Iranian officials insisted that the talks wait until after the election, an official told the newspaper.',
    );
    expect(d.anonymousSources).toEqual([
      expect.objectContaining({ description: 'an official', citedBy: 'new-york-times' }),
    ]);
  });

  it('"…, confirmed a Journal report on the plans": the report is the object, not an inverted speaker', () => {
    expect(
      found(
        'A senior transition official, speaking to ABC News earlier today, confirmed a Wall Street Journal report on the plans.',
      ),
    ).toEqual([
      'A senior transition official | confirmed | a Wall Street Journal report on the plans',
    ]);
  });
});

describe('finder, PolNeAR long tail', () => {
  it('a name the tagger reads as a verb still opens the sentence as its speaker', () => {
    expect(found('Cook said Carter stopped the practice.')).toEqual([
      'Cook | said | Carter stopped the practice',
    ]);
  });

  it('a party tag in brackets between the name and the cue', () => {
    expect(found('Governor Mary Fallin (R-OK) said the nominee is wrong.')).toEqual([
      'Governor Mary Fallin (R-OK) | said | the nominee is wrong',
    ]);
  });

  it('"Said X, who …, “…”": the sentence-initial cue with its speaker after it', () => {
    expect(found('Said Dorothy Poynter, who grew up with Ali, “He was a good man.”')).toEqual([
      'Dorothy Poynter | Said | “He was a good man.”',
    ]);
  });

  it('"“….” Trump said." split after the quotation is one attribution', () => {
    expect(found('“I hope you find the emails.” Trump said.')).toEqual([
      'Trump | said | “I hope you find the emails.”',
    ]);
  });

  it('"…, the senator criticized X and said …": the second verb’s speaker is the first verb’s', () => {
    expect(
      found(
        'In an interview Thursday, the senator criticized the president and said allies wanted to know.',
      ),
    ).toContainEqual('the senator | said | allies wanted to know');
  });
});

describe('finder, evidence as source', () => {
  it('"a poll shows …": a poll is a source of what it shows', () => {
    expect(found('For the first time, a poll shows Bernie Sanders leading nationally.')).toEqual([
      'a poll | shows | Bernie Sanders leading nationally',
    ]);
  });

  it('but "the team shows" a result is not an attribution', () => {
    expect(found('The team shows great promise this season.')).toEqual([]);
  });
});

describe('sources inside a report', () => {
  it('"NBC News reported that U.S. officials said X": NBC reported X citing the officials', () => {
    const d = draft('NBC News reported that U.S. officials said troops will be sent to Mexico.');
    expect(
      lines('NBC News reported that U.S. officials said troops will be sent to Mexico.'),
    ).toEqual([
      'SAID nbc-news-u-s-officials',
      'REPORTED nbc-news <- nbc-news-u-s-officials',
      'REPORTED latin-times <- nbc-news',
    ]);
    expect(d.claims.map((c) => c.text)).toEqual(['Troops will be sent to Mexico.']);
  });

  it('"officials did not believe X" in a report: they said the negation of X', () => {
    const d = draft(
      'A report from Reuters detailed that Mexican officials did not believe the administration would conduct strikes.',
    );
    expect(d.claims.map((c) => c.text)).toEqual(['The administration would not conduct strikes.']);
    expect(d.statements.map((s) => s.type)).toEqual(['SAID', 'REPORTED', 'REPORTED']);
  });
});

describe('denials, order and statements', () => {
  it('a negated claim before the report it answers still denies it', () => {
    expect(
      denials(
        'Acme has not agreed to sell its copper mine, a company spokesman said. Reuters reported on Monday that Acme has agreed to sell its copper mine.',
      ),
    ).toEqual(['latin-times-company-spokesman: Acme has agreed to sell its copper mine.']);
  });

  it('"released a statement from X, calling the report “not true”": X denies', () => {
    expect(
      denials(
        'Reuters reported that Acme will sell its mine. The company released a statement from spokesperson Jane Doe, calling the report "not true."',
      ),
    ).toEqual(['jane-doe: Acme will sell its mine.']);
  });

  it('a dateline is not part of the claim', () => {
    expect(
      draft(
        'WASHINGTON, Oct. 23 (UPI) -- The mine will close, a company spokesman said.',
      ).claims.map((c) => c.text),
    ).toEqual(['The mine will close.']);
  });
});

describe('statements set as their own paragraph', () => {
  it('a first-person paragraph after "released a statement from X" is X’s words', () => {
    const d = draft(
      'Reuters reported that Acme will sell its mine. The company released a statement from spokesperson Jane Doe, calling the report "not true."\n\nWe will keep the mine and invest in it. Our workers can count on us.\n\nThe mine employs 400 people.',
    );
    expect(
      d.statements
        .filter((s) => s.type === 'SAID')
        .map((s) => `${s.source}: ${d.claims.find((c) => c.id === s.claim)?.text}`),
    ).toEqual([
      'jane-doe: We will keep the mine and invest in it.',
      'jane-doe: Our workers can count on us.',
    ]);
  });
});

describe('finder, acts are not speech', () => {
  it('"have agreed to hold talks" is an act; "agreed that …" is a view', () => {
    expect(
      found('The United States and Iran have agreed to hold talks after the election.'),
    ).toEqual([]);
    expect(found('Both leaders agreed that the talks had failed.')).toEqual([
      'Both leaders | agreed | that the talks had failed',
    ]);
  });
});

describe('finder, introductory phrases', () => {
  it('"Speaking on behalf of Acme, spokesman John Smith denied the report": the phrase is not content', () => {
    expect(found('Speaking on behalf of Acme, spokesman John Smith denied the report.')).toEqual([
      'spokesman John Smith | denied | the report',
    ]);
  });
});
