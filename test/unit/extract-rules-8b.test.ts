// Denial rules of the eighth pass on issue 14 (area B), each written for a pattern of news prose
// seen in the corpus tune half's missed or false denials (never for one article's words). The
// sentences are our own; each case fails without its rule.
import { describe, expect, it } from 'vitest';
import { denials, found, lines } from './extract-helpers.ts';

describe('"said that a report … was false": a speaker calling a report false denies it', () => {
  it('a report named with what it says is denied, not said', () => {
    expect(
      denials(
        'A company spokeswoman said in a post on Monday that a report on the chief executive leaving the firm next spring was false.',
      ),
    ).toEqual([
      'latin-times-company-spokeswoman: The chief executive leaving the firm next spring.',
    ]);
  });

  it('"saying the report was false" after a reply denies the report put forward before', () => {
    const text =
      'The Boston Globe reported that the senator would quit. The senator’s spokeswoman replied on Facebook late Sunday, saying the report was false.';
    expect(denials(text)).toEqual(['latin-times-senator-spokeswoman: The senator would quit.']);
    expect(lines(text)).not.toContain('SAID latin-times-senator-spokeswoman');
  });

  it('a report said to be true is no denial', () => {
    expect(
      denials(
        'A company spokeswoman said on Monday that a report on the chief executive leaving the firm next spring was accurate.',
      ),
    ).toEqual([]);
  });
});

describe('a report denied before it is detailed: "The Globe earlier in the day reported that …"', () => {
  it.each([
    'The Boston Globe earlier in the day reported that the senator was set to quit in 2026.',
    'The Boston Globe later that week reported that the senator was set to quit in 2026.',
  ])('a time between the outlet and its cue is not the source: %s', (text) => {
    expect(found(text)).toEqual([
      'The Boston Globe | reported | that the senator was set to quit in 2026',
    ]);
  });
});

describe('the words of a rejection: "unsubstantiated", "groundless", "mendacious", "rubbished the reports"', () => {
  const before = 'The Daily Post reported that the mine would close. ';
  it.each([
    'Acme Mining called the report “unsubstantiated.”',
    'Acme Mining said the claims were unsubstantiated.',
    'Acme Mining described the story as “mendacious”.',
    'Acme Mining termed the allegations a fabrication.',
    'Acme Mining rubbished the report.',
  ])('%s', (sentence) => {
    expect(denials(before + sentence)).toEqual(['acme-mining: The mine would close.']);
  });

  it('"rubbished media reports that X" denies X', () => {
    expect(
      denials('Acme Mining has rubbished media reports that the mine will close next year.'),
    ).toEqual(['acme-mining: The mine will close next year.']);
  });

  it.each([
    'Acme Mining called the report “well sourced.”',
    'Acme Mining said the claims were substantiated.',
    'Acme Mining said the report was a rubbish piece of reporting but accurate.',
  ])('a report not called false is no denial: %s', (sentence) => {
    expect(denials(before + sentence)).toEqual([]);
  });
});

describe('a denial in the passive: "A report that X has been denied by Y"', () => {
  it.each([
    [
      'A newspaper report that the singer has cancer has been denied by Kensington Palace.',
      ['kensington-palace: The singer has cancer.'],
    ],
    [
      'The claim that the minister took bribes was firmly rejected by Acme Mining on Friday.',
      ['acme-mining: The minister took bribes.'],
    ],
  ])('%s', (text, expected) => {
    expect(denials(text)).toEqual(expected);
    expect(lines(text).filter((l) => l.startsWith('SAID'))).toEqual([]);
  });

  it('an outlet named in the subject reported what is denied', () => {
    expect(
      lines(
        'A report in The Wall Street Journal that the mine will close was dismissed by Acme Mining.',
      ),
    ).toEqual([
      'REPORTED wall-street-journal',
      'REPORTED latin-times <- wall-street-journal',
      'DENIED acme-mining',
    ]);
  });

  it('a report "backed by" or "confirmed by" someone is no denial', () => {
    expect(denials('A report that the mine will close has been confirmed by Acme Mining.')).toEqual(
      [],
    );
  });
});

describe('"denied a Journal report on Monday that X": X is what is denied, the Journal reported it', () => {
  it('the time between the report and its content is not part of it', () => {
    const text =
      'Acme Mining denied a Wall Street Journal report on Monday that it had approached Globex about a merger.';
    expect(denials(text)).toEqual(['acme-mining: It had approached Globex about a merger.']);
    expect(lines(text)).toEqual([
      'REPORTED wall-street-journal',
      'REPORTED latin-times <- wall-street-journal',
      'DENIED acme-mining',
    ]);
  });
});

describe('a passive denial beside other statements', () => {
  it('an aside on the report is not its claim, and what follows the denial is read too', () => {
    const text =
      'The Daily Post reported that the mine would close. The reports, based on leaks from two unnamed engineers, were dismissed by Acme Mining chief executive Jan Novak as “baseless”, while Globex called them inaccurate.';
    expect(denials(text)).toEqual([
      'jan-novak: The mine would close.',
      'globex: The mine would close.',
    ]);
  });
});

describe('a short negated restatement of what a report claimed: "no deal has been done"', () => {
  const report = 'The Wall Street Journal reported that Acme had agreed a deal to buy Globex. ';
  it.each([
    'Acme chairman Jan Novak told reporters that no deal has been done.',
    '“There is no deal,” Acme chairman Jan Novak said.',
  ])('%s', (sentence) => {
    expect(denials(report + sentence)).toEqual([
      'jan-novak: Acme had agreed a deal to buy Globex.',
    ]);
  });

  it.each([
    'Acme chairman Jan Novak said that the board has not met since March.',
    'Acme chairman Jan Novak said that no decision on the Globex deal or on any other purchase of a rival has been taken by the board.',
  ])('a negation about something else, or a longer one, is not a denial: %s', (sentence) => {
    expect(denials(report + sentence)).toEqual([]);
  });
});

describe('a denial verb that is refused or held back denies nothing', () => {
  const report = 'The Wall Street Journal reported that the mine would close. ';
  it.each([
    'Acme Mining declined to deny the report.',
    'Acme Mining refused to deny the report.',
    'Acme Mining pushed back against the stories but stopped short of denying them outright.',
    'Acme Mining would not deny the report.',
  ])('%s', (sentence) => {
    expect(denials(report + sentence)).toEqual([]);
  });

  it('pushing back on the report, with nothing held back, is a denial', () => {
    expect(denials(report + 'Acme Mining pushed back against the report.')).toEqual([
      'acme-mining: The mine would close.',
    ]);
  });
});

describe('"responded via Twitter to deny the report": the reply is the denial, not a statement of its own', () => {
  it('one denial and nothing said', () => {
    const text =
      'The Wall Street Journal reported that the mine would close. Acme Mining responded on Twitter to deny the report.';
    expect(lines(text)).toEqual([
      'REPORTED wall-street-journal',
      'REPORTED latin-times <- wall-street-journal',
      'DENIED acme-mining',
    ]);
  });
});

describe('"denied a report on a mining blog that X": where the report ran is not what it claimed', () => {
  it.each([
    'Acme Mining denied a report on a popular mining blog that the mine would close next year.',
    'Acme Mining rejected claims in a local newspaper alleging that the mine would close next year.',
  ])('%s', (text) => {
    expect(denials(text)).toEqual(['acme-mining: The mine would close next year.']);
  });
});

describe('"Time Warner Cable Inc and Cox Communications Inc denied …": a one-word outlet name inside a longer name is not the outlet', () => {
  it('both companies deny what the report claimed, and neither is the magazine', () => {
    const text =
      'Time Warner Cable Inc and Cox Communications Inc denied a Wall Street Journal report on Monday that Time Warner Cable had approached Cox about a merger.';
    expect(denials(text)).toEqual([
      'time-warner-cable: Time Warner Cable had approached Cox about a merger.',
      'cox-communications: Time Warner Cable had approached Cox about a merger.',
    ]);
  });

  it('the magazine alone is still the outlet', () => {
    expect(lines('Time reported that the senator would quit.')).toEqual([
      'REPORTED time',
      'REPORTED latin-times <- time',
    ]);
  });
});

describe('the label before the report: "dismissed as “baseless claims”, a report that X"', () => {
  it('X is what is denied, and the outlet reported it', () => {
    const text =
      'Acme Mining on Tuesday dismissed as “baseless claims”, a Wall Street Journal report that the mine would close next year.';
    expect(denials(text)).toEqual(['acme-mining: The mine would close next year.']);
    expect(lines(text)).toContain('REPORTED latin-times <- wall-street-journal');
  });
});

describe('a report that "makes" or "contains" what is false', () => {
  const before = 'The Wall Street Journal reported that the mine would close. ';
  it('"The report makes unsubstantiated claims," the minister said: a denial', () => {
    expect(
      denials(
        before + '“The report makes baseless claims about our plans,” Acme chief Jan Novak said.',
      ),
    ).toEqual(['jan-novak: The mine would close.']);
  });
  it('a report that contains no false claims is not denied', () => {
    expect(
      denials(
        before +
          '“The report contains no false claims about our plans,” Acme chief Jan Novak said.',
      ),
    ).toEqual([]);
  });
});

describe('"There have been no talks": denying the talks a report is about denies the report', () => {
  const report =
    ' The Wall Street Journal reported on Friday that Acme was interested in buying Globex.';
  it.each([
    '“There have been no conversations with anyone about a purchase,” Acme spokesman Jan Novak said.',
    '“We have not held any talks with Globex,” Acme spokesman Jan Novak said.',
  ])('%s', (sentence) => {
    expect(denials(sentence + report)).toEqual([
      'jan-novak: Acme was interested in buying Globex.',
    ]);
  });

  it.each([
    [
      'talks held',
      '“There have been talks with many firms,” Acme spokesman Jan Novak said.' + report,
    ],
    [
      'no report',
      '“There have been no talks with the union since March,” Acme spokesman Jan Novak said.',
    ],
  ])('not a denial: %s', (_, text) => {
    expect(denials(text)).toEqual([]);
  });
});

describe('"…, with spokesman X calling them “groundless”": a second denier inside the first denial', () => {
  const report = 'The Wall Street Journal reported that the mine would close. ';
  it('both deny', () => {
    expect(
      denials(
        report +
          'Acme chief Jan Novak has denied such reports, with company spokesman Petr Dvorak calling them “groundless.”',
      ),
    ).toEqual(['jan-novak: The mine would close.', 'petr-dvorak: The mine would close.']);
  });

  it('calling them something else is not a denial', () => {
    expect(
      denials(
        report +
          'Acme chief Jan Novak has denied such reports, with company spokesman Petr Dvorak calling them “premature.”',
      ),
    ).toEqual(['jan-novak: The mine would close.']);
  });
});

describe('"…, having previously denied reports surrounding X": a perfect participle denies too', () => {
  it.each([
    [
      'Club president Jan Novak is known for such games, having previously denied reports that Petr Dvorak would join Chelsea.',
      'jan-novak: Petr Dvorak would join Chelsea.',
    ],
    [
      'Club president Jan Novak is known for such games, having denied reports surrounding Petr Dvorak’s move to Chelsea.',
      'jan-novak: Petr Dvorak’s move to Chelsea.',
    ],
  ])('%s', (text, denial) => {
    expect(denials(text)).toEqual([denial]);
  });

  it('having confirmed them is no denial', () => {
    expect(
      denials(
        'Club president Jan Novak is known for such games, having confirmed reports that Petr Dvorak would join Chelsea.',
      ),
    ).toEqual([]);
  });
});

describe('"The senator’s spokesman, Jan Novak, responded …, saying the report was false": the name beside the role denies', () => {
  it('the participle’s speaker is the named spokesman', () => {
    expect(
      denials(
        'The Wall Street Journal reported that the senator would quit. The senator’s spokesman, Jan Novak, responded on Twitter late Saturday night, saying the report was false.',
      ),
    ).toEqual(['jan-novak: The senator would quit.']);
  });
});

describe('a denial asked about is none: "declined to answer whether Acme also denied the report"', () => {
  const report = 'The Wall Street Journal reported that the mine would close. ';
  it.each([
    'But the spokesman declined to answer repeated questions whether Acme Mining also denied the report.',
    'Reporters asked if Acme Mining had rejected the report.',
  ])('%s', (sentence) => {
    expect(denials(report + sentence)).toEqual([]);
  });

  it('a denial after the question is answered still counts', () => {
    expect(
      denials(
        report +
          'Acme Mining denied the report on Friday when reporters asked whether the mine would close.',
      ),
    ).toEqual(['acme-mining: The mine would close.']);
  });
});

describe('a quoted verdict on the report: "This is the worst made-up news", "It is all lies"', () => {
  const report = 'The Wall Street Journal reported that the mine would close. ';
  it.each([
    '“This is the worst made-up news about our company,” Acme chief Jan Novak told reporters.',
    '“It is all lies,” Acme chief Jan Novak told reporters.',
    '“This is a complete fabrication,” Acme chief Jan Novak told reporters.',
  ])('%s', (sentence) => {
    expect(denials(report + sentence)).toEqual(['jan-novak: The mine would close.']);
  });

  it('news that is not called false is no denial', () => {
    expect(
      denials(
        report + '“This is the worst news for our town,” Acme chief Jan Novak told reporters.',
      ),
    ).toEqual([]);
  });
});

describe('a short negation that shares only names with a report is no denial', () => {
  it('"He says the United States was not ready"', () => {
    expect(
      denials(
        'The Wall Street Journal reported that the United States might take a stand. “He says the United States was not ready,” Admiral Jan Novak said.',
      ),
    ).toEqual([]);
  });
});

describe('"denied the company had approached Globex": a clause without "that" is what is denied', () => {
  it('the clause is the claim', () => {
    expect(denials('Acme Mining denied the company had approached Globex about a merger.')).toEqual(
      ['acme-mining: The company had approached Globex about a merger.'],
    );
  });

  it('"denied such a plan existed" points back at the claim reported before', () => {
    expect(
      denials(
        'The Wall Street Journal reported that Acme would close the mine. Acme Mining denied such a plan existed.',
      ),
    ).toEqual(['acme-mining: Acme would close the mine.']);
  });

  it('an infinitive is not a clause: "rebuffed pressure to rein in his supporters"', () => {
    expect(
      denials('Senator Jan Novak has rebuffed pressure to rein in his supporters after the rally.'),
    ).toEqual([]);
  });

  it('a noun phrase with no verb of its own is not a clause', () => {
    expect(
      denials(
        'The Wall Street Journal reported that Acme would close the mine. Acme Mining denied the charges, saying the mine is safe.',
      ),
    ).toEqual([]);
  });
});

describe('"The director of the Center for Politics, Jan Novak, also denied the rumor": the name beside an opening role denies', () => {
  it('the named director, not the centre', () => {
    expect(
      denials(
        'The Wall Street Journal reported that the senator would quit. The director of the Center for Politics at Harbor University, Jan Novak, also denied the rumor on Twitter.',
      ),
    ).toEqual(['jan-novak: The senator would quit.']);
  });
});

describe('"Deputy Minister Carlos Fernandez de Cossio dismissed the report": a particle inside a name', () => {
  it('the whole name denies', () => {
    expect(
      denials(
        'The Wall Street Journal reported that the mine would close. Deputy Minister Luis Ortega de Castro dismissed the report as “unfounded”.',
      ),
    ).toEqual(['luis-ortega-de-castro: The mine would close.']);
  });
});

describe('"Virginia Republican Gov. Jan Novak denied …": an abbreviated title before the name', () => {
  it.each([
    'Virginia Republican Gov. Jan Novak denied the report.',
    'Texas Sen. Jan Novak denied the report.',
  ])('%s', (sentence) => {
    expect(
      denials('The Wall Street Journal reported that the mine would close. ' + sentence),
    ).toEqual(['jan-novak: The mine would close.']);
  });
});
