// Rules of the twentieth pass on issue 14, area C: round 23's errors, written as general rules.
import { describe, expect, it } from 'vitest';
import { draft, denials, lines } from './extract-helpers.ts';

// "E! News", "Yahoo! Finance": a brand whose name ends in an exclamation mark. The splitter read
// the mark as a sentence's end, so "told E! News." lost its listener and the words went to the
// article's own outlet.
describe('a brand ending in "!" is one name, not a sentence end', () => {
  it('the outlet told stands between the article and the speaker', () => {
    const got = lines('“The tour will go on,” the singer’s manager Dora Vance told E! News.');
    expect(got).toContain('SAID dora-vance');
    expect(got).toContain('REPORTED e-online <- dora-vance');
    expect(got).toContain('REPORTED latin-times <- e-online');
  });
  it('E! Online reports what it publishes', () => {
    const got = lines(
      'The actor has been seen at the studio twice this week, E! Online reported on Friday.',
    );
    expect(got).toContain('REPORTED e-online');
    expect(got).toContain('REPORTED latin-times <- e-online');
  });
  it('a brand with "!" leaves the next sentence its own', () => {
    const d = draft(
      'Milo Brandt told Yahoo! Finance that the merger was off. Globex said the talks went on.',
    );
    const said = d.statements.filter((s) => s.type === 'SAID').map((s) => s.source);
    expect(said).toEqual(expect.arrayContaining(['milo-brandt', 'globex']));
  });
});

// "However, a spokesman for the actress issued a statement. “…,” the spokesman said.": the
// definite "the spokesman" is the one the text introduced before, with its description. A
// sentence adverb and its comma before "a spokesman" were read as a name in apposition ("Jane
// Roe, a spokesman"), and the introduced source was dropped.
describe('the source introduced after a sentence adverb is the one referred back to', () => {
  it('keeps the whole description', () => {
    const d = draft(
      'However, a publicist for the veteran actress issued a statement on Monday. “She is resting at home and doing well,” the publicist told reporters.',
    );
    const descs = d.anonymousSources.map((a) => a.description);
    expect(descs).toContain('a publicist for the veteran actress');
    expect(descs).not.toContain('the publicist');
  });
  it('after "Meanwhile," too', () => {
    const d = draft(
      'Meanwhile, a spokeswoman for the mayor released a statement. “The bridge will reopen in May,” the spokeswoman said.',
    );
    expect(d.anonymousSources.map((a) => a.description)).toContain('a spokeswoman for the mayor');
  });
  it('a name in apposition still keeps the source its own', () => {
    const d = draft(
      'Karla Fenn, a spokeswoman for the mayor, spoke on Monday. “The bridge will reopen in May,” the spokeswoman said.',
    );
    expect(d.anonymousSources.map((a) => a.description)).not.toContain(
      'a spokeswoman for the mayor',
    );
  });
});

// "“Reports that P are false,” the spokesman said": a report noun without a determiner opening
// the subject clause called false names the proposition denied, as "the reports that P are
// false" does; the denial is of P, not of the claim the article reported last.
describe('"Reports that P are false" denies P', () => {
  it('inside a quote', () => {
    const got = denials(
      'Several outlets said on Friday that the singer Ina Roth had quit the band. A report by the Daily Ledger claimed that the drummer had also left. “Reports that Ina has left the group are false,” her manager Tom Pike said.',
    );
    expect(got.some((d) => /^tom-pike: .*Ina has left the group/.test(d))).toBe(true);
    expect(got.some((d) => /drummer/.test(d))).toBe(false);
  });
  it('"Claims that P are untrue"', () => {
    const got = denials(
      '“Claims that the company will close its Leeds plant are untrue,” Globex spokesman Arlo Penn said.',
    );
    expect(got.some((d) => /close its Leeds plant/.test(d))).toBe(true);
  });
  it('an outlet that reports a falsity is no denier', () => {
    const got = denials('Reuters reports that the figures were wrong, the agency said.');
    expect(got.filter((d) => d.startsWith('reuters'))).toEqual([]);
  });
});

// "We have not received any information suggesting the Games will not happen": an event said
// not to happen inside what information, a report or a rumour suggests is that content, not
// the speaker's verdict; the words are what the speaker said (ANNOTATION.md: "no information"
// is never a denial).
describe('"will not happen" inside what something suggests is no denial', () => {
  const none = (text: string) =>
    it(JSON.stringify(text), () => {
      expect(denials(text)).toEqual([]);
    });
  none(
    'The Herald reported that the festival would be cancelled. “We have not received any information suggesting the festival will not happen,” the Riverside Arts Board said.',
  );
  none(
    'The Herald reported that the festival would be cancelled. “We have seen no evidence indicating the event won’t happen as planned,” organiser Lena Brook said.',
  );
  none(
    'The Herald reported that the festival would be cancelled. Lena Brook said there were rumours that the festival would not happen, but she had heard nothing.',
  );
  it('the speaker’s own "won’t happen" stays a denial', () => {
    const got = denials(
      'The Herald reported that the festival would be cancelled. “That won’t happen,” organiser Lena Brook said.',
    );
    expect(got.some((d) => d.startsWith('lena-brook'))).toBe(true);
  });
});

// "the United States Olympic and Paralympic Committee", "the Food and Drug Administration":
// words joined by "and" before one singular body noun are one body's name; the speaker was cut
// in two ("united-states-olympic", "paralympic-committee"). A side that is a body or an
// initialism of its own, and a plural noun, keep two sources.
describe('"the A and B Committee" is one body', () => {
  const one = (text: string, id: string) =>
    it(JSON.stringify(text), () => {
      const got = lines(text).filter((l) => l.startsWith('SAID'));
      expect(got).toEqual([`SAID ${id}`]);
    });
  one(
    'The Securities and Exchange Commission said the filing was late.',
    'securities-and-exchange-commission',
  );
  one(
    'The Norwegian Ski and Snowboard Federation said the race would go ahead.',
    'norwegian-ski-and-snowboard-federation',
  );
  one(
    '“All events will run as planned,” the Canadian Olympic and Paralympic Committee wrote on its website.',
    'canadian-olympic-and-paralympic-committee',
  );
  const two = (text: string, ids: string[]) =>
    it(JSON.stringify(text), () => {
      const got = lines(text).filter((l) => l.startsWith('SAID'));
      expect(got).toEqual(expect.arrayContaining(ids.map((id) => `SAID ${id}`)));
    });
  two('The IOC and Tokyo Organising Committee said the Games would open on time.', [
    'ioc',
    'tokyo-organising-committee',
  ]);
  two('The Pentagon and State Department said the talks were over.', [
    'pentagon',
    'state-department',
  ]);
});

// "Globex Corp GLX.O said …", "Hanra Bio 301230.KS said …": Reuters prints an instrument code
// bare after a company's name. The splitter ended the sentence at its stop, so "O said …" or
// "KS said …" spoke, and the company named before it said nothing.
describe('a bare instrument code is no sentence end and no word of the name', () => {
  it('the company before the code is the speaker', () => {
    const got = lines(
      'SEOUL, March 3 (Reuters) - Hanra Bio 301230.KS said on Friday that a report saying it would buy Vexo Pharma VXP.O was not true.',
    );
    expect(got).toContain('DENIED hanra-bio');
    expect(got.some((l) => / ks\b|^\w+ o\b|-ks\b/.test(l))).toBe(false);
  });
  it('the code is no part of the claim', () => {
    const d = draft(
      'Globex Corp GLX.O spokesperson Mara Quint said the company would open a plant in Ohio.',
    );
    expect(d.statements.map((s) => s.source)).toContain('mara-quint');
    expect(d.claims.map((c) => c.text).join(' ')).not.toMatch(/GLX/);
  });
  it('a code inside the words said stays out of the claim', () => {
    const d = draft('Ferro Steel said it was in talks to buy Dunmore Metals DUN.L this year.');
    expect(d.claims.map((c) => c.text)).toContain(
      'It was in talks to buy Dunmore Metals this year.',
    );
  });
});

// "Hanra Bio said the report wasn't true", "the story simply isn't true, according to Acme": a
// linking verb with its negation run into it calls the report false as "was not true" does;
// the speaker's words were kept as a statement of their own ("The report wasn't true").
describe('"the report wasn’t true" is a denial', () => {
  const REPORT =
    'The Seoul Herald reported that Vexo Pharma was in talks to sell itself to Hanra Bio.';
  it.each([
    'Hanra Bio said in a filing on Friday that the report wasn’t true.',
    'Hanra Bio said the report isn’t true.',
    '“The story simply isn’t true,” Hanra Bio said.',
    'Hanra Bio said the reports weren’t accurate.',
  ])('%s', (sentence) => {
    const got = denials(`${REPORT} ${sentence}`);
    expect(got.some((d) => /^hanra-bio: .*Vexo Pharma was in talks/.test(d))).toBe(true);
    expect(lines(`${REPORT} ${sentence}`)).not.toContain('SAID hanra-bio');
  });
  it('a report that says something isn’t true is no denial of the report', () => {
    const got = denials(
      `${REPORT} Hanra Bio said the report claimed its results weren’t accurate, which it disputed.`,
    );
    expect(got.filter((d) => /Vexo Pharma was in talks/.test(d))).toEqual([]);
  });
});

// "X took to Twitter on Monday night to rubbish claims that P": the platform taken to and a
// time or place after it stand between "took" and the verb of what was said, and X is its
// subject. Only an adjacent "took to Twitter to say" was read; otherwise "Monday night" or
// "social media" became the speaker.
describe('"took to <platform> … to deny" has the one who took to it as speaker', () => {
  const REPORT = 'The Evening Courier reported that Dunmore Rovers had sacked coach Ivo Brenner.';
  it.each([
    'Club spokesman Pavel Ostrow took to Twitter on Monday night to rubbish claims that Brenner had been sacked.',
    'Club spokesman Pavel Ostrow took to social media to deny the reports.',
    'Club spokesman Pavel Ostrow took to X after the match to dismiss the report.',
  ])('%s', (sentence) => {
    const got = denials(`${REPORT} ${sentence}`);
    expect(got.some((d) => d.startsWith('pavel-ostrow:'))).toBe(true);
    expect(lines(`${REPORT} ${sentence}`).some((l) => /monday|social-media|match/.test(l))).toBe(
      false,
    );
  });
  it('took to Instagram late on Friday to say', () => {
    expect(
      lines('Lia Moreau took to Instagram late on Friday to say that the tour would go on.'),
    ).toContain('SAID lia-moreau');
  });
  it('"took to the streets to protest" is no statement', () => {
    expect(
      lines(
        'Thousands of workers took to the streets on Monday to protest against the plan.',
      ).filter((l) => /^(SAID|DENIED)/.test(l)),
    ).toEqual([]);
  });
});

// "dismissed media reports on Thursday that P as “pure fabrications”": the label the denier
// puts on the report ends the denial's object; it stayed in the claim ("P as pure
// fabrications"), and a label cut off leaves the proposition whole ("X is under investigation").
describe('the label of a dismissed report is no part of the claim denied', () => {
  it.each([
    'Globex on Friday dismissed media reports on Thursday that it would close the Leeds plant as “pure fabrications.”',
    'Globex on Friday rejected claims last week that it would close the Leeds plant as baseless.',
  ])('%s', (sentence) => {
    const got = denials(sentence);
    expect(got).toEqual(['globex: It would close the Leeds plant.']);
  });
  it('a quoted label after "described a report that P"', () => {
    const got = denials(
      'On Wednesday, ministry spokeswoman Lin Hao described a report that minister Zhou Pei is under investigation as “a complete fabrication”.',
    );
    expect(got).toEqual(['lin-hao: Minister Zhou Pei is under investigation.']);
  });
});

// "the Defense Department said it had no further comments": having no comment, further or
// immediate, refuses to comment and asserts nothing (ANNOTATION.md, "Never a denial"); only
// "nothing to say" and "would not comment" were read so.
describe('"had no further comments" is no statement', () => {
  const none = (text: string, speaker: string) =>
    it(JSON.stringify(text), () => {
      expect(lines(text).filter((l) => l.includes(speaker))).toEqual([]);
    });
  none('The Navy said it had no further comments.', 'navy');
  none('Asked about the report, Globex said it had no immediate comment.', 'globex');
  none('A spokeswoman for Initech said the company had no additional comment.', 'initech');
  it('a claim beside it stays', () => {
    expect(
      lines('Acme said it had no immediate comment, but the plant would stay open.'),
    ).toContain('SAID acme');
  });
});

// "Tokyo 2020 organisers said …": a year after a host's name names the event; the capital alone
// was read as the speaker, so the organisers' words went to the Japanese government. A year in
// an unnamed group's description counts no one ("Qatar 2022 officials" are not 2022).
describe('a host and a year name an event, not the host’s government', () => {
  it('the organisers of "Lisbon 2030" are no Portuguese government', () => {
    const got = lines('Lisbon 2030 organisers said they were fully focused on the Games.');
    expect(got).toContain('SAID lisbon-2030');
    expect(got.some((l) => l.includes('portuguese-government'))).toBe(false);
  });
  it('the capital alone still speaks for its government', () => {
    expect(lines('Lisbon said on Tuesday that the talks would go on.')).toContain(
      'SAID portuguese-government',
    );
  });
  it('a year in a description is no count', () => {
    const d = draft('Qatar 2030 officials said the stadiums were ready.');
    expect(d.anonymousSources.every((a) => a.count === undefined || a.count < 100)).toBe(true);
  });
});
