import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../server/extract/draft.ts';

const draft = (text: string) =>
  extractDraft({ url: 'https://www.latintimes.com/story-1', publishedAt: '2025-11-04', text })
    .document;
const lines = (text: string) =>
  draft(text).statements.map(
    (s) => `${s.type} ${s.source}${s.citing ? ` <- ${s.citing.join(',')}` : ''}`,
  );

describe('extraction rules', () => {
  it('speech cue: a named speaker said something, the article reports it citing her', () => {
    expect(lines('Maria Lopez said that the bridge will reopen next year.')).toEqual([
      'SAID maria-lopez',
      'REPORTED latin-times <- maria-lopez',
    ]);
  });

  it('an outlet report is a hop in the chain', () => {
    expect(lines('NBC News reported that the plan was approved in secret.')).toEqual([
      'REPORTED nbc-news',
      'REPORTED latin-times <- nbc-news',
    ]);
  });

  it('"two current and two former U.S. officials" is one anonymous source of four, scoped to the outlet told', () => {
    const d = draft(
      '"The plan is ready," two current and two former U.S. officials told NBC News.',
    );
    expect(d.anonymousSources).toEqual([
      expect.objectContaining({ count: 4, citedBy: 'nbc-news', affiliation: 'u-s' }),
    ]);
    const anon = d.anonymousSources[0]!.id;
    expect(
      lines('"The plan is ready," two current and two former U.S. officials told NBC News.'),
    ).toEqual([`SAID ${anon}`, `REPORTED nbc-news <- ${anon}`, 'REPORTED latin-times <- nbc-news']);
  });

  it('cross-sentence quotes and "she added" resolve to the last named person', () => {
    const d = draft('Ana Ruiz said the talks failed. "We tried. We will try again," she added.');
    expect(d.statements.filter((s) => s.type === 'SAID').map((s) => s.source)).toEqual([
      'ana-ruiz',
      'ana-ruiz',
    ]);
    expect(d.statements.find((s) => s.quote)?.quote).toBe('We tried. We will try again');
  });

  it('denial with its object, and a quoted "not going to happen" denies the claim answered', () => {
    const d = draft(
      'Mexican President Claudia Sheinbaum rejected a report claiming that troops will be sent to Mexico. Sheinbaum said "it\'s not going to happen."',
    );
    const denial = d.statements.filter((s) => s.type === 'DENIED');
    expect(denial).toHaveLength(1);
    expect(denial[0]).toMatchObject({
      source: 'claudia-sheinbaum',
      quote: "it's not going to happen",
    });
    expect(d.claims.find((c) => c.id === denial[0]!.claim)?.text).toBe(
      'Troops will be sent to Mexico.',
    );
  });

  it.each([
    // each carries a denial cue, so only the no-comment guard keeps it from becoming a statement
    'Officials declined to confirm or deny that the plan was approved.',
    'A spokesman declined to comment, rejecting the idea that troops will be sent.',
    'The Pentagon would neither confirm nor deny that troops will be sent to Mexico.',
  ])('never a denial, and no statement at all: %s', (sentence) => {
    expect(draft(sentence).statements).toEqual([]);
  });

  it('every statement carries its evidence with offsets into the input', () => {
    const text = 'Maria Lopez said that the bridge will reopen next year.';
    const s = draft(text).statements[0]!;
    expect(text.slice(...s.evidence.source!)).toBe('Maria Lopez');
    expect(text.slice(...s.evidence.cue)).toBe('said');
    expect(text.slice(...s.evidence.content)).toBe('that the bridge will reopen next year');
    expect(s.evidence.confidence).toBeGreaterThan(0);
    expect(s.evidence.confidence).toBeLessThanOrEqual(1);
  });
});

const SEED = '/work/shared/seed/000_aa17bf66d3b39eed.txt';
describe.skipIf(!existsSync(SEED))('the seed article', () => {
  it('Latin Times -> NBC News for the troops claim, and Sheinbaum denied it', () => {
    const d = extractDraft({
      url: 'https://www.latintimes.com/mexican-president-sheinbaum-rejects-report-about-us-potentially-sending-troops-mexico-not-591235',
      publishedAt: '2025-11-04',
      text: readFileSync(SEED, 'utf8'),
    }).document;
    const denied = d.statements.find(
      (s) => s.type === 'DENIED' && s.source === 'claudia-sheinbaum',
    );
    expect(denied?.quote).toBe("it's not going to happen");
    const troops = denied!.claim;
    expect(d.claims.find((c) => c.id === troops)?.text).toMatch(/troops into Mexico/);
    expect(d.statements).toContainEqual(
      expect.objectContaining({ type: 'REPORTED', source: 'nbc-news', claim: troops }),
    );
    expect(d.statements).toContainEqual(
      expect.objectContaining({
        type: 'REPORTED',
        source: 'latin-times',
        claim: troops,
        citing: ['nbc-news'],
      }),
    );
    expect(d.anonymousSources).toContainEqual(
      expect.objectContaining({ citedBy: 'nbc-news', count: 1 }),
    );
  });
});
