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
    expect(c.methodVersion).toBe('credibility-v2');
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
    // Nothing resolved: its score is its prior, the mean truth-discovery confidence of its 8
    // claims with 2 pseudo-claims at 0.5 (the worked example in docs/credibility.md).
    const reported = await gql(
      app,
      `{ source(id: "nbc-news") { statements(type: REPORTED) { edges { node { claim { assessment { confidence } } } } } } }`,
    );
    const confidences = reported.data.source.statements.edges.map(
      (e: any) => e.node.claim.assessment.confidence as number,
    );
    expect(confidences).toHaveLength(8);
    const prior = (confidences.reduce((a: number, b: number) => a + b, 0) + 2 * 0.5) / (8 + 2);
    expect(nbc.components.prior).toBeCloseTo(prior, 12);
    expect(nbc.score).toBeCloseTo(prior, 12);
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
    // Every page: other tests' sources may rank above these.
    const ranked: any[] = [];
    let totalCount = 0;
    for (let after: string | undefined; ;) {
      const { data } = await gql(
        app,
        `query ($after: String) { credibilityRanking(first: 100, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id credibility { score } } } } }`,
        { after },
      );
      ranked.push(...data.credibilityRanking.edges.map((e: any) => e.node));
      totalCount = data.credibilityRanking.totalCount;
      if (!data.credibilityRanking.pageInfo.hasNextPage || ranked.length > 100_000) break;
      after = data.credibilityRanking.pageInfo.endCursor;
    }
    expect(ranked).toHaveLength(totalCount);
    const scores = ranked.map((n: any) => n.credibility.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    const ids = ranked.map((n: any) => n.id);
    // The speaker (3 of 4 confirmed: 4/6), B (1 of 1 after the flip: 2/3) and the origin (1 of
    // 1: 2/3) tie: more evidence first, then by id.
    const tied = [`${p}-speaker`, `${p}-b`, `${p}-origin`];
    expect(ids).toEqual(expect.arrayContaining(tied));
    expect(ids.filter((id: string) => tied.includes(id))).toEqual(tied);
    expect(ids.indexOf(`${p}-speaker`)).toBeLessThan(ids.indexOf(`${p}-a`));
    // Sources answering for no claim of their own are not ranked: the echo only re-reports.
    expect(ids).not.toContain(`${p}-echo`);
    const run = await gql(app, '{ credibilityRun { methodVersion iterations claims } }');
    expect(run.data.credibilityRun).toMatchObject({
      methodVersion: 'credibility-v2',
      iterations: 5,
    });
  });

  it('as of a date, counts the verdicts reviewed by then and not those reviewed later', async () => {
    const speaker = `${p}-speaker`;
    // Three TRUE verdicts on 20 March, one FALSE on 21 March, all at noon.
    const before = await credibilityOf(speaker, '2025-03-20T11:59:59Z');
    expect(before.evidence).toMatchObject({ claims: 4, confirmed: 0, refuted: 0 });
    expect(before.score).toBe(0.5);
    const between = await credibilityOf(speaker, '2025-03-20T12:00:00Z');
    expect(between.evidence).toMatchObject({ claims: 4, confirmed: 3, refuted: 0 });
    expect(between.score).toBeCloseTo((3 + 2 * 0.5) / (3 + 0 + 2), 12);
    const after = await credibilityOf(speaker, '2025-03-22T00:00:00Z');
    expect(after.evidence).toMatchObject({ claims: 4, confirmed: 3, refuted: 1 });
    expect(after.score).toBeCloseTo((3 + 2 * 0.5) / (3 + 1 + 2), 12);
    // Before its statements (2 March) the speaker had said nothing.
    const earliest = await credibilityOf(speaker, '2025-03-01T00:00:00Z');
    expect(earliest.evidence).toMatchObject({ claims: 0, confirmed: 0, refuted: 0 });
  });
});

const RESOLUTION = `query ($id: ID!) { claim(id: $id) { assessment { resolution confidence } } }`;
const resolutionOf = async (id: string) =>
  (await gql(app, RESOLUTION, { id })).data.claim.assessment.resolution;

describe('how verdicts and statements settle a claim', () => {
  it('takes the latest verdict by review date, whatever order they were recorded in', async () => {
    const [flipped, restored] = [`${p}-latest-1`, `${p}-latest-2`];
    await load(saidAndReported(`${p}-late-speaker`, `${p}-late-paper`, [flipped, restored], 9));
    await verdict(flipped, 'TRUE', 10);
    await verdict(flipped, 'FALSE', 12);
    await verdict(flipped, 'MOSTLY_TRUE', 11); // recorded last, reviewed before the FALSE one
    await verdict(restored, 'FALSE', 10);
    await verdict(restored, 'TRUE', 12);
    await recompute();
    expect(await resolutionOf(flipped)).toBe('REFUTED');
    expect(await resolutionOf(restored)).toBe('CONFIRMED');
    expect((await credibilityOf(`${p}-late-speaker`)).evidence).toMatchObject({
      claims: 2,
      confirmed: 1,
      refuted: 1,
    });
  });

  it('leaves a claim open under a MIXED or UNVERIFIABLE verdict, even one after a TRUE verdict', async () => {
    const mixed = `${p}-open-mixed`;
    const unverifiable = `${p}-open-unverifiable`;
    const later = `${p}-open-true-then-mixed`;
    await load(
      saidAndReported(`${p}-open-speaker`, `${p}-open-paper`, [mixed, unverifiable, later], 9),
    );
    await verdict(mixed, 'MIXED', 10);
    await verdict(unverifiable, 'UNVERIFIABLE', 10);
    await verdict(later, 'TRUE', 10);
    await verdict(later, 'MIXED', 11);
    await recompute();
    for (const claim of [mixed, unverifiable, later])
      expect(await resolutionOf(claim), claim).toBe('UNRESOLVED');
    const c = await credibilityOf(`${p}-open-speaker`);
    expect(c.evidence).toMatchObject({ claims: 3, confirmed: 0, refuted: 0 });
    const asOf = await credibilityOf(`${p}-open-speaker`, '2025-03-10T23:00:00Z');
    expect(asOf.evidence).toMatchObject({ claims: 3, confirmed: 1, refuted: 0 });
    const asOfLater = await credibilityOf(`${p}-open-speaker`, '2025-03-11T23:00:00Z');
    expect(asOfLater.evidence).toMatchObject({ claims: 3, confirmed: 0, refuted: 0 });
  });

  it('resolves a claim confirmed on the record, and one its own source retracted', async () => {
    const speaker = `${p}-settled-speaker`;
    const official = `${p}-official`;
    const confirmed = `${p}-settled-confirmed`;
    const retracted = `${p}-settled-retracted`;
    const retractedByOther = `${p}-settled-other`;
    await load(
      saidAndReported(speaker, `${p}-settled-paper`, [confirmed, retracted, retractedByOther], 9),
    );
    await load({
      article: {
        url: `https://record.example/${p}/settled`,
        outlet: `${p}-settled-paper`,
        publishedAt: day(14),
      },
      actors: [{ id: official, name: 'An Official', kind: 'GOVERNMENT' }],
      statements: [
        { type: 'CONFIRMED', source: official, claim: confirmed },
        { type: 'RETRACTED', source: speaker, claim: retracted },
        // Withdrawing what someone else said refutes nothing.
        { type: 'RETRACTED', source: official, claim: retractedByOther },
      ],
    });
    await recompute();
    expect(await resolutionOf(confirmed)).toBe('CONFIRMED');
    expect(await resolutionOf(retracted)).toBe('REFUTED');
    expect(await resolutionOf(retractedByOther)).toBe('UNRESOLVED');
    expect((await credibilityOf(speaker)).evidence).toMatchObject({
      claims: 3,
      confirmed: 1,
      refuted: 1,
    });
    // Before the statements of the 14th, nothing was settled.
    const asOf = await credibilityOf(speaker, '2025-03-13T00:00:00Z');
    expect(asOf.evidence).toMatchObject({ claims: 3, confirmed: 0, refuted: 0 });
  });
});

describe('truth discovery, by hand on three outlets', () => {
  it('gives each outlet the score the documented method computes', async () => {
    // X is reported by T1 and T2; Y by T3 and denied by T1; Z by T2 and T3. Each outlet reports
    // on its own, so each is an origin of what it reports (no echoes).
    const t = (n: number) => `${p}-td-${n}`;
    const c = (n: string) => `${p}-td-${n}`;
    const reports = (outlet: string, claims: string[], denies: string[] = []) =>
      load({
        article: { url: `https://${outlet}.example/${p}`, outlet, publishedAt: day(15) },
        outlets: [{ id: outlet, name: outlet }],
        claims: claims.map((id) => ({ id, text: `Claim ${id}` })),
        statements: [
          ...claims.map((claim) => ({ type: 'REPORTED', source: outlet, claim })),
          ...denies.map((claim) => ({ type: 'DENIED', source: outlet, claim })),
        ],
      });
    await reports(t(2), [c('x'), c('z')]);
    await reports(t(3), [c('y'), c('z')]);
    await reports(t(1), [c('x')], [c('y')]);
    await recompute();

    // The method as docs/credibility.md states it (steps 3 and 4): trust starts
    // at 0.5; five times, a claim's confidence is 1 / (1 + e^(-0.8 σ)) with
    // σ = Σ origins -ln(1 - t) - Σ deniers -ln(1 - t) (t capped at 0.95), then a source's trust
    // is (Σ confidence of its claims + Σ (1 - confidence) of claims it denied + 2 · 0.5) / (n + 2);
    // then the confidences once more. With nothing resolved, a score is its prior:
    // (Σ confidence of its claims + Σ (1 - confidence) of its denials + 2 · 0.5) / (n + 2).
    // First pass by hand: every σ of X and Z is 2 ln 2, confidence 1 / (1 + 2^-1.6) ≈ 0.7518;
    // Y's σ is ln 2 - ln 2 = 0, confidence 0.5. Trust: T1 (0.7518 + 0.5 + 1) / 4 ≈ 0.5630,
    // T2 (0.7518 + 0.7518 + 1) / 4 ≈ 0.6259, T3 (0.5 + 0.7518 + 1) / 4 ≈ 0.5630.
    const claims = {
      x: { origins: [1, 2], deniers: [] as number[] },
      y: { origins: [3], deniers: [1] },
      z: { origins: [2, 3], deniers: [] as number[] },
    };
    const w = (trust: number) => -Math.log(1 - Math.min(trust, 0.95));
    let trust: Record<number, number> = { 1: 0.5, 2: 0.5, 3: 0.5 };
    const confidences = () =>
      Object.fromEntries(
        Object.entries(claims).map(([k, { origins, deniers }]) => {
          const sigma =
            origins.reduce((s, o) => s + w(trust[o]!), 0) -
            deniers.reduce((s, d) => s + w(trust[d]!), 0);
          return [k, 1 / (1 + Math.exp(-0.8 * sigma))];
        }),
      ) as Record<keyof typeof claims, number>;
    let conf = confidences();
    expect(conf.x).toBeCloseTo(1 / (1 + 2 ** -1.6), 12);
    for (let i = 0; i < 5; i++) {
      conf = confidences();
      trust = Object.fromEntries(
        [1, 2, 3].map((s) => {
          const own = Object.entries(claims).filter(([, v]) => v.origins.includes(s));
          const denied = Object.entries(claims).filter(([, v]) => v.deniers.includes(s));
          const total =
            own.reduce((a, [k]) => a + conf[k as keyof typeof claims], 0) +
            denied.reduce((a, [k]) => a + 1 - conf[k as keyof typeof claims], 0);
          return [s, (total + 2 * 0.5) / (own.length + denied.length + 2)];
        }),
      );
    }
    conf = confidences();
    // T1 denied Y, still open: its prior counts the chance the denial is right, 1 - conf(Y).
    const expected = {
      1: (conf.x + 1 - conf.y + 1) / (2 + 2),
      2: (conf.x + conf.z + 1) / (2 + 2),
      3: (conf.y + conf.z + 1) / (2 + 2),
    };
    for (const s of [1, 2, 3] as const) {
      const got = await credibilityOf(t(s));
      expect(got.evidence, t(s)).toMatchObject({
        claims: s === 1 ? 1 : 2,
        confirmed: 0,
        refuted: 0,
      });
      expect(got.score, t(s)).toBeCloseTo(expected[s], 9);
    }
    for (const k of ['x', 'y', 'z'] as const) {
      const { confidence } = (await gql(app, RESOLUTION, { id: c(k) })).data.claim.assessment;
      expect(confidence, k).toBeCloseTo(conf[k], 9);
    }
    // The denial costs Y: T3, whose claims are Y and Z, ends below T2, whose claims are X and Z.
    expect(expected[3]).toBeLessThan(expected[2]);
  });
});

describe('independent origins', () => {
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
