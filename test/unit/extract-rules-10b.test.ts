// Denial rules of the tenth pass on issue 14 (area B), each written for a kind of denial the
// classification of round 4's misses found (/tmp/cls-keep/round4-misses.md: PARTICIPLE,
// DENIAL-PHRASE, DENIAL-IN-CONTINUATION), as news prose in general words it. The sentences are
// our own; each case fails without its rule.
import { describe, expect, it } from 'vitest';
import { denials, lines } from './extract-helpers.ts';

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
