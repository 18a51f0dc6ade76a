// Denial rules of the tenth pass on issue 14 (area B), each written for a kind of denial the
// classification of round 4's misses found (/tmp/cls-keep/round4-misses.md: PARTICIPLE,
// DENIAL-PHRASE, DENIAL-IN-CONTINUATION), as news prose in general words it. The sentences are
// our own; each case fails without its rule.
import { describe, expect, it } from 'vitest';
import { denials, draft, lines } from './extract-helpers.ts';

const REPORT = 'The Boston Globe reported that Mayor Hans Berg would resign by June.';

describe('a denial verb then ", calling / saying / stating …" is one denial', () => {
  it('"pushed back on the reports Tuesday night, calling them …": the time is when, not what', () => {
    const text = `${REPORT} City Hall spokeswoman Ana Lopez pushed back on the reports Tuesday night, calling them “gossip” in a post and stating that Berg “has no plans to leave.”`;
    expect(denials(text)).toEqual(['ana-lopez: Mayor Hans Berg would resign by June.']);
    expect(lines(text)).not.toContain('SAID ana-lopez');
  });

  it('"denied the alleged news, saying …": news is what a denial verb denies', () => {
    const text = `${REPORT} Deputy mayor Tomas Ruiz on Tuesday denied the alleged news, saying that the story is “pure invention.”`;
    expect(denials(text)).toEqual(['tomas-ruiz: Mayor Hans Berg would resign by June.']);
    expect(lines(text)).not.toContain('SAID tomas-ruiz');
  });

  it('the participle after a denial says nothing of its own', () => {
    const text = `${REPORT} Ana Lopez denied the report, saying that the mayor is busy with the budget.`;
    expect(lines(text)).toEqual([
      'REPORTED boston-globe',
      'REPORTED latin-times <- boston-globe',
      'DENIED ana-lopez',
    ]);
  });

  it('a participle after a statement that denies nothing stays a statement', () => {
    const text = `${REPORT} Ana Lopez spoke on Tuesday night, saying that the mayor is busy with the budget.`;
    expect(lines(text)).toContain('SAID ana-lopez');
    expect(denials(text)).toEqual([]);
  });
});

describe('denial idioms news prose uses beside "denied"', () => {
  it('"The alleged news was denied by the ministry": news denied in the passive', () => {
    expect(denials(`${REPORT} The alleged news was denied by City Hall.`)).toEqual([
      'city-hall: Mayor Hans Berg would resign by June.',
    ]);
  });

  it.each([
    'Spokeswoman Ana Lopez quickly shot that down, saying the mayor has a budget to pass.',
    'Spokeswoman Ana Lopez shot down the report on Tuesday.',
    'Spokeswoman Ana Lopez poured cold water on the report.',
  ])('a phrasal denial: %s', (sentence) => {
    expect(denials(`${REPORT} ${sentence}`)).toEqual([
      'ana-lopez: Mayor Hans Berg would resign by June.',
    ]);
  });

  it('"shot down" a proposal or a drone is no denial', () => {
    expect(
      denials(`${REPORT} Council member Ana Lopez shot down the budget proposal on Tuesday.`),
    ).toEqual([]);
  });

  // the claims called ridiculous name their proposition, which is the claim denied, as with "the
  // claims that …" (rules-20c)
  it('a report called ridiculous: Claims that Berg will step down are “ridiculous,” …', () => {
    expect(
      denials(
        `${REPORT} Claims that Berg will step down are “ridiculous,” spokeswoman Ana Lopez said.`,
      ),
    ).toEqual(['ana-lopez: Berg will step down.']);
  });

  it.each([
    'Spokeswoman Ana Lopez said the report was “absurd and has no basis in truth.”',
    'Spokeswoman Ana Lopez said the story was “a hoax.”',
  ])('a report called ridiculous, absurd, a hoax, with no basis in truth: %s', (sentence) => {
    expect(denials(`${REPORT} ${sentence}`)).toEqual([
      'ana-lopez: Mayor Hans Berg would resign by June.',
    ]);
  });

  it('"ridiculous" said of something other than a report denies nothing', () => {
    expect(
      denials(
        `${REPORT} The price of the new stadium is “ridiculous,” spokeswoman Ana Lopez said.`,
      ),
    ).toEqual([]);
  });
});

describe('"Media reports that X are false, Y said": the report named in the words denied is X', () => {
  it('with no report before it, the claim is the one the rejected reports carry', () => {
    expect(
      denials(
        'Press reports that the airline will cut 2,000 jobs are “absurd,” chief executive Ana Lopez said on Monday.',
      ),
    ).toEqual(['ana-lopez: The airline will cut 2,000 jobs.']);
  });
  it('a clause that is no report ("Fears that …") is not a report denied', () => {
    expect(
      denials(
        'Fears that the airline will cut 2,000 jobs are “absurd,” chief executive Ana Lopez said on Monday.',
      ),
    ).toEqual([]);
  });
});

describe('a denial verb in the speaker’s own words: "said the company denies that …"', () => {
  const ACME = 'Reuters reported that Acme is in talks to buy Globex.';
  it.each([
    [
      'A spokeswoman for Acme, Ana Lopez, said the company denies that it is in talks to buy Globex.',
      'ana-lopez',
    ],
    ['“We deny the report,” Acme Corp said.', 'acme-corp'],
    [
      '“We have seen the reports, and the company firmly rejects such speculation,” Acme Corp said.',
      'acme-corp',
    ],
  ])('%s', (sentence, who) => {
    const text = `${ACME} ${sentence}`;
    expect(denials(text)).toContain(`${who}: Acme is in talks to buy Globex.`);
    expect(lines(text)).not.toContain(`SAID ${who}`);
  });

  it('someone else’s denial reported by the speaker is not the speaker’s', () => {
    expect(
      denials(`${ACME} Analyst Ana Lopez said the minister denies that Acme is in talks.`),
    ).not.toContain('ana-lopez: Acme is in talks to buy Globex.');
  });

  it('"we do not deny" is no denial', () => {
    expect(denials(`${ACME} “We do not deny that we have met Globex,” Acme Corp said.`)).toEqual(
      [],
    );
  });
});

describe('a quotation that runs on after its speaker can deny: “… are untrue.”', () => {
  const ACME = 'Reuters reported that Acme is in talks to buy Globex.';
  it('a run-on sentence of the quote says the reports are untrue: the speaker denies them', () => {
    const text = `${ACME} “We do not discuss our plans,” said Acme spokesman John Reed. “Reports of talks with Globex are untrue.”`;
    expect(denials(text)).toEqual(['john-reed: Acme is in talks to buy Globex.']);
  });
  it('a run-on paragraph: “There is no truth in the rumours.”', () => {
    const text = `${ACME} Acme spokesman John Reed said in a statement: “We do not discuss our plans.”\n\n“There is no truth in the rumours.”`;
    expect(denials(text)).toEqual(['john-reed: Acme is in talks to buy Globex.']);
    expect(draft(text).claims.map((c) => c.text)).not.toContain(
      'There is no truth in the rumours.',
    );
  });
  it('a run-on quote that rejects nothing stays what was said', () => {
    const text = `${ACME} “We do not discuss our plans,” said Acme spokesman John Reed. “Our results come out in May.”`;
    expect(denials(text)).toEqual([]);
    expect(lines(text)).toContain('SAID john-reed');
  });
});
