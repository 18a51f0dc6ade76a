// The origin rule over a claim's rows, the cases the seed article does not reach: loops, chains
// past the depth limit, one citation per article, speakers someone cites.
import { describe, expect, it } from 'vitest';
import {
  MAX_CHAIN_HOPS,
  traceOrigins,
  type ClaimEvidence,
} from '../../server/domain/provenance.ts';

const hop = (from: string, to: string, article: string | null = null) => ({
  from,
  to,
  at: null,
  article,
});
const evidence = (
  statements: ClaimEvidence['statements'],
  citations: ClaimEvidence['citations'],
  anonymous: string[] = [],
): ClaimEvidence => ({
  claimId: 'c',
  statements,
  citations,
  sources: new Map(anonymous.map((id) => [id, { anonymous: true, citedBy: 'x' }])),
});

describe('traceOrigins', () => {
  it('follows a chain from the uncited reporter to the source that cites no one', () => {
    const f = traceOrigins(
      evidence(
        [
          { type: 'REPORTED', source: 'latin' },
          { type: 'REPORTED', source: 'nbc' },
          { type: 'SAID', source: 'officials' },
        ],
        [hop('latin', 'nbc'), hop('nbc', 'officials')],
        ['officials'],
      ),
    );
    expect(f.chains.map((c) => c.sources)).toEqual([['latin', 'nbc', 'officials']]);
    expect(f.origins).toEqual([
      { id: 'officials', anonymous: true, citedBy: 'x', said: true, reported: false },
    ]);
    expect(f.reports).toBe(2);
  });

  it('keeps one chain per citation (two articles) and ends a loop', () => {
    const f = traceOrigins(
      evidence(
        [{ type: 'REPORTED', source: 'a' }],
        [hop('a', 'b', 'one'), hop('a', 'b', 'two'), hop('b', 'c'), hop('c', 'b'), hop('b', 'd')],
      ),
    );
    // a→b (either article) then b→d, or b→c→b→d: every relationship at most once per chain.
    expect(f.chains.map((c) => c.sources.join('>'))).toEqual([
      'a>b>c>b>d',
      'a>b>c>b>d',
      'a>b>d',
      'a>b>d',
    ]);
    expect(f.origins.map((o) => o.id)).toEqual(['d']);
  });

  it('stops at the depth limit, and a cited speaker is no origin', () => {
    const ids = Array.from({ length: MAX_CHAIN_HOPS + 2 }, (_, i) => `s${i}`);
    const long = traceOrigins(
      evidence(
        [{ type: 'REPORTED', source: 's0' }],
        ids.slice(1).map((id, i) => hop(ids[i]!, id)),
      ),
    );
    expect(long.chains).toEqual([]);
    // The aide said it citing the minister, and nobody reported it: the minister, though a
    // speaker, is cited for it, and no chain reaches them.
    const cited = traceOrigins(
      evidence(
        [
          { type: 'SAID', source: 'aide' },
          { type: 'SAID', source: 'minister' },
        ],
        [hop('aide', 'minister')],
      ),
    );
    expect(cited.origins.map((o) => o.id)).toEqual(['aide']);
  });
});
