// Lists an analyst pages through: claims by each filter, contradictions, search hits and the
// credibility ranking, each a page at a time with `after`, on claims of this test's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { IMPORT } from '../fixtures.ts';
import { gql, setup, unique } from '../helpers.ts';

let db: Database;
let app: App;
const p = unique('lists');
const id = (name: string) => `${p}-${name}`;
const topic = p;

/** One article of `outlet` on `date` about one claim, with the statements given. */
const article = (
  name: string,
  date: string,
  outlet: string,
  statements: object[],
  extra: { anonymousSources?: object[]; topics?: string[] } = {},
) => ({
  article: { url: `https://example.org/${p}/${name}`, outlet: id(outlet), publishedAt: date },
  outlets: [{ id: id(outlet), name: `Outlet ${outlet} ${p}` }],
  actors: [
    { id: id('named'), name: `Named Speaker ${p}`, kind: 'PERSON' },
    { id: id('denier'), name: `Denier ${p}`, kind: 'GOVERNMENT' },
  ],
  anonymousSources: extra.anonymousSources ?? [],
  claims: [{ id: id(name), text: `Claim ${name} of ${p}`, topics: extra.topics ?? [topic] }],
  statements: statements.map((s) => ({ claim: id(name), ...s })),
});

const anonymous = (name: string, outlet: string) => ({
  id: id(name),
  description: 'an official',
  citedBy: id(outlet),
});

// c1: anonymous only, via the daily. c2: a named speaker, via the daily, denied. c3: the daily's
// own reporting. c4: anonymous only, via the weekly, denied. c5: another topic, via the weekly.
const DOCUMENTS = [
  article(
    'c1',
    '1990-01-01',
    'daily',
    [
      { type: 'SAID', source: id('anon-1') },
      { type: 'REPORTED', source: id('daily'), citing: [id('anon-1')] },
    ],
    { anonymousSources: [anonymous('anon-1', 'daily')] },
  ),
  article('c2', '1990-01-02', 'daily', [
    { type: 'SAID', source: id('named') },
    { type: 'REPORTED', source: id('daily'), citing: [id('named')] },
    { type: 'DENIED', source: id('denier') },
  ]),
  article('c3', '1990-01-03', 'daily', [{ type: 'REPORTED', source: id('daily') }]),
  article(
    'c4',
    '1990-01-02',
    'weekly',
    [
      { type: 'SAID', source: id('anon-4') },
      { type: 'REPORTED', source: id('weekly'), citing: [id('anon-4')] },
      { type: 'DENIED', source: id('denier') },
    ],
    { anonymousSources: [anonymous('anon-4', 'weekly')] },
  ),
  article('c5', '1990-01-05', 'weekly', [{ type: 'REPORTED', source: id('weekly') }], {
    topics: [`${topic}-other`],
  }),
];

beforeAll(async () => {
  ({ db, app } = await setup());
  for (const doc of DOCUMENTS) {
    const res = await gql(app, IMPORT, { input: doc });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
  const run = await gql(app, 'mutation { recomputeCredibility { claims } }');
  if (run.errors) throw new Error(JSON.stringify(run.errors));
});
afterAll(() => db.close());

interface Connection {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: any }[];
}

/** Every edge of a connection, fetched `size` at a time by following `endCursor`. */
async function walk(
  fetchPage: (first: number, after?: string) => Promise<Connection>,
  size: number,
): Promise<{ edges: Connection['edges']; pages: number }> {
  const edges: Connection['edges'] = [];
  let after: string | undefined;
  for (let pages = 1; ; pages++) {
    // A server that ignores `after` would page forever.
    if (pages > 500) throw new Error(`still paging after ${pages - 1} pages of ${size}`);
    const page = await fetchPage(size, after);
    edges.push(...page.edges);
    if (!page.pageInfo.hasNextPage) return { edges, pages };
    after = page.pageInfo.endCursor!;
  }
}

const CLAIMS = `query ($f: ClaimFilter, $first: Int, $after: String) {
  claims(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
const claims = async (f: object, first = 100, after?: string): Promise<Connection> =>
  (await gql(app, CLAIMS, { f, first, after })).data.claims;
const claimIds = async (f: object) =>
  (await claims(f)).edges.map((e) => e.node.id.slice(p.length + 1));

describe('claims(filter:)', () => {
  it('lists the claims on a topic, newest first seen first (same day: by id)', async () => {
    expect(await claimIds({ topic })).toEqual(['c3', 'c2', 'c4', 'c1']);
    expect(await claimIds({ topic: `${topic}-other` })).toEqual(['c5']);
  });

  it('tells the claims resting only on anonymous sources from those with a named origin', async () => {
    expect(await claimIds({ topic, anonymousOnly: true })).toEqual(['c4', 'c1']);
    expect(await claimIds({ topic, anonymousOnly: false })).toEqual(['c3', 'c2']);
  });

  it('lists what one outlet reported, its newest report first', async () => {
    expect(await claimIds({ reportedBy: id('daily') })).toEqual(['c3', 'c2', 'c1']);
    expect(await claimIds({ reportedBy: id('weekly') })).toEqual(['c5', 'c4']);
  });

  it('lists what one source denied, its newest denial first', async () => {
    expect(await claimIds({ deniedBy: id('denier') })).toEqual(['c2', 'c4']);
    expect(await claimIds({ deniedBy: id('daily') })).toEqual([]);
  });

  it('tells contradicted claims (asserted and denied) from the rest', async () => {
    expect(await claimIds({ topic, contradicted: true })).toEqual(['c2', 'c4']);
    expect(await claimIds({ topic, contradicted: false })).toEqual(['c3', 'c1']);
  });

  it('applies every condition together', async () => {
    expect(await claimIds({ reportedBy: id('daily'), deniedBy: id('denier') })).toEqual(['c2']);
    expect(
      await claimIds({ reportedBy: id('weekly'), anonymousOnly: true, contradicted: true }),
    ).toEqual(['c4']);
    expect(await claimIds({ reportedBy: id('daily'), topic: `${topic}-other` })).toEqual([]);
  });

  it('pages through a topic with after, each claim once, in order', async () => {
    const first = await claims({ topic }, 3);
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await claims({ topic }, 3, first.pageInfo.endCursor!);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual(
      ['c3', 'c2', 'c4', 'c1'].map(id),
    );
  });
});

describe("a source's claims, by its newest statement of each", () => {
  const chronTopic = `${topic}-chron`;
  /** An article of the chronicle on `date` reporting `claims`, each defined with the topic. */
  const chronicle = (name: string, date: string, claims: string[], type = 'REPORTED') => ({
    article: { url: `https://example.org/${p}/${name}`, outlet: id('chron'), publishedAt: date },
    outlets: [{ id: id('chron'), name: `Chronicle ${p}` }],
    actors: [{ id: id('critic'), name: `Critic ${p}`, kind: 'PERSON' }],
    claims: claims.map((c) => ({
      id: id(c),
      text: `A chronicle claim, ${c}`,
      topics: [chronTopic],
    })),
    statements: claims.map((c) => ({
      type,
      source: type === 'DENIED' ? id('critic') : id('chron'),
      claim: id(c),
    })),
  });

  beforeAll(async () => {
    for (const doc of [
      chronicle('x1', '2000-01-01', ['x1']),
      chronicle('x2', '2000-01-02', ['x2']),
      chronicle('x3', '2000-01-03', ['x3']),
      // Two claims at the same instant: by id.
      chronicle('x5-x4', '2000-01-04', ['x5', 'x4']),
      // The oldest claim reported again: it comes first now, once.
      chronicle('x1-again', '2000-01-05', ['x1']),
      chronicle('deny-x2', '2000-01-06', ['x2'], 'DENIED'),
      chronicle('deny-x3', '2000-01-07', ['x3'], 'DENIED'),
      chronicle('deny-x2-again', '2000-01-08', ['x2'], 'DENIED'),
    ]) {
      const res = await gql(app, IMPORT, { input: doc });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
  });

  it("lists an outlet's claims by its newest report of each, each claim once", async () => {
    // First seen, the topic's list is the other way round.
    expect(await claimIds({ topic: chronTopic })).toEqual(['x4', 'x5', 'x3', 'x2', 'x1']);
    expect(await claimIds({ reportedBy: id('chron') })).toEqual(['x1', 'x4', 'x5', 'x3', 'x2']);
    expect((await claims({ reportedBy: id('chron') })).totalCount).toBe(5);
    expect(await claimIds({ deniedBy: id('critic') })).toEqual(['x2', 'x3']);
  });

  it('gives the same sequence a page at a time, whatever the page size', async () => {
    const whole = (await claims({ reportedBy: id('chron') })).edges.map((e) => e.node.id);
    for (const size of [1, 2, 3]) {
      const { edges, pages } = await walk(
        (first, after) => claims({ reportedBy: id('chron') }, first, after),
        size,
      );
      expect(
        edges.map((e) => e.node.id),
        `pages of ${size}`,
      ).toEqual(whole);
      expect(pages).toBe(Math.ceil(whole.length / size));
    }
  });
});

describe('paging with after', () => {
  it('pages through contradictions: every one once, ours next to each other', async () => {
    const page = async (first: number, after?: string): Promise<Connection> =>
      (
        await gql(
          app,
          `query ($first: Int, $after: String) { contradictions(first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } edges { cursor node { claim { id } } } } }`,
          { first, after },
        )
      ).data.contradictions;
    const { totalCount } = await page(0);
    const all = await walk(page, 100);
    const ids = all.edges.map((e) => e.node.claim.id);
    expect(ids).toHaveLength(totalCount!);
    expect(new Set(ids).size).toBe(ids.length);
    // c2 and c4 were first seen the same day: adjacent, by id.
    const i = ids.indexOf(id('c2'));
    expect(ids[i + 1]).toBe(id('c4'));
    const next = await page(1, all.edges[i]!.cursor);
    expect(next.edges.map((e) => e.node.claim.id)).toEqual([id('c4')]);
    // Small pages give the same sequence as large ones.
    const small = await page(3, all.edges[i]!.cursor);
    expect(small.edges.map((e) => e.node.claim.id)).toEqual(ids.slice(i + 1, i + 4));
  });

  it('pages through search hits, each once, best first', async () => {
    const page = async (first: number, after?: string): Promise<Connection> =>
      (
        await gql(
          app,
          `query ($t: String!, $first: Int, $after: String) { search(text: $t, in: [CLAIMS], first: $first, after: $after) {
            pageInfo { hasNextPage endCursor } edges { cursor node { score node { ... on Claim { id } } } } } }`,
          // The prefix's random half alone: the analyzer splits at the dash.
          { t: p.split('-')[1], first, after },
        )
      ).data.search;
    const paged = await walk(page, 2);
    expect(paged.pages).toBe(3);
    const ids = paged.edges.map((e) => e.node.node.id);
    expect([...ids].sort()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5'].map(id));
    const scores = paged.edges.map((e) => e.node.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect((await page(10)).edges.map((e) => e.node.node.id)).toEqual(ids);
  });

  it('pages through the credibility ranking: each source once, most credible first', async () => {
    const page = async (first: number, after?: string): Promise<Connection> =>
      (
        await gql(
          app,
          `query ($first: Int, $after: String) { credibilityRanking(kind: OUTLET, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id credibility { score evidence { claims } } } } } }`,
          { first, after },
        )
      ).data.credibilityRanking;
    const { totalCount } = await page(0);
    const all = await walk(page, 100);
    const ids = all.edges.map((e) => e.node.id);
    expect(ids).toHaveLength(totalCount!);
    expect(new Set(ids).size).toBe(ids.length);
    // Both of this test's outlets answer for claims of their own, so both are ranked.
    expect(ids).toEqual(expect.arrayContaining([id('daily'), id('weekly')]));
    const scores = all.edges.map((e) => e.node.credibility.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const i = ids.indexOf(id('daily'));
    const from = i === 0 ? undefined : all.edges[i - 1]!.cursor;
    const small = await page(2, from);
    expect(small.edges.map((e) => e.node.id)).toEqual(ids.slice(i, i + 2));
  });
});
