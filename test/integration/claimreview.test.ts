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
/** A valid review, by a reviewer of its own, of a claim the graph has not seen. */
const review = (name: string) => {
  const id = unique(name);
  return {
    '@type': 'ClaimReview',
    url: `https://${id}.example/review`,
    datePublished: '2025-11-08',
    author: { name: `Reviewer ${id}`, url: `https://${id}.example` },
    claimReviewed: `A claim reviewed by ${id}`,
    reviewRating: { alternateName: 'False' },
  };
};

/** What the graph holds of a review: its verdict (by URL), its claim (by text), its reviewer. */
const written = async (r: ReturnType<typeof review>) => {
  const [row] = await db.read(
    `RETURN COUNT { (v:Verdict) WHERE v.url = $url } AS verdicts,
            COUNT { (c:Claim) WHERE c.text = $text } AS claims,
            COUNT { (o:Outlet) WHERE o.name = $name } AS reviewers`,
    { url: r.url, text: r.claimReviewed, name: r.author.name },
  );
  return {
    verdicts: Number(row!.verdicts),
    claims: Number(row!.claims),
    reviewers: Number(row!.reviewers),
  };
};

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

  it('rejects the whole input when some reviews are broken, listing each problem, and writes none of it', async () => {
    const good = review('good');
    const res = await gql(app, IMPORT, {
      i: [
        good,
        { '@type': 'ClaimReview' },
        { ...review('bad-date'), datePublished: 'last Tuesday' },
      ],
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((res.errors![0]!.extensions!.problems as { path: string }[]).map((p) => p.path)).toEqual(
      [
        '$[1].url',
        '$[1].datePublished',
        '$[1].author.name',
        '$[1].claimReviewed',
        '$[1].reviewRating',
        '$[2].datePublished',
      ],
    );
    expect(await written(good)).toEqual({ verdicts: 0, claims: 0, reviewers: 0 });
  });

  it('rejects the whole input when one review names a claim the graph does not have', async () => {
    const good = review('good');
    const res = await gql(app, IMPORT, {
      i: [good, { ...review('unknown'), itemReviewed: { identifier: unique('no-such-claim') } }],
    });
    expect(res.errors?.[0]?.extensions?.problems).toEqual([
      { path: '$[1].itemReviewed.identifier', message: expect.stringContaining('unknown id') },
    ]);
    expect(await written(good)).toEqual({ verdicts: 0, claims: 0, reviewers: 0 });
    // The same valid review alone is accepted: the rejection was its neighbour's doing.
    const alone = await gql(app, IMPORT, { i: good });
    expect(alone.data.importClaimReviews).toEqual({
      verdicts: 1,
      claimsCreated: 1,
      reviewersCreated: 1,
    });
    expect(await written(good)).toEqual({ verdicts: 1, claims: 1, reviewers: 1 });
  });
});
