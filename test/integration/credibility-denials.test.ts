// Credibility v2 (issue 16): every statement a verdict can settle counts for its source, denials
// included; one rule for independent origins; the incremental update after a verdict agrees
// with a full recompute. Scores are computed by hand from the formula in docs/credibility.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { ImportStore } from '../../server/db/import-store.ts';
import { CredibilityStore } from '../../server/db/credibility-store.ts';
import { importDocuments } from '../../server/import/importer.ts';
import { articleIdFromUrl } from '../../server/import/format.ts';
import { generateDocuments } from '../../seed/synthetic.ts';
import { IMPORT } from '../fixtures.ts';
import { gql, setup, unique } from '../helpers.ts';

let db: Database;
let app: App;
const p = unique('deny');
const day = (d: number) => `2025-04-${String(d).padStart(2, '0')}`;
const checker = `${p}-checker`;

async function load(doc: unknown) {
  const res = await gql(app, IMPORT, { input: doc });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

let reviews = 0;
async function verdict(claim: string, rating: string, d = 20) {
  const res = await gql(app, `mutation ($i: VerdictInput!) { recordVerdict(input: $i) { id } }`, {
    i: {
      claim,
      reviewer: checker,
      rating,
      reviewedAt: `${day(d)}T12:00:00Z`,
      url: `https://checker.example/${p}/${claim}/${reviews++}`,
    },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

async function recompute() {
  const res = await gql(app, 'mutation { recomputeCredibility { methodVersion } }');
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

const score = async (id: string): Promise<number> => {
  const res = await gql(app, `query ($id: ID!) { source(id: $id) { credibility { score } } }`, {
    id,
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.source.credibility.score;
};

const EVIDENCE = `query ($id: ID!) { source(id: $id) { credibility {
  score computedAt priorComputedAt components { prior }
  evidence { claims confirmed refuted denials denialsUpheld denialsProvenWrong summary } } } }`;
const evidence = async (id: string) => {
  const res = await gql(app, EVIDENCE, { id });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.source.credibility;
};

/** An outlet reports `claim` on its own; `denier` (an actor) denies it in the same article. */
const reportedAndDenied = (outlet: string, claim: string, denier: string, d: number) => ({
  article: { url: `https://${outlet}.example/${p}/${claim}`, outlet, publishedAt: day(d) },
  actors: [{ id: denier, name: denier, kind: 'PERSON' }],
  outlets: [{ id: outlet, name: outlet }],
  claims: [{ id: claim, text: `Claim ${claim}` }],
  statements: [
    { type: 'REPORTED', source: outlet, claim },
    { type: 'DENIED', source: denier, claim },
  ],
});

beforeAll(async () => {
  ({ db, app } = await setup());
  await load({
    article: { url: `https://checker.example/${p}/about`, outlet: checker, publishedAt: day(1) },
    outlets: [{ id: checker, name: 'Fact Checker' }],
  });
});
afterAll(() => db.close());

describe('denials answer for themselves', () => {
  it('gives a spokesman whose denial a TRUE verdict proves wrong exactly (0 + 2 · 0.5) / (1 + 2)', async () => {
    const spokesman = `${p}-spokesman`;
    await load(reportedAndDenied(`${p}-daily`, `${p}-transcript`, spokesman, 2));
    await verdict(`${p}-transcript`, 'TRUE');
    await recompute();
    expect(await score(spokesman)).toBeCloseTo(1 / 3, 12);
    const c = await evidence(spokesman);
    expect(c.evidence).toMatchObject({
      claims: 0,
      denials: 1,
      denialsUpheld: 0,
      denialsProvenWrong: 1,
    });
    expect(c.evidence.summary).toContain('1 denial proven wrong');
  });

  it('raises an actor whose denial a FALSE verdict upholds to (1 + 2 · 0.5) / (1 + 2)', async () => {
    const minister = `${p}-minister`;
    await load(reportedAndDenied(`${p}-tabloid`, `${p}-rumour`, minister, 3));
    await verdict(`${p}-rumour`, 'FALSE');
    await recompute();
    expect(await score(minister)).toBeCloseTo(2 / 3, 12);
    expect((await evidence(minister)).evidence.summary).toContain('1 denial upheld');
  });

  it('lowers an outlet that carried an anonymous official’s denial of a claim later confirmed', async () => {
    const carrier = `${p}-carrier`;
    const claim = `${p}-leak`;
    await load({
      article: {
        url: `https://scoop.example/${p}/leak`,
        outlet: `${p}-scoop`,
        publishedAt: day(4),
      },
      outlets: [{ id: `${p}-scoop`, name: 'Scoop' }],
      claims: [{ id: claim, text: `Claim ${claim}` }],
      statements: [{ type: 'REPORTED', source: `${p}-scoop`, claim }],
    });
    await load({
      article: { url: `https://carrier.example/${p}/leak`, outlet: carrier, publishedAt: day(5) },
      outlets: [{ id: carrier, name: 'Carrier' }],
      anonymousSources: [{ id: `${p}-official`, description: 'an official', citedBy: carrier }],
      statements: [{ type: 'DENIED', source: `${p}-official`, claim }],
    });
    await verdict(claim, 'TRUE');
    await recompute();
    expect(await score(carrier)).toBeCloseTo(1 / 3, 12);
    expect((await evidence(carrier)).evidence).toMatchObject({ denials: 1, denialsProvenWrong: 1 });
  });
});

describe('incremental update after a verdict', () => {
  it('matches a full recompute on a random sequence of verdicts, without one', async () => {
    // Six sources over twelve claims, each claim reported by one or two of them and denied by
    // another: a seeded random graph, then a random sequence of verdicts (re-ratings included).
    let state = 16;
    const rand = (n: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % n;
    };
    const sources = [0, 1, 2, 3, 4, 5].map((i) => `${p}-inc-${i}`);
    const claims = Array.from({ length: 12 }, (_, k) => `${p}-inc-claim-${k}`);
    for (const [k, claim] of claims.entries()) {
      const a = rand(6);
      const b = (a + 1 + rand(5)) % 6;
      const d = (b + 1 + rand(4)) % 6;
      const statements = [
        { type: 'REPORTED', source: sources[a]!, claim },
        ...(rand(2) ? [{ type: 'REPORTED', source: sources[b]!, claim }] : []),
        ...(d !== a ? [{ type: 'DENIED', source: sources[d]!, claim }] : []),
      ];
      await load({
        article: { url: `https://inc.example/${p}/${k}`, outlet: sources[a]!, publishedAt: day(6) },
        outlets: sources.map((id) => ({ id, name: id })),
        claims: [{ id: claim, text: `Claim ${claim}` }],
        statements,
      });
    }
    await recompute();
    const ratings = ['TRUE', 'FALSE', 'MOSTLY_TRUE', 'MIXED', 'MOSTLY_FALSE', 'UNVERIFIABLE'];
    // How fast the update is belongs to npm run bench:credibility, which times 20 verdicts.
    for (let i = 0; i < 15; i++)
      await verdict(claims[rand(claims.length)]!, ratings[rand(ratings.length)]!, 10 + i);
    const incremental = await Promise.all(sources.map(evidence));
    await recompute();
    const full = await Promise.all(sources.map(evidence));
    for (const [i, id] of sources.entries()) {
      const inc = incremental[i]!;
      const settled = ({ evidence: e }: typeof inc) => ({
        confirmed: e.confirmed,
        refuted: e.refuted,
        denialsUpheld: e.denialsUpheld,
        denialsProvenWrong: e.denialsProvenWrong,
      });
      expect(settled(inc), id).toEqual(settled(full[i]!));
      // The incremental score: this settled part, and the prior of the run before the verdicts.
      const { confirmed, refuted, denialsUpheld, denialsProvenWrong } = settled(inc);
      expect(inc.score, id).toBeCloseTo(
        (confirmed + denialsUpheld + 2 * inc.components.prior) /
          (confirmed + refuted + denialsUpheld + denialsProvenWrong + 2),
        12,
      );
      expect(inc.priorComputedAt < full[i]!.priorComputedAt, id).toBe(true);
    }
  }, 120_000);
});

describe('incremental update after an import or a recorded statement', () => {
  it('counts a denial imported after the verdict at once, without a recompute', async () => {
    const claim = `${p}-settled-first`;
    const late = `${p}-late-denier`;
    await load({
      article: {
        url: `https://early.example/${p}/settled`,
        outlet: `${p}-early`,
        publishedAt: day(7),
      },
      outlets: [{ id: `${p}-early`, name: 'Early' }],
      claims: [{ id: claim, text: `Claim ${claim}` }],
      statements: [{ type: 'REPORTED', source: `${p}-early`, claim }],
    });
    await verdict(claim, 'TRUE', 8);
    await recompute();
    await load({
      article: {
        url: `https://late.example/${p}/settled`,
        outlet: `${p}-late`,
        publishedAt: day(9),
      },
      outlets: [{ id: `${p}-late`, name: 'Late' }],
      actors: [{ id: late, name: 'Late Denier', kind: 'PERSON' }],
      claims: [{ id: claim, text: `Claim ${claim}` }],
      statements: [{ type: 'DENIED', source: late, claim }],
    });
    const c = await evidence(late);
    expect(c.evidence).toMatchObject({ denialsProvenWrong: 1 });
    expect(c.score).toBeCloseTo((0 + 2 * c.components.prior) / (1 + 2), 12);
  });

  it('counts a statement recorded after the verdict at once, without a recompute', async () => {
    const claim = `${p}-recorded`;
    const speaker = `${p}-recorded-speaker`;
    await load({
      article: {
        url: `https://early.example/${p}/recorded`,
        outlet: `${p}-early2`,
        publishedAt: day(7),
      },
      outlets: [{ id: `${p}-early2`, name: 'Early 2' }],
      actors: [{ id: speaker, name: 'Speaker', kind: 'PERSON' }],
      claims: [{ id: claim, text: `Claim ${claim}` }],
      statements: [{ type: 'REPORTED', source: `${p}-early2`, claim }],
    });
    await verdict(claim, 'FALSE', 8);
    await recompute();
    const res = await gql(
      app,
      `mutation ($i: RecordStatementInput!) { recordStatement(input: $i) { type } }`,
      {
        i: {
          type: 'SAID',
          source: speaker,
          claim,
          at: `${day(9)}T10:00:00Z`,
          article: articleIdFromUrl(`https://early.example/${p}/recorded`),
        },
      },
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    expect((await evidence(speaker)).evidence).toMatchObject({ refuted: 1 });
  });
});

describe('copying', () => {
  it('does not count an outlet that carries another’s claims uncited an hour later as a second origin', async () => {
    const wire = `${p}-wire`;
    const mirror = `${p}-mirror`;
    for (let k = 0; k < 4; k++) {
      const claim = `${p}-wire-story-${k}`;
      for (const [outlet, hour] of [
        [wire, 10],
        [mirror, 11],
      ] as const)
        await load({
          article: {
            url: `https://${outlet}.example/${p}/${k}`,
            outlet,
            publishedAt: `${day(10 + k)}T${hour}:00:00Z`,
          },
          outlets: [{ id: outlet, name: outlet }],
          claims: [{ id: claim, text: `Claim ${claim}` }],
          statements: [{ type: 'REPORTED', source: outlet, claim }],
        });
    }
    await recompute();
    const e = (await evidence(wire)).evidence;
    expect(e.claims).toBe(4);
    const res = await gql(
      app,
      `query ($id: ID!) { source(id: $id) { credibility { evidence { corroborated } } } }`,
      { id: wire },
    );
    expect(res.data.source.credibility.evidence.corroborated).toBe(0);
  });
});

describe('a source with several statements about one claim', () => {
  it('gives each of its reports the citations of its own article', async () => {
    const relay = `${p}-relay`;
    const claim = `${p}-relayed`;
    const officials = `${relay}-officials`;
    const minister = `${p}-minister`;
    const article = (k: string, d: number) => ({
      url: `https://${relay}.example/${k}`,
      outlet: relay,
      publishedAt: day(d),
    });
    // First on its officials' word, two days later citing the minister.
    await load({
      article: article('first', 3),
      outlets: [{ id: relay, name: relay }],
      anonymousSources: [{ id: officials, description: 'officials', citedBy: relay }],
      claims: [{ id: claim, text: `Claim ${claim}` }],
      statements: [
        { type: 'SAID', source: officials, claim },
        { type: 'REPORTED', source: relay, claim, citing: [officials] },
      ],
    });
    await load({
      article: article('second', 5),
      outlets: [{ id: relay, name: relay }],
      actors: [{ id: minister, name: minister, kind: 'PERSON' }],
      claims: [{ id: claim, text: `Claim ${claim}` }],
      statements: [{ type: 'REPORTED', source: relay, claim, citing: [minister] }],
    });
    await recompute();
    const q = `query ($id: ID!) { source(id: $id) {
      now: credibility { evidence { reports anonymousReports reReports } }
      asOf: credibility(asOf: "2100-01-01T00:00:00Z") { evidence { reports anonymousReports reReports } } } }`;
    const res = await gql(app, q, { id: relay });
    expect(res.errors).toBeUndefined();
    const expected = { reports: 2, anonymousReports: 1, reReports: 1 };
    expect(res.data.source.now.evidence).toEqual(expected);
    expect(res.data.source.asOf.evidence).toEqual(expected);
  });
});

describe('one rule for independent origins', () => {
  it('gives the same count in provenance and in the assessment for every synthetic claim', async () => {
    // Two outlets copy (the copiers option), so that merged origins are counted too.
    const docs = [...generateDocuments({ claims: 150, seed: 16, copiers: 2 })];
    const store = new ImportStore(db);
    for (let i = 0; i < docs.length; i += 50) await importDocuments(store, docs.slice(i, i + 50));
    await recompute();
    const ids = [...new Set(docs.flatMap((d) => d.claims?.map((c) => c.id) ?? []))];
    expect(ids.length).toBe(150);
    const counts = new Map<number, number>();
    let merged = 0;
    for (let i = 0; i < ids.length; i += 15) {
      const page = ids.slice(i, i + 15);
      const fields = `{ id assessment { independentOrigins }
        provenance { independentOrigins mergedOrigins { origin { id } } } }`;
      const res = await gql(
        app,
        `query (${page.map((_, j) => `$c${j}: ID!`).join(', ')}) {
           ${page.map((_, j) => `c${j}: claim(id: $c${j}) ${fields}`).join('\n')} }`,
        Object.fromEntries(page.map((id, j) => [`c${j}`, id])),
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      for (const c of Object.values(res.data) as any[]) {
        expect(c.assessment.independentOrigins, c.id).toBe(c.provenance.independentOrigins);
        merged += c.provenance.mergedOrigins.length;
        counts.set(
          c.provenance.independentOrigins,
          (counts.get(c.provenance.independentOrigins) ?? 0) + 1,
        );
      }
    }
    // The corpus has circular claims (one origin), corroborated ones (several) and copies.
    expect(counts.get(1) ?? 0).toBeGreaterThan(0);
    expect([...counts.keys()].some((n) => n >= 2)).toBe(true);
    expect(merged).toBeGreaterThan(10);

    // The recompute's global scans count what the per-claim query behind `credibility(asOf:)`
    // counts, source by source, copies merged alike (the prior aside: as of a date it is neutral).
    const credibility = new CredibilityStore(db);
    const outlets = [...new Set(docs.flatMap((d) => d.outlets?.map((o) => o.id) ?? []))];
    const full = await credibility.bySourceIds(outlets);
    let compared = 0;
    for (const [i, id] of outlets.entries()) {
      const perClaim = await credibility.asOf(id, '2100-01-01T00:00:00Z');
      expect(full[i]?.evidence, id).toEqual(perClaim?.evidence);
      if ((perClaim?.evidence.claims ?? 0) > 0) compared++;
    }
    expect(compared).toBeGreaterThan(5);
  }, 300_000);
});
