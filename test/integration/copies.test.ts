// Copy detection through the real service (issue 16 item 3): the pairs a full recompute finds
// are stored, shown on both outlets with their evidence, and discounted by the one origin rule
// in provenance and in the assessment alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { IMPORT } from '../fixtures.ts';
import { gql, setup, unique } from '../helpers.ts';

let db: Database;
let app: App;
const p = unique('copies');
const day = (d: number) => `2025-05-${String(d).padStart(2, '0')}`;
const wire = `${p}-wire`;
const mirror = `${p}-mirror`;
const indie = `${p}-indie`;
const early = `${p}-early`;
const late = `${p}-late`;
const story = (k: number) => `${p}-story-${k}`;
const slow = (k: number) => `${p}-slow-${k}`;
const ministry = `${p}-ministry`;
const herald = `${p}-herald`;
const courier = `${p}-courier`;
const scraper = `${p}-scraper`;

async function call(query: string, variables?: Record<string, unknown>) {
  const res = await gql(app, query, variables);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** `outlet` reports `claim` on its own account at `at`, or citing an actor. */
const report = (outlet: string, claim: string, at: string, citing?: string) =>
  call(IMPORT, {
    input: {
      article: { url: `https://${outlet}.example/${claim}`, outlet, publishedAt: at },
      outlets: [{ id: outlet, name: outlet }],
      ...(citing && { actors: [{ id: citing, name: citing, kind: 'GOVERNMENT' }] }),
      claims: [{ id: claim, text: `Claim ${claim}` }],
      statements: [
        { type: 'REPORTED', source: outlet, claim, ...(citing && { citing: [citing] }) },
      ],
    },
  });

const recompute = () => call('mutation { recomputeCredibility { methodVersion } }');

const COPIES = `query ($id: ID!) { source(id: $id) { ... on Outlet {
  likelyCopies { outlet { id } sharedClaims sharedFalseClaims copierFirstClaims medianDelayHours score computedAt }
  likelyCopiedFrom { outlet { id } sharedClaims sharedFalseClaims copierFirstClaims medianDelayHours score computedAt } } } }`;

const ORIGINS = `query ($id: ID!) { claim(id: $id) {
  assessment { independentOrigins }
  provenance { independentOrigins mergedOrigins { origin { id } mergedInto { id } reason } } } }`;

beforeAll(async () => {
  ({ db, app } = await setup());
  // The wire breaks four stories; an hour later the mirror carries each, citing nobody. The
  // first story is also reported, on its own and six hours later, by an independent outlet; the
  // last turns out false.
  for (let k = 0; k < 4; k++) {
    await report(wire, story(k), `${day(10 + k)}T10:00:00Z`);
    await report(mirror, story(k), `${day(10 + k)}T11:00:00Z`);
  }
  await report(indie, story(0), `${day(10)}T16:00:00Z`);
  await call(`mutation ($i: VerdictInput!) { recordVerdict(input: $i) { id } }`, {
    i: {
      claim: story(3),
      reviewer: indie,
      rating: 'FALSE',
      reviewedAt: `${day(25)}T12:00:00Z`,
      url: `https://checker.example/${p}/verdict`,
    },
  });
  // Two outlets carrying the same stories five days apart: no copying pattern.
  for (let k = 0; k < 4; k++) {
    await report(early, slow(k), `${day(1 + k)}T09:00:00Z`);
    await report(late, slow(k), `${day(6 + k)}T09:00:00Z`);
  }
  // The herald and the courier both report five statements of the ministry, the courier always
  // an hour and a half later, both citing the ministry: not a copy. The scraper carries four of
  // the herald's own stories uncited an hour after it: a copy.
  for (let k = 0; k < 5; k++) {
    await report(herald, `${p}-ministry-${k}`, `${day(15 + k)}T08:30:00Z`, ministry);
    await report(courier, `${p}-ministry-${k}`, `${day(15 + k)}T10:00:00Z`, ministry);
  }
  for (let k = 0; k < 4; k++) {
    await report(herald, `${p}-scoop-${k}`, `${day(15 + k)}T14:00:00Z`);
    await report(scraper, `${p}-scoop-${k}`, `${day(15 + k)}T15:00:00Z`);
  }
  await recompute();
});

afterAll(() => db.close());

describe('likely copies', () => {
  it('shows the pair on both outlets with its evidence', async () => {
    const evidence = {
      sharedClaims: 4,
      sharedFalseClaims: 1,
      copierFirstClaims: 0,
      medianDelayHours: 1,
      score: expect.any(Number),
      computedAt: expect.any(String),
    };
    const m = (await call(COPIES, { id: mirror })).source;
    expect(m.likelyCopiedFrom).toEqual([{ outlet: { id: wire }, ...evidence }]);
    expect(m.likelyCopies).toEqual([]);
    // (4 shared + 3 × 1 false) / (4 of the wire's own + 3 × 1 false) = 1, less the mirror's 4
    // in the claims of every outlet in the graph (at least this file's 17).
    const score = m.likelyCopiedFrom[0].score as number;
    expect(score).toBeGreaterThanOrEqual(1 - 4 / 17);
    expect(score).toBeLessThan(1);
    const w = (await call(COPIES, { id: wire })).source;
    expect(w.likelyCopies).toEqual([{ outlet: { id: mirror }, ...evidence, score }]);
    expect(w.likelyCopiedFrom).toEqual([]);
    for (const id of [indie, early, late]) {
      const s = (await call(COPIES, { id })).source;
      expect(s, id).toEqual({ likelyCopies: [], likelyCopiedFrom: [] });
    }
  });

  it('does not take two outlets citing the same ministry for a copy', async () => {
    const h = (await call(COPIES, { id: herald })).source;
    expect(h.likelyCopies.map((c: { outlet: { id: string } }) => c.outlet.id)).toEqual([scraper]);
    expect(h.likelyCopiedFrom).toEqual([]);
    expect((await call(COPIES, { id: courier })).source).toEqual({
      likelyCopies: [],
      likelyCopiedFrom: [],
    });
  });

  it('merges the copier’s origin in both counts, and says why', async () => {
    const c = (await call(ORIGINS, { id: story(0) })).claim;
    expect(c.provenance.independentOrigins).toBe(2);
    expect(c.assessment.independentOrigins).toBe(2);
    expect(c.provenance.mergedOrigins).toEqual([
      { origin: { id: mirror }, mergedInto: { id: wire }, reason: expect.any(String) },
    ]);
    const reason = c.provenance.mergedOrigins[0].reason as string;
    expect(reason).toContain(`${mirror} likely copies ${wire}`);
    expect(reason).toContain(`4 of ${wire}'s claims`);
    expect(reason).toContain('1 later refuted; 0 carried before it');
    expect(reason).toContain('median delay 1.0 h');
    // Circular: two reports, and with the copy merged, one origin.
    const one = (await call(ORIGINS, { id: story(1) })).claim;
    expect(one.provenance.independentOrigins).toBe(1);
    expect(one.assessment.independentOrigins).toBe(1);
  });

  it('merges nothing without the copying pattern', async () => {
    const c = (await call(ORIGINS, { id: slow(0) })).claim;
    expect(c.provenance).toEqual({ independentOrigins: 2, mergedOrigins: [] });
    expect(c.assessment.independentOrigins).toBe(2);
  });

  it('reads the pairs of many outlets and claims in one query each', async () => {
    const queries: string[] = [];
    const stop = db.observe((q) => void queries.push(q));
    const ids = [wire, mirror, indie, early, late];
    await call(
      `query { ${ids.map((id, i) => `o${i}: source(id: "${id}") { ... on Outlet { likelyCopies { score } likelyCopiedFrom { score } } }`).join(' ')}
        ${[0, 1, 2, 3].map((k) => `c${k}: provenance(claimId: "${story(k)}") { independentOrigins }`).join(' ')} }`,
    );
    stop();
    expect(queries.filter((q) => q.includes('LIKELY_COPIES'))).toHaveLength(2);
  });

  it('merges copies as of a date too, in provenance and in credibility', async () => {
    const asOf = `${day(24)}T00:00:00Z`;
    const q = `query ($id: ID!, $claim: ID!, $asOf: DateTime!) {
      claim(id: $claim) { provenance(asOf: $asOf) { independentOrigins mergedOrigins { origin { id } mergedInto { id } } } }
      source(id: $id) { credibility(asOf: $asOf) { evidence { claims corroborated } } } }`;
    const d = await call(q, { id: wire, claim: story(0), asOf });
    expect(d.claim.provenance).toEqual({
      independentOrigins: 2,
      mergedOrigins: [{ origin: { id: mirror }, mergedInto: { id: wire } }],
    });
    // Only the first story has an origin besides the wire and its copy (the independent
    // outlet): one corroborated claim of four, as in the current view.
    expect(d.source.credibility.evidence).toEqual({ claims: 4, corroborated: 1 });
    const now = await call(
      `query ($id: ID!) { source(id: $id) { credibility { evidence { claims corroborated } } } }`,
      { id: wire },
    );
    expect(now.source.credibility.evidence).toEqual({ claims: 4, corroborated: 1 });
    // Before the mirror's report of a story, there is nothing to merge.
    const before = await call(q, { id: wire, claim: story(1), asOf: `${day(11)}T10:30:00Z` });
    expect(before.claim.provenance).toEqual({ independentOrigins: 1, mergedOrigins: [] });
  });

  it('replaces the pairs wholesale at each full recompute', async () => {
    await recompute();
    expect((await call(COPIES, { id: mirror })).source.likelyCopiedFrom).toHaveLength(1);
    // The wire turns out to carry four of the mirror's own stories an hour after it, one of
    // them refuted too: each follows the other as often as it leads, so neither copies.
    for (let k = 0; k < 4; k++) {
      await report(mirror, `${p}-own-${k}`, `${day(20 + k)}T08:00:00Z`);
      await report(wire, `${p}-own-${k}`, `${day(20 + k)}T09:00:00Z`);
    }
    await call(`mutation ($i: VerdictInput!) { recordVerdict(input: $i) { id } }`, {
      i: {
        claim: `${p}-own-3`,
        reviewer: indie,
        rating: 'FALSE',
        reviewedAt: `${day(28)}T12:00:00Z`,
        url: `https://checker.example/${p}/verdict-own`,
      },
    });
    await recompute();
    expect((await call(COPIES, { id: mirror })).source.likelyCopiedFrom).toEqual([]);
    expect((await call(COPIES, { id: wire })).source.likelyCopies).toEqual([]);
    const c = (await call(ORIGINS, { id: story(0) })).claim;
    expect(c.provenance).toEqual({ independentOrigins: 3, mergedOrigins: [] });
    expect(c.assessment.independentOrigins).toBe(3);
  });
});
