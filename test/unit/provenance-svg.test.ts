// The provenance drawer on hand-made provenance, without a database: what it marks and how it
// treats text it did not write.
import { describe, expect, it } from 'vitest';
import { NO_COPYING, summarize, type ProvenanceFacts } from '../../server/domain/provenance.ts';
import type { SourceRecord, StatementRecord } from '../../server/domain/records.ts';
import { COLORS, drawProvenance, wrap } from '../../server/pictures/provenance-svg.ts';
import { provenancePictureUrl } from '../../server/pictures/url.ts';

const outlet = (id: string, name: string): SourceRecord => ({
  __typename: 'Outlet',
  id,
  name,
  domain: null,
  country: null,
});
const anonymous = (id: string, name: string): SourceRecord => ({
  __typename: 'AnonymousSource',
  id,
  name,
  description: name,
  count: null,
  affiliation: null,
  citedBy: 'wire',
});
const denial = (source: string, at: string): StatementRecord => ({
  id: `${source}-denies`,
  type: 'DENIED',
  source,
  claim: 'c',
  at,
  quote: null,
  article: null,
  machine: false,
  reviewed: true,
  reviewedBy: null,
  reviewedAt: null,
  evidence: null,
  citing: [],
});

const facts: ProvenanceFacts = {
  claimId: 'c',
  chains: [
    {
      sources: ['paper', 'wire', 'insider'],
      hops: [
        { from: 'paper', to: 'wire', at: '2025-01-02T10:00:00.000Z', article: null },
        { from: 'wire', to: 'insider', at: null, article: null },
      ],
    },
  ],
  origins: [{ id: 'insider', anonymous: true, citedBy: 'wire', said: false, reported: false }],
  reports: 2,
};

function draw(claimText = 'A claim', denials: StatementRecord[] = []) {
  return drawProvenance({
    claim: { __typename: 'Claim', id: 'c', text: claimText, topics: [], firstSeenAt: null },
    asOf: null,
    summary: summarize(facts, NO_COPYING),
    denials,
    sources: [
      outlet('paper', 'The <Paper> & Co'),
      outlet('wire', 'Wire'),
      anonymous('insider', 'an insider'),
      outlet('rival', 'Rival'),
    ],
  });
}

describe('drawProvenance', () => {
  it('escapes every text it draws', () => {
    const svg = draw('Says "<script>alert(1)</script>" & more');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('The &lt;Paper&gt; &amp; Co');
  });

  it('dates the hops it has a date for, dashes anonymous origins and cited-only links', () => {
    const svg = draw();
    expect(svg).toContain('cites · 2025-01-02');
    expect(svg.match(/cites · /g)).toHaveLength(1);
    const insider = /<g class="node source" data-id="insider">\s*<rect [^>]*>/.exec(svg)?.[0];
    expect(insider).toContain('stroke-dasharray');
    expect(insider).toContain(`stroke="${COLORS.AnonymousSource}"`);
    // The insider is cited for the claim, with no statement of its own recorded.
    expect(svg).toMatch(
      /class="edge origin" data-from="insider" data-to="claim">\s*<path [^>]*stroke-dasharray/,
    );
  });

  it('draws denials in their own colour, even from a source that is also in a chain', () => {
    const svg = draw('A claim', [
      denial('wire', '2025-01-03T00:00:00Z'),
      denial('rival', '2025-01-04T00:00:00Z'),
    ]);
    for (const [who, date] of [
      ['wire', '2025-01-03'],
      ['rival', '2025-01-04'],
    ]) {
      const edge = new RegExp(
        `class="edge denial" data-from="${who}" data-to="claim">\\s*<path [^>]*stroke="${COLORS.denial}"[^>]*>\\s*<text[^>]*>denied · ${date}</text>`,
      );
      expect(svg).toMatch(edge);
    }
    expect(svg).toMatch(/data-id="wire">[\s\S]*?cited · denied/);
  });
});

describe('wrap', () => {
  it('keeps lines within the width, cutting only words longer than a line', () => {
    expect(wrap('two current and two former U.S. officials', 24)).toEqual([
      'two current and two',
      'former U.S. officials',
    ]);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('provenancePictureUrl', () => {
  it('encodes the id and the date', () => {
    expect(provenancePictureUrl('a/b c', '2025-11-03T12:00:00.000Z')).toBe(
      '/claims/a%2Fb%20c/provenance.svg?asOf=2025-11-03T12%3A00%3A00.000Z',
    );
  });
});
