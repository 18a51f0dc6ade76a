// Loading fact-checkers' ClaimReview JSON-LD: matched to our claims by id or text, idempotent,
// and written back as ClaimReview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { importSeed, seedArticle } from '../fixtures.ts';
import { gql, setup, unique } from '../helpers.ts';

let db: Database;
let app: App;
beforeAll(async () => {
  ({ db, app } = await setup());
  await importSeed(app);
});
afterAll(() => db.close());

const IMPORT = `mutation ($i: JSON!) { importClaimReviews(input: $i) { verdicts claimsCreated reviewersCreated } }`;
const core = seedArticle().claims!.find((c) => c.id === 'us-planning-troops-in-mexico')!;

describe('importClaimReviews', () => {
  it('matches a review to the seed claim by its text, and says nothing new the second time', async () => {
    const url = `https://checker.example/${unique('review')}`;
    const markup = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url,
      datePublished: '2025-11-06',
      author: { '@type': 'Organization', name: 'Checker Example', url: 'https://checker.example' },
      claimReviewed: core.text.toUpperCase(),
      reviewRating: { '@type': 'Rating', alternateName: 'Unproven' },
    };
    const first = await gql(app, IMPORT, { i: markup });
    expect(first.errors).toBeUndefined();
    expect(first.data.importClaimReviews).toMatchObject({ verdicts: 1, claimsCreated: 0 });
    const again = await gql(app, IMPORT, { i: [markup] });
    expect(again.data.importClaimReviews).toEqual({
      verdicts: 1,
      claimsCreated: 0,
      reviewersCreated: 0,
    });
    const { data } = await gql(
      app,
      `{ claim(id: "${core.id}") { verdicts { url rating ratingText reviewer { id name } reviewedAt } claimReviews } }`,
    );
    const mine = data.claim.verdicts.filter((v: any) => v.url === url);
    expect(mine).toEqual([
      {
        url,
        rating: 'UNVERIFIABLE',
        ratingText: 'Unproven',
        reviewer: { id: 'checker-example', name: 'Checker Example' },
        reviewedAt: '2025-11-06T00:00:00.000Z',
      },
    ]);
    const exported = data.claim.claimReviews.find((r: any) => r.url === url);
    expect(exported).toMatchObject({
      '@type': 'ClaimReview',
      itemReviewed: { identifier: core.id },
      author: { name: 'Checker Example' },
    });
  });

  it('creates the claim of a review about something the graph has not seen', async () => {
    const text = `A claim only a fact-checker saw ${unique('x')}`;
    const res = await gql(app, IMPORT, {
      i: {
        '@type': 'ClaimReview',
        url: `https://checker.example/${unique('new')}`,
        datePublished: '2025-11-07',
        author: { name: 'Checker Example', url: 'https://checker.example' },
        claimReviewed: text,
        reviewRating: { ratingValue: 2, worstRating: 1, bestRating: 5 },
      },
    });
    expect(res.data.importClaimReviews).toMatchObject({ verdicts: 1, claimsCreated: 1 });
    const found = await gql(
      app,
      `query ($t: String!) { search(text: $t, in: [CLAIMS], first: 1) { edges { node { node { ... on Claim { text verdicts { rating } } } } } } }`,
      { t: text },
    );
    expect(found.data.search.edges[0].node.node).toEqual({
      text,
      verdicts: [{ rating: 'MOSTLY_FALSE' }],
    });
  });

  it('rejects the whole input when one review is broken, listing each problem', async () => {
    const res = await gql(app, IMPORT, { i: [{ '@type': 'ClaimReview' }] });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((res.errors![0]!.extensions!.problems as { path: string }[]).map((p) => p.path)).toEqual(
      [
        '$[0].url',
        '$[0].datePublished',
        '$[0].author.name',
        '$[0].claimReviewed',
        '$[0].reviewRating',
      ],
    );
  });
});
