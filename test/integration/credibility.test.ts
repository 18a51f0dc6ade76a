// Credibility with hand-computable answers: the Beta posterior, echoes that earn nothing,
// circular reporting against independent corroboration, a verdict that flips a ranking, the seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { IMPORT, importSeed } from '../fixtures.ts';
import { gql, setup, unique } from '../helpers.ts';

let db: Database;
let app: App;
const p = unique('cred');
const day = (d: number) => `2025-03-${String(d).padStart(2, '0')}`;

async function load(doc: unknown) {
  const res = await gql(app, IMPORT, { input: doc });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

async function verdict(claim: string, rating: string, d: number) {
  const res = await gql(
    app,
    `mutation ($i: VerdictInput!) { recordVerdict(input: $i) { id rating } }`,
    {
      i: {
        claim,
        reviewer: `${p}-checker`,
        rating,
        reviewedAt: `${day(d)}T12:00:00Z`,
        url: `https://checker.example/${p}/${claim}/${rating}`,
      },
    },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

const recompute = async () => {
  const res = await gql(app, 'mutation { recomputeCredibility { methodVersion claims } }');
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.recomputeCredibility;
};

const CREDIBILITY = `query ($id: ID!, $asOf: DateTime) { source(id: $id) { credibility(asOf: $asOf) {
  score methodVersion computedAt asOf
  components { prior priorStrength priorWeight observedReliability observedWeight }
  evidence { claims confirmed refuted denied corroborated reports anonymousReports reReports } } } }`;
const credibilityOf = async (id: string, asOf?: string) =>
  (await gql(app, CREDIBILITY, { id, asOf })).data.source.credibility;

/** An article of `outlet` reporting `claims` as said by `actor` (one statement pair each). */
const saidAndReported = (
  actor: string,
  outlet: string,
  claims: string[],
  d: number,
  extra: object = {},
) => ({
  article: { url: `https://${outlet}.example/${p}/${actor}/${d}`, outlet, publishedAt: day(d) },
  actors: [{ id: actor, name: actor, kind: 'PERSON' }],
  outlets: [{ id: outlet, name: outlet }],
  claims: claims.map((id) => ({ id, text: `Claim ${id}` })),
  statements: claims.flatMap((claim) => [
    { type: 'SAID', source: actor, claim },
    { type: 'REPORTED', source: outlet, claim, citing: [actor] },
  ]),
  ...extra,
});

beforeAll(async () => {
  ({ db, app } = await setup());
  await importSeed(app);
  await load({
    article: {
      url: `https://checker.example/${p}/about`,
      outlet: `${p}-checker`,
      publishedAt: day(1),
    },
    outlets: [{ id: `${p}-checker`, name: 'Fact Checker' }],
  });
  // A speaker with four claims: three later confirmed, one refuted.
  const four = [1, 2, 3, 4].map((i) => `${p}-four-${i}`);
  await load(saidAndReported(`${p}-speaker`, `${p}-wire`, four, 2));
  for (const c of four.slice(0, 3)) await verdict(c, 'TRUE', 20);
  await verdict(four[3]!, 'FALSE', 21);
  // An outlet reporting a claim on its own, and one that only echoes it.
  await load({
    article: {
      url: `https://origin.example/${p}/scoop`,
      outlet: `${p}-origin`,
      publishedAt: day(3),
    },
    outlets: [{ id: `${p}-origin`, name: 'Origin Daily' }],
    claims: [{ id: `${p}-scoop`, text: 'A scoop' }],
    statements: [{ type: 'REPORTED', source: `${p}-origin`, claim: `${p}-scoop` }],
  });
  await load({
    article: { url: `https://echo.example/${p}/scoop`, outlet: `${p}-echo`, publishedAt: day(4) },
    outlets: [{ id: `${p}-echo`, name: 'Echo Weekly' }],
    statements: [
      { type: 'REPORTED', source: `${p}-echo`, claim: `${p}-scoop`, citing: [`${p}-origin`] },
    ],
  });
  await verdict(`${p}-scoop`, 'TRUE', 22);
  // Circular: five outlets echo one outlet's anonymous official. Corroborated: three speakers.
  await load({
    article: { url: `https://leak.example/${p}/x`, outlet: `${p}-leak`, publishedAt: day(5) },
    outlets: [{ id: `${p}-leak`, name: 'Leak Post' }],
    anonymousSources: [{ id: `${p}-insider`, description: 'an insider', citedBy: `${p}-leak` }],
    claims: [{ id: `${p}-circular`, text: 'Circular claim' }],
    statements: [
      { type: 'SAID', source: `${p}-insider`, claim: `${p}-circular` },
      { type: 'REPORTED', source: `${p}-leak`, claim: `${p}-circular`, citing: [`${p}-insider`] },
    ],
  });
  for (let i = 0; i < 5; i++) {
    await load({
      article: {
        url: `https://copy${i}.example/${p}/x`,
        outlet: `${p}-copy-${i}`,
        publishedAt: day(6),
      },
      outlets: [{ id: `${p}-copy-${i}`, name: `Copy ${i}` }],
      statements: [
        {
          type: 'REPORTED',
          source: `${p}-copy-${i}`,
          claim: `${p}-circular`,
          citing: [`${p}-leak`],
        },
      ],
    });
  }
  for (let i = 0; i < 3; i++)
    await load(saidAndReported(`${p}-witness-${i}`, `${p}-paper-${i}`, [`${p}-corroborated`], 7));
  // Two speakers for the ranking flip: A is corroborated by A2, B stands alone.
  await load(saidAndReported(`${p}-a`, `${p}-paper-a`, [`${p}-claim-a`], 8));
  await load(saidAndReported(`${p}-a2`, `${p}-paper-a2`, [`${p}-claim-a`], 8));
  await load(saidAndReported(`${p}-b`, `${p}-paper-b`, [`${p}-claim-b`], 8));
  await recompute();
});
afterAll(() => db.close());

describe('credibility', () => {
  it('gives a source with 3 confirmed and 1 refuted claims exactly the Beta posterior mean (3 + 1) / (4 + 2)', async () => {
    const c = await credibilityOf(`${p}-speaker`);
    expect(c.evidence).toMatchObject({ claims: 4, confirmed: 3, refuted: 1 });
    // No unresolved claims: the prior is the neutral 0.5 with a strength of 2 pseudo-claims.
    expect(c.components).toMatchObject({ prior: 0.5, priorStrength: 2, observedReliability: 0.75 });
    expect(c.components.priorWeight).toBeCloseTo(2 / 6, 12);
    expect(c.components.observedWeight).toBeCloseTo(4 / 6, 12);
    expect(c.score).toBeCloseTo((3 + 1) / (4 + 2), 12);
    expect(c.methodVersion).toBe('credibility-v1');
  });

  it('gives an outlet that only echoes another outlet’s confirmed scoop nothing for it', async () => {
    const echo = await credibilityOf(`${p}-echo`);
    const origin = await credibilityOf(`${p}-origin`);
    expect(echo.evidence).toMatchObject({ claims: 0, confirmed: 0, reports: 1, reReports: 1 });
    expect(echo.score).toBe(0.5);
    expect(origin.evidence).toMatchObject({ claims: 1, confirmed: 1, reReports: 0 });
    expect(origin.score).toBeCloseTo((1 + 1) / (1 + 2), 12);
  });

  it('believes a claim with three independent origins more than one echoed by five outlets', async () => {
    const q = `query ($id: ID!) { claim(id: $id) { assessment { confidence independentOrigins resolution }
        provenance { reports independentOrigins circular } } }`;
    const circular = (await gql(app, q, { id: `${p}-circular` })).data.claim;
    const corroborated = (await gql(app, q, { id: `${p}-corroborated` })).data.claim;
    expect(circular.provenance).toEqual({ reports: 6, independentOrigins: 1, circular: true });
    expect(corroborated.provenance).toEqual({ reports: 3, independentOrigins: 3, circular: false });
    expect(circular.assessment).toMatchObject({ independentOrigins: 1, resolution: 'UNRESOLVED' });
    expect(corroborated.assessment).toMatchObject({
      independentOrigins: 3,
      resolution: 'UNRESOLVED',
    });
    expect(corroborated.assessment.confidence).toBeGreaterThan(circular.assessment.confidence);
    // The anonymous insider is judged through the outlet that cites it.
    expect(await credibilityOf(`${p}-insider`)).toEqual(await credibilityOf(`${p}-leak`));
  });

  it('lets a verdict flip the ranking of two sources', async () => {
    const before = [await credibilityOf(`${p}-a`), await credibilityOf(`${p}-b`)];
    expect(before[0].score).toBeGreaterThan(before[1].score);
    await verdict(`${p}-claim-a`, 'FALSE', 25);
    await verdict(`${p}-claim-b`, 'TRUE', 25);
    await recompute();
    const after = [await credibilityOf(`${p}-a`), await credibilityOf(`${p}-b`)];
    expect(after[1].score).toBeGreaterThan(after[0].score);
    expect(after[0].evidence).toMatchObject({ refuted: 1, corroborated: 1 });
    // As of a date before the verdicts, nothing was resolved yet.
    const earlier = await credibilityOf(`${p}-b`, '2025-03-24T00:00:00Z');
    expect(earlier).toMatchObject({
      asOf: '2025-03-24T00:00:00.000Z',
      evidence: { claims: 1, confirmed: 0, refuted: 0 },
      score: 0.5,
    });
  });

  it('on the seed: NBC News answers for its anonymous officials; Latin Times only re-reports', async () => {
    const nbc = await credibilityOf('nbc-news');
    expect(nbc.evidence).toEqual({
      claims: 8,
      confirmed: 0,
      refuted: 0,
      denied: 1,
      corroborated: 0,
      reports: 8,
      anonymousReports: 8,
      reReports: 0,
    });
    const lt = await credibilityOf('latin-times');
    expect(lt.evidence).toMatchObject({
      claims: 0,
      reports: 17,
      reReports: 17,
      anonymousReports: 0,
    });
    expect(lt.score).toBe(0.5);
    const sheinbaum = await credibilityOf('claudia-sheinbaum');
    expect(sheinbaum.evidence).toMatchObject({ claims: 3, confirmed: 0, refuted: 0 });
    // Her denial opposes the officials' claim: it is believed less than their undenied claims.
    const q = `query ($id: ID!) { claim(id: $id) { assessment { confidence } } }`;
    const denied = (await gql(app, q, { id: 'us-planning-troops-in-mexico' })).data.claim.assessment
      .confidence;
    const undenied = (await gql(app, q, { id: 'us-mexico-mission-training-begun' })).data.claim
      .assessment.confidence;
    expect(denied).toBeLessThan(undenied);
  });

  it('ranks sources with evidence, most credible first', async () => {
    const { data } = await gql(
      app,
      '{ credibilityRanking(first: 100) { totalCount edges { node { id credibility { score } } } } }',
    );
    const scores = data.credibilityRanking.edges.map((e: any) => e.node.credibility.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    const run = await gql(app, '{ credibilityRun { methodVersion iterations claims } }');
    expect(run.data.credibilityRun).toMatchObject({
      methodVersion: 'credibility-v1',
      iterations: 5,
    });
  });
  it('counts independent origins by one rule in provenance and in the assessment', async () => {
    // The outlet cites an actor who has no statement of their own: the chain ends at the actor,
    // the claim's one origin (design: an origin is where the chains end).
    const claim = `${p}-hearsay`;
    await load({
      article: {
        url: `https://relay.example/${p}/hearsay`,
        outlet: `${p}-relay`,
        publishedAt: day(20),
      },
      actors: [{ id: `${p}-quiet`, name: 'Quiet Minister', kind: 'PERSON' }],
      outlets: [{ id: `${p}-relay`, name: 'Relay' }],
      claims: [{ id: claim, text: `Claim ${claim}` }],
      statements: [{ type: 'REPORTED', source: `${p}-relay`, claim, citing: [`${p}-quiet`] }],
    });
    await recompute();
    const res = await gql(
      app,
      `query ($id: ID!) { claim(id: $id) { assessment { independentOrigins } provenance { independentOrigins } } }`,
      { id: claim },
    );
    expect(res.data.claim.provenance.independentOrigins).toBe(1);
    expect(res.data.claim.assessment.independentOrigins).toBe(1);
  });
});
