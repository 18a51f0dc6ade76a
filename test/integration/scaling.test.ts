// Reads whose cost depends on what they answer, not on the size of the graph: each question's
// Cypher is profiled (database hits, from Neo4j's PROFILE) before and after the graph grows by
// a thousand claims that a careless plan would have to look at, and must cost about the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { Database, Params } from '../../server/db/database.ts';
import { migrateClaims } from '../../server/db/schema.ts';
import { IMPORT } from '../fixtures.ts';
import { gql, setup, unique } from '../helpers.ts';

let db: Database;
let app: App;
const p = unique('scale');
const id = (name: string) => `${p}-${name}`;
let round = 0;

interface PlanNode {
  dbHits?: number;
  children?: PlanNode[];
}
const hits = (plan: PlanNode): number =>
  (plan.dbHits ?? 0) + (plan.children ?? []).reduce((sum, c) => sum + hits(c), 0);

/** Database hits of every Cypher query the service runs for one GraphQL request. */
async function cost(query: string, variables: Record<string, unknown> = {}): Promise<number> {
  // Plans as Neo4j makes them for the graph as it is now: a plan cached while the graph was
  // nearly empty (this file run alone) may scan what an index would seek, until Neo4j replans.
  await db.driver.executeQuery('CALL db.clearQueryCaches()', {}, { database: db.name });
  const seen: [string, Params][] = [];
  const stop = db.observe((q, params) => seen.push([q, params]));
  let res;
  try {
    res = await gql(app, query, variables);
  } finally {
    stop();
  }
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  expect(seen.length).toBeGreaterThan(0);
  let total = 0;
  for (const [q, params] of seen) {
    const result = await db.driver.executeQuery(`PROFILE ${q}`, params, { database: db.name });
    total += hits(result.summary.profile as PlanNode);
  }
  return total;
}

/**
 * A thousand claims the hub reports, each citing the hub's own reporter for it: the hub gains a
 * thousand REPORTED and CITED relationships, the graph a thousand claims, none of them
 * anonymous-only or contradicted. Each report has an instant of its own, all older than the
 * claims under study: a thousand claims first seen at one instant would be a tie the newest
 * list reads whole to order it by id (a cost of ties, not of the graph's size), and would be
 * the newest claims whenever this file runs before others have imported newer ones.
 */
async function growGraph(claims = 1000) {
  round++;
  const names = Array.from({ length: claims }, (_, i) => `bulk-${round}-${i}`);
  const res = await gql(app, IMPORT, {
    input: {
      article: {
        url: `https://example.org/${p}/bulk-${round}`,
        outlet: id('hub'),
        publishedAt: '1971-01-01',
      },
      outlets: [{ id: id('hub'), name: `Hub ${p}` }],
      actors: [{ id: id('reporter'), name: `Reporter ${p}`, kind: 'PERSON' }],
      claims: names.map((n) => ({ id: id(n), text: `Bulk claim ${n} of ${p}` })),
      statements: names.map((n, i) => ({
        type: 'REPORTED',
        source: id('hub'),
        claim: id(n),
        at: new Date(Date.UTC(1971, 0, round, 0, 0, i)).toISOString(),
        citing: [id('reporter')],
      })),
    },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

// The claim under study: the wire reports it citing the hub, which cites anonymous officials;
// a minister denies it. The small outlet reports one claim of its own.
const DOCUMENT = {
  article: { url: `https://example.org/${p}/story`, outlet: id('wire'), publishedAt: '1972-03-01' },
  outlets: [
    { id: id('wire'), name: `Wire ${p}` },
    { id: id('hub'), name: `Hub ${p}` },
    { id: id('small'), name: `Small ${p}` },
  ],
  actors: [{ id: id('minister'), name: `Minister ${p}`, kind: 'GOVERNMENT' }],
  anonymousSources: [{ id: id('officials'), description: 'officials', citedBy: id('hub') }],
  claims: [
    { id: id('story'), text: `The story of ${p}`, topics: [p] },
    { id: id('own'), text: `The small outlet's own claim of ${p}`, topics: [p] },
  ],
  statements: [
    { type: 'SAID', source: id('officials'), claim: id('story') },
    { type: 'REPORTED', source: id('hub'), claim: id('story'), citing: [id('officials')] },
    { type: 'REPORTED', source: id('wire'), claim: id('story'), citing: [id('hub')] },
    { type: 'DENIED', source: id('minister'), claim: id('story') },
    { type: 'REPORTED', source: id('small'), claim: id('own') },
  ],
};

const QUESTIONS: Record<string, [string, Record<string, unknown>?]> = {
  provenance: [
    `query ($id: ID!) { provenance(claimId: $id) { independentOrigins anonymousOnly circular
      origins { source { id } } chains { sources { id } } denials { source { id } } } }`,
    { id: id('story') },
  ],
  'provenance as of a date': [
    `query ($id: ID!) { provenance(claimId: $id, asOf: "2000-01-01T00:00:00Z") {
      origins { source { id } } chains { sources { id } } } }`,
    { id: id('story') },
  ],
  'newest claims': [`{ claims(first: 3) { totalCount edges { node { id } } } }`],
  'anonymous-only claims': [
    `{ claims(filter: {anonymousOnly: true}, first: 3) { totalCount edges { node { id } } } }`,
  ],
  'contradicted claims': [
    `{ claims(filter: {contradicted: true}, first: 3) { totalCount edges { node { id } } } }`,
  ],
  contradictions: [`{ contradictions(first: 3) { totalCount edges { node { claim { id } } } } }`],
  'claims a small outlet reported': [
    `query ($s: ID!) { claims(filter: {reportedBy: $s}, first: 3) { totalCount edges { node { id } } } }`,
    { s: id('small') },
  ],
  'claims an actor denied': [
    `query ($s: ID!) { claims(filter: {deniedBy: $s}, first: 3) { totalCount edges { node { id } } } }`,
    { s: id('minister') },
  ],
  "a small outlet's sourcing profile": [
    `query ($s: ID!) { source(id: $s) { ... on Outlet { sourcingProfile {
      reports ownReporting citingOutlets anonymousOnly denied } } } }`,
    { s: id('small') },
  ],
  "the wire's sourcing profile": [
    `query ($s: ID!) { source(id: $s) { ... on Outlet { sourcingProfile {
      reports ownReporting citingOutlets anonymousOnly denied } } } }`,
    { s: id('wire') },
  ],
};

const before = new Map<string, number>();

beforeAll(async () => {
  ({ db, app } = await setup());
  const res = await gql(app, IMPORT, { input: DOCUMENT });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  await growGraph();
  for (const [name, [query, variables]] of Object.entries(QUESTIONS))
    before.set(name, await cost(query, variables));
  await growGraph();
}, 120_000);
afterAll(() => db.close());

describe('a question costs the same in a bigger graph', () => {
  for (const [name, [query, variables]] of Object.entries(QUESTIONS)) {
    it(name, async () => {
      const after = await cost(query, variables);
      // A plan that touches each of the thousand new claims or hub relationships once more
      // costs at least 1,000 hits more; the slack is for index pages and the count store.
      expect(after, `database hits before: ${before.get(name)}, after: ${after}`).toBeLessThan(
        before.get(name)! + 200,
      );
    });
  }

  it('the answers are still right', async () => {
    const res = await gql(app, QUESTIONS.provenance![0], QUESTIONS.provenance![1]);
    expect(res.data.provenance).toMatchObject({
      independentOrigins: 1,
      anonymousOnly: true,
      origins: [{ source: { id: id('officials') } }],
      chains: [{ sources: [{ id: id('wire') }, { id: id('hub') }, { id: id('officials') }] }],
      denials: [{ source: { id: id('minister') } }],
    });
  });
});

describe('claims written before the list properties existed', () => {
  it('are migrated at start-up and listed by their filters', async () => {
    const legacy = id('legacy');
    // As a bulk import or an older version of the service leaves them: no list properties.
    await db.write(
      `CREATE (a:Source:AnonymousSource {id: $anon, description: 'an aide', name: 'an aide'})
       CREATE (c:Claim {id: $legacy, text: 'A legacy claim', topics: [$topic],
         firstSeenAt: datetime('1973-01-01T00:00:00Z')})
       CREATE (a)-[:SAID {at: datetime('1973-01-01T00:00:00Z'), article: 'x'}]->(c)`,
      { anon: id('aide'), legacy, topic: `${p}-legacy` },
    );
    const list = `query ($t: String) { claims(filter: {topic: $t, anonymousOnly: true}) {
      totalCount edges { node { id } } } }`;
    expect((await gql(app, list, { t: `${p}-legacy` })).data.claims.totalCount).toBe(0);
    await migrateClaims(db);
    const res = await gql(app, list, { t: `${p}-legacy` });
    expect(res.data.claims).toEqual({ totalCount: 1, edges: [{ node: { id: legacy } }] });
  });
});
