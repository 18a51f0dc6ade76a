// The counts kept on each source (server/db/source-counters.ts) stay what counting the graph
// from scratch gives, through imports that change them in every way they can change: a new
// report, a second report of the same claim, a later named source that makes an anonymous-only
// claim no longer so, a first and a second denial, a citation added to an old report, and a
// document imported again. Each step is checked against an oracle written here, from the
// statements and the provenance the API computes, and through the API's own counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { migrateSources } from '../../server/db/source-counters.ts';
import { IMPORT } from '../fixtures.ts';
import { gql, removeTestData, setup, unique } from '../helpers.ts';

let db: Database;
let app: App;
const p = unique('counters');
const id = (name: string) => `${p}-${name}`;
const SOURCES = ['daily', 'weekly', 'wire', 'minister', 'denier', 'anon-1', 'anon-2'].map(id);

/** One article of `outlet` on `date`, about the claims its statements name. */
const article = (name: string, outlet: string, date: string, statements: object[]) => ({
  article: { url: `https://example.org/${p}/${name}`, outlet: id(outlet), publishedAt: date },
  outlets: ['daily', 'weekly', 'wire'].map((o) => ({ id: id(o), name: `${o} ${p}` })),
  actors: [
    { id: id('minister'), name: `Minister ${p}`, kind: 'GOVERNMENT' },
    { id: id('denier'), name: `Denier ${p}`, kind: 'PERSON' },
  ],
  anonymousSources: [
    { id: id('anon-1'), description: 'an official', citedBy: id('daily') },
    { id: id('anon-2'), description: 'two aides', citedBy: id('weekly') },
  ],
  claims: ['k1', 'k2', 'k3'].map((k) => ({ id: id(k), text: `Claim ${k} of ${p}` })),
  statements: statements.map((s: any) => ({
    ...s,
    claim: id(s.claim),
    source: id(s.source),
    ...(s.citing && { citing: s.citing.map(id) }),
  })),
});

// Each step is one import; the counters are checked after every one.
const STEPS: [string, ReturnType<typeof article>][] = [
  [
    'anonymous-only claims, own reporting, a re-report',
    article('a1', 'daily', '2001-01-01', [
      { type: 'SAID', source: 'anon-1', claim: 'k1' },
      { type: 'REPORTED', source: 'daily', claim: 'k1', citing: ['anon-1'] },
      { type: 'REPORTED', source: 'daily', claim: 'k2' },
    ]),
  ],
  [
    'another outlet re-reports, citing the first and its own anonymous source',
    article('a2', 'weekly', '2001-01-02', [
      { type: 'SAID', source: 'anon-2', claim: 'k1' },
      { type: 'REPORTED', source: 'weekly', claim: 'k1', citing: ['daily', 'anon-2'] },
      { type: 'REPORTED', source: 'weekly', claim: 'k2', citing: ['daily'] },
    ]),
  ],
  [
    'a named source makes the anonymous-only claim no longer so',
    article('a3', 'wire', '2001-01-03', [
      { type: 'SAID', source: 'minister', claim: 'k1' },
      { type: 'REPORTED', source: 'wire', claim: 'k1', citing: ['minister'] },
    ]),
  ],
  [
    'a first denial',
    article('a4', 'wire', '2001-01-04', [
      { type: 'DENIED', source: 'denier', claim: 'k2' },
      { type: 'REPORTED', source: 'wire', claim: 'k2', citing: ['denier'] },
    ]),
  ],
  [
    'the same claim reported again by the same outlet, and denied again',
    article('a5', 'daily', '2001-01-05', [
      { type: 'REPORTED', source: 'daily', claim: 'k2' },
      { type: 'DENIED', source: 'denier', claim: 'k2' },
      { type: 'SAID', source: 'anon-1', claim: 'k3' },
      { type: 'REPORTED', source: 'daily', claim: 'k3', citing: ['anon-1'] },
    ]),
  ],
  [
    'the first document again, unchanged',
    article('a1', 'daily', '2001-01-01', [
      { type: 'SAID', source: 'anon-1', claim: 'k1' },
      { type: 'REPORTED', source: 'daily', claim: 'k1', citing: ['anon-1'] },
      { type: 'REPORTED', source: 'daily', claim: 'k2' },
    ]),
  ],
  [
    'an old report gains a citation: own reporting no more',
    article('a5', 'daily', '2001-01-05', [
      { type: 'REPORTED', source: 'daily', claim: 'k2', citing: ['minister'] },
    ]),
  ],
];

// The oracle: what each counter means, counted from the statements, with each claim's
// anonymous-only flag from the provenance the API computes (not the flag kept on the claim).
const FROM_STATEMENTS = `
  UNWIND $ids AS id
  MATCH (s:Source {id: id})
  CALL (s) {
    OPTIONAL MATCH (s)-[r:REPORTED]->(c:Claim)
    WITH s, r, c, COLLECT {
      MATCH (s)-[h:CITED]->(t) WHERE h.claim = c.id AND h.article = r.article RETURN t
    } AS cited
    RETURN collect(DISTINCT c.id) AS reported,
      collect(DISTINCT CASE WHEN EXISTS { (:Source)-[:DENIED]->(c) } THEN c.id END) AS reportedDenied,
      count(CASE WHEN r IS NOT NULL AND size(cited) = 0 THEN 1 END) AS ownReporting,
      count(CASE WHEN any(t IN cited WHERE t:Outlet) THEN 1 END) AS citingOutlets,
      count(CASE WHEN any(t IN cited WHERE t:Actor) THEN 1 END) AS citingActors,
      count(CASE WHEN any(t IN cited WHERE t:AnonymousSource) THEN 1 END) AS citingAnonymous
  }
  CALL (s) {
    OPTIONAL MATCH (s)-[:DENIED]->(c:Claim)
    RETURN count(DISTINCT c) AS deniedClaims
  }
  RETURN s.id AS id, reported, reportedDenied, ownReporting, citingOutlets, citingActors,
    citingAnonymous, deniedClaims`;

async function anonymousOnly(claim: string): Promise<boolean> {
  const res = await gql(app, `query ($id: ID!) { provenance(claimId: $id) { anonymousOnly } }`, {
    id: claim,
  });
  return res.data.provenance.anonymousOnly;
}

async function expected(sources = SOURCES): Promise<Record<string, Record<string, number>>> {
  const rows = await db.read(FROM_STATEMENTS, { ids: sources });
  const flags = new Map<string, boolean>();
  for (const c of new Set(rows.flatMap((r) => r.reported as string[])))
    flags.set(c, await anonymousOnly(c));
  return Object.fromEntries(
    rows.map((r) => {
      const reported = r.reported as string[];
      const n = (k: string) => Number(r[k]);
      return [
        r.id as string,
        {
          reportedClaims: reported.length,
          reportedAnonymousOnly: reported.filter((c) => flags.get(c)).length,
          reportedContradicted: (r.reportedDenied as string[]).length,
          deniedClaims: n('deniedClaims'),
          ownReporting: n('ownReporting'),
          citingOutlets: n('citingOutlets'),
          citingActors: n('citingActors'),
          citingAnonymous: n('citingAnonymous'),
        },
      ];
    }),
  );
}

const KEPT = `
  UNWIND $ids AS id MATCH (s:Source {id: id})
  RETURN s.id AS id, s {.reportedClaims, .reportedAnonymousOnly, .reportedContradicted,
    .deniedClaims, .ownReporting, .citingOutlets, .citingActors, .citingAnonymous} AS counters`;

async function kept(sources = SOURCES): Promise<Record<string, Record<string, number>>> {
  const rows = await db.read(KEPT, { ids: sources });
  return Object.fromEntries(
    rows.map((r) => [
      r.id as string,
      Object.fromEntries(
        Object.entries(r.counters as Record<string, unknown>).map(([k, v]) => [
          k,
          v == null ? v : Number(v),
        ]),
      ) as Record<string, number>,
    ]),
  );
}

/** The API's counts that come from the counters, for one outlet. */
async function apiCounts(outlet: string) {
  const res = await gql(
    app,
    `query ($s: ID!) {
      source(id: $s) { ... on Outlet { sourcingProfile {
        reports ownReporting citingOutlets citingActors citingAnonymous anonymousOnly denied } } }
      all: claims(filter: {reportedBy: $s}) { totalCount edges { node { id } } }
      anonymous: claims(filter: {reportedBy: $s, anonymousOnly: true}) { totalCount edges { node { id } } }
      named: claims(filter: {reportedBy: $s, anonymousOnly: false}) { totalCount edges { node { id } } }
      denied: claims(filter: {reportedBy: $s, contradicted: true}) { totalCount edges { node { id } } }
      undenied: claims(filter: {reportedBy: $s, contradicted: false}) { totalCount edges { node { id } } }
    }`,
    { s: outlet },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

beforeAll(async () => ({ db, app } = await setup()));
afterAll(() => db.close());

describe("a source's counters", () => {
  it('are what counting from scratch gives, after every import', async () => {
    const seen = new Set<string>();
    for (const [step, document] of STEPS) {
      const res = await gql(app, IMPORT, { input: document });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      const want = await expected();
      expect(await kept(), step).toEqual(want);
      seen.add(JSON.stringify(want));
    }
    // The steps did change the counts (an oracle that never moves would prove nothing), and the
    // end state has what each step was for.
    expect(seen.size).toBeGreaterThanOrEqual(5);
    const end = await kept();
    expect(end[id('daily')]).toEqual({
      reportedClaims: 3, // k1, k2 (twice), k3
      reportedAnonymousOnly: 1, // k3; k1 has the minister now
      reportedContradicted: 1, // k2
      deniedClaims: 0,
      ownReporting: 1, // k2 in a1; in a5 it now cites the minister
      citingOutlets: 0,
      citingActors: 1,
      citingAnonymous: 2, // k1, k3
    });
    expect(end[id('denier')]!.deniedClaims).toBe(1);
  });

  it("give an outlet's profile and the counts of its claim lists", async () => {
    const want = await expected();
    for (const outlet of ['daily', 'weekly', 'wire'].map(id)) {
      const api = await apiCounts(outlet);
      const w = want[outlet]!;
      const reports = Number(
        (
          await db.read(`MATCH (:Source {id: $id})-[r:REPORTED]->() RETURN count(r) AS n`, {
            id: outlet,
          })
        )[0]!.n,
      );
      expect(api.source.sourcingProfile).toEqual({
        reports,
        ownReporting: w.ownReporting,
        citingOutlets: w.citingOutlets,
        citingActors: w.citingActors,
        citingAnonymous: w.citingAnonymous,
        anonymousOnly: w.reportedAnonymousOnly,
        denied: w.reportedContradicted,
      });
      // Each count is its list's length (the lists are short: one page holds them).
      for (const list of ['all', 'anonymous', 'named', 'denied', 'undenied'])
        expect(api[list].totalCount, `${outlet} ${list}`).toBe(api[list].edges.length);
      expect(api.all.totalCount).toBe(w.reportedClaims);
      expect(api.anonymous.totalCount).toBe(w.reportedAnonymousOnly);
      expect(api.named.totalCount).toBe(w.reportedClaims! - w.reportedAnonymousOnly!);
      expect(api.denied.totalCount).toBe(w.reportedContradicted);
    }
    const denied = await gql(
      app,
      `query ($s: ID!) { claims(filter: {deniedBy: $s}) { totalCount edges { node { id } } } }`,
      { s: id('denier') },
    );
    expect(denied.data.claims).toEqual({ totalCount: 1, edges: [{ node: { id: id('k2') } }] });
  });

  it('stay right when imports about the same claims and sources race', async () => {
    // Documents at once, each naming only its own outlet: an outlet's counters change both by
    // its own reports and by a denial or a named source elsewhere that changes a claim it
    // reported, in an import that does not lock it up front.
    const q = (name: string) => `${id('race')}-${name}`;
    const outlets = ['o1', 'o2', 'o3', 'o4'];
    const document = (i: number, outlet: string, statements: object[]) => ({
      article: {
        url: `https://example.org/${p}/race-${i}`,
        outlet: q(outlet),
        publishedAt: `2002-01-${String(i + 1).padStart(2, '0')}`,
      },
      outlets: [{ id: q(outlet), name: `${outlet} ${p}` }],
      statements,
    });
    const setup = await gql(app, IMPORT, {
      input: {
        ...document(0, 'o1', [
          { type: 'SAID', source: q('anon'), claim: q('r1') },
          { type: 'SAID', source: q('anon'), claim: q('r2') },
          { type: 'SAID', source: q('anon'), claim: q('r3') },
        ]),
        outlets: outlets.map((o) => ({ id: q(o), name: `${o} ${p}` })),
        actors: ['critic', 'named'].map((a) => ({ id: q(a), name: `${a} ${p}`, kind: 'PERSON' })),
        anonymousSources: [{ id: q('anon'), description: 'an insider', citedBy: q('o1') }],
        claims: ['r1', 'r2', 'r3'].map((c) => ({ id: q(c), text: `Race claim ${c} of ${p}` })),
      },
    });
    if (setup.errors) throw new Error(JSON.stringify(setup.errors));
    const documents = [
      ...Array.from({ length: 16 }, (_, i) => {
        const outlet = outlets[i % 4]!;
        const claim = ['r1', 'r2', 'r3'][i % 3]!;
        const cited = i % 2 === 0 ? q(outlets[(i + 1) % 4]!) : q('anon');
        return document(i + 1, outlet, [
          { type: 'REPORTED', source: q(outlet), claim: q(claim), citing: [cited] },
        ]);
      }),
      document(20, 'o4', [{ type: 'DENIED', source: q('critic'), claim: q('r2') }]),
      document(21, 'o3', [{ type: 'SAID', source: q('named'), claim: q('r3') }]),
      document(22, 'o2', [{ type: 'DENIED', source: q('critic'), claim: q('r1') }]),
    ];
    const results = await Promise.all(documents.map((input) => gql(app, IMPORT, { input })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const sources = [...outlets, 'critic', 'named', 'anon'].map(q);
    const want = await expected(sources);
    expect(await kept(sources)).toEqual(want);
    expect(want[q('o1')]!.reportedContradicted).toBeGreaterThan(0);
    expect(want[q('critic')]!.deniedClaims).toBe(2);
  });

  it('are counted from scratch at start-up for sources that lack them', async () => {
    const want = await expected();
    // As a bulk import or an older version of the service leaves them.
    await db.write(
      `UNWIND $ids AS id MATCH (s:Source {id: id})
       OPTIONAL MATCH (s)-[r:SAID|REPORTED|DENIED]->()
       REMOVE r.source
       REMOVE s.reportedClaims, s.reportedAnonymousOnly, s.reportedContradicted, s.deniedClaims,
         s.ownReporting, s.citingOutlets, s.citingActors, s.citingAnonymous`,
      { ids: SOURCES },
    );
    expect((await kept())[id('daily')]!.reportedClaims).toBeNull();
    await migrateSources(db);
    expect(await kept()).toEqual(want);
    const untagged = await db.read(
      `UNWIND $ids AS id MATCH (s:Source {id: id})-[r:SAID|REPORTED|DENIED]->()
       WHERE r.source IS NULL OR r.source <> s.id RETURN count(r) AS n`,
      { ids: SOURCES },
    );
    expect(Number(untagged[0]!.n)).toBe(0);
  });

  it('go back to what they were when a test removes its data (test/helpers.ts)', async () => {
    // Other tests report their own claims through outlets that stay (the seed's): removing the
    // claims must take their share out of those outlets' counters, or a later test counts them.
    const before = await kept();
    const t = id('removed');
    const res = await gql(app, IMPORT, {
      input: {
        ...article('removed', 'weekly', '2003-01-01', []),
        anonymousSources: [{ id: `${t}-anon`, description: 'an aide', citedBy: id('weekly') }],
        claims: [{ id: `${t}-k`, text: `Removed claim of ${p}` }],
        statements: [
          { type: 'SAID', source: `${t}-anon`, claim: `${t}-k` },
          { type: 'REPORTED', source: id('weekly'), claim: `${t}-k`, citing: [`${t}-anon`] },
          { type: 'REPORTED', source: id('daily'), claim: `${t}-k`, citing: [id('weekly')] },
          { type: 'DENIED', source: id('denier'), claim: `${t}-k` },
        ],
      },
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    expect(await kept()).not.toEqual(before);
    await removeTestData(db, { prefixes: [`${t}-`] });
    expect(await kept()).toEqual(before);
    expect(await kept()).toEqual(await expected());
  });
});
