// The ten questions of the design, each asked through GraphQL on the seed article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { IMPORT, importSeed, seedArticle } from '../fixtures.ts';
import { gql, setup, unique } from '../helpers.ts';

let db: Database;
let app: App;
beforeAll(async () => {
  ({ db, app } = await setup());
  await importSeed(app);
});
afterAll(() => db.close());

const CORE = 'us-planning-troops-in-mexico';
const seedClaimIds = new Set(seedArticle().claims!.map((c) => c.id));
const ids = (edges: { node: { id: string } }[]) => edges.map((e) => e.node.id);

describe('the analysts’ questions, on the seed article', () => {
  it('1. who said, reported or denied that the US plans troops in Mexico — when, where, in what words', async () => {
    const { data } = await gql(
      app,
      `query ($id: ID!) { claim(id: $id) { firstSeenAt statements { totalCount edges { node {
          type source { id } at quote article { url } citing { id } } } } } }`,
      { id: CORE },
    );
    const url = seedArticle().article.url;
    expect(data.claim.firstSeenAt).toBe('2025-11-03T00:00:00.000Z');
    expect(data.claim.statements.totalCount).toBe(4);
    expect(data.claim.statements.edges.map((e: any) => e.node)).toEqual([
      {
        type: 'REPORTED',
        source: { id: 'nbc-news' },
        at: '2025-11-03T00:00:00.000Z',
        quote: null,
        article: { url },
        citing: [{ id: 'nbc-news-us-officials' }],
      },
      {
        type: 'SAID',
        source: { id: 'nbc-news-us-officials' },
        at: '2025-11-03T00:00:00.000Z',
        quote: null,
        article: { url },
        citing: [],
      },
      {
        type: 'DENIED',
        source: { id: 'claudia-sheinbaum' },
        at: '2025-11-04T00:00:00.000Z',
        quote: "it's not going to happen",
        article: { url },
        citing: [],
      },
      {
        type: 'REPORTED',
        source: { id: 'latin-times' },
        at: '2025-11-04T00:00:00.000Z',
        quote: null,
        article: { url },
        citing: [{ id: 'nbc-news' }],
      },
    ]);
  });

  it('2. traces the troops claim from Latin Times through NBC News to the anonymous officials, two hops', async () => {
    const { data } = await gql(
      app,
      `query ($id: ID!) { provenance(claimId: $id) {
          origins { source { id } anonymous basis }
          chains { depth anonymousOrigin origin { id } sources { id } hops { from { id } to { id } at article { id } } }
          maxDepth } }`,
      { id: CORE },
    );
    expect(data.provenance.origins).toEqual([
      { source: { id: 'nbc-news-us-officials' }, anonymous: true, basis: 'SAID' },
    ]);
    expect(data.provenance.chains).toHaveLength(1);
    const [chain] = data.provenance.chains;
    expect(chain.sources.map((s: any) => s.id)).toEqual([
      'latin-times',
      'nbc-news',
      'nbc-news-us-officials',
    ]);
    expect(chain.depth).toBe(2);
    expect(chain.anonymousOrigin).toBe(true);
    expect(chain.hops.map((h: any) => [h.from.id, h.to.id, h.at])).toEqual([
      ['latin-times', 'nbc-news', '2025-11-04T00:00:00.000Z'],
      ['nbc-news', 'nbc-news-us-officials', '2025-11-03T00:00:00.000Z'],
    ]);
    expect(data.provenance.maxDepth).toBe(2);
  });

  it('3. counts one independent origin behind two reports of the troops claim: circular, anonymous only', async () => {
    const { data } = await gql(
      app,
      `query ($id: ID!) { provenance(claimId: $id) { independentOrigins reports circular anonymousOnly denials { source { id } } } }`,
      { id: CORE },
    );
    expect(data.provenance).toEqual({
      independentOrigins: 1,
      reports: 2,
      circular: true,
      anonymousOnly: true,
      denials: [{ source: { id: 'claudia-sheinbaum' } }],
    });
    // Sheinbaum's own statement reported by Latin Times: one named origin, one report, not circular.
    const own = await gql(
      app,
      `{ provenance(claimId: "mexico-us-security-understanding") { independentOrigins reports circular anonymousOnly origins { source { id } basis } } }`,
    );
    expect(own.data.provenance).toEqual({
      independentOrigins: 1,
      reports: 1,
      circular: false,
      anonymousOnly: false,
      origins: [{ source: { id: 'claudia-sheinbaum' }, basis: 'SAID' }],
    });
  });

  it('4. lists what Latin Times reported, newest first, a page at a time', async () => {
    const page = (after?: string) =>
      gql(
        app,
        `query ($after: String) { source(id: "latin-times") { statements(first: 10, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { type at claim { id } } } } } }`,
        { after },
      );
    const first = (await page()).data.source.statements;
    expect(first.totalCount).toBe(17);
    expect(first.edges).toHaveLength(10);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await page(first.pageInfo.endCursor)).data.source.statements;
    expect(second.edges).toHaveLength(7);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const all = [...first.edges, ...second.edges].map((e: any) => e.node);
    expect(new Set(all.map((n: any) => n.claim.id))).toEqual(seedClaimIds);
    expect(all.every((n: any) => n.type === 'REPORTED')).toBe(true);
    // All 17 share one date here; the order itself is checked on dated statements below.
  });

  it('4. lists what an outlet said, reported and denied newest first, across pages, whatever order it was imported in', async () => {
    const p = unique('newest');
    const outlet = `${p}-outlet`;
    // Imported out of date order, so that neither import order nor id order is newest first.
    const days = [3, 1, 5, 2, 4];
    for (const [i, d] of days.entries()) {
      const res = await gql(app, IMPORT, {
        input: {
          article: {
            url: `https://example.org/${p}/${i}`,
            outlet,
            publishedAt: `2025-01-0${d}`,
          },
          outlets: [{ id: outlet, name: `Outlet ${p}` }],
          claims: [{ id: `${p}-z${i}`, text: `Claim ${i} of ${p}` }],
          statements: [
            { type: i === 2 ? 'DENIED' : 'REPORTED', source: outlet, claim: `${p}-z${i}` },
          ],
        },
      });
      expect(res.errors).toBeUndefined();
    }
    const page = async (after?: string) =>
      (
        await gql(
          app,
          `query ($id: ID!, $after: String) { source(id: $id) { statements(first: 2, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { type at claim { id } } } } } }`,
          { id: outlet, after },
        )
      ).data.source.statements;
    const pages = [await page()];
    while (pages.at(-1)!.pageInfo.hasNextPage)
      pages.push(await page(pages.at(-1)!.pageInfo.endCursor));
    expect(pages.map((x) => x.edges.length)).toEqual([2, 2, 1]);
    expect(
      pages.flatMap((x) => x.edges.map((e: any) => [e.node.at.slice(0, 10), e.node.claim.id])),
    ).toEqual([
      ['2025-01-05', `${p}-z2`],
      ['2025-01-04', `${p}-z4`],
      ['2025-01-03', `${p}-z0`],
      ['2025-01-02', `${p}-z3`],
      ['2025-01-01', `${p}-z1`],
    ]);
  });

  it('5. shows which claims Sheinbaum denied, and who asserted them', async () => {
    const { data } = await gql(
      app,
      `{ source(id: "claudia-sheinbaum") { name statements(type: DENIED) { edges { node {
        quote claim { id assertions { type source { id } } } } } } } }`,
    );
    expect(data.source.name).toBe('Claudia Sheinbaum');
    expect(data.source.statements.edges.map((e: any) => e.node)).toEqual([
      {
        quote: "it's not going to happen",
        claim: {
          id: CORE,
          assertions: [
            { type: 'REPORTED', source: { id: 'nbc-news' } },
            { type: 'SAID', source: { id: 'nbc-news-us-officials' } },
            { type: 'REPORTED', source: { id: 'latin-times' } },
          ],
        },
      },
    ]);
  });

  it('6. finds the claims resting only on anonymous sources, overall and per outlet', async () => {
    const anonymousOnly = async (reportedBy?: string) => {
      const { data } = await gql(
        app,
        `query ($f: ClaimFilter) { claims(filter: $f, first: 100) { edges { node { id } } } }`,
        {
          f: { anonymousOnly: true, reportedBy },
        },
      );
      return ids(data.claims.edges)
        .filter((id) => seedClaimIds.has(id))
        .sort();
    };
    const nbcOfficials = [
      'us-drone-operators-in-mexico',
      'us-mexico-mission-kept-secret',
      'us-mexico-mission-planning-early-no-decision',
      'us-mexico-mission-training-begun',
      CORE,
      'us-troops-mexico-drone-strikes',
      'us-troops-mexico-title-50',
    ];
    const nbc = [...nbcOfficials, 'trump-administration-all-of-government-cartels'].sort();
    const nyt = ['cartels-have-land-and-air-routes', 'us-strikes-would-not-harm-cartels'];
    const midOctober = [
      'mexican-officials-doubt-us-strikes',
      'us-mexico-cooperation-too-strong-for-unilateral-strikes',
    ];
    expect(await anonymousOnly()).toEqual([...nbc, ...nyt, ...midOctober].sort());
    expect(await anonymousOnly('nbc-news')).toEqual(nbc);
    expect(await anonymousOnly('new-york-times')).toEqual(nyt);
    // Sheinbaum's and Trump's own statements have named origins.
    const named = await gql(
      app,
      `{ claims(filter: {anonymousOnly: false, reportedBy: "latin-times"}, first: 100) { edges { node { id } } } }`,
    );
    expect(ids(named.data.claims.edges).sort()).toEqual([
      'mexico-rejects-foreign-troops-sovereignty',
      'mexico-run-by-cartels',
      'mexico-us-security-understanding',
      'trump-offered-troops-to-mexico',
      'us-must-defend-against-traffickers',
    ]);
  });

  it('7. profiles how outlets source: Latin Times re-reports, NBC News relies on anonymous officials', async () => {
    const { data } = await gql(
      app,
      `{
      lt: source(id: "latin-times") { ... on Outlet { sourcingProfile { reports ownReporting citingOutlets citingActors citingAnonymous anonymousOnly denied } } }
      nbc: source(id: "nbc-news") { ... on Outlet { sourcingProfile { reports ownReporting citingOutlets citingAnonymous anonymousOnly denied anonymousShare reReportShare } } } }`,
    );
    expect(data.lt.sourcingProfile).toEqual({
      reports: 17,
      ownReporting: 0,
      citingOutlets: 12,
      citingActors: 5,
      citingAnonymous: 0,
      anonymousOnly: 12,
      denied: 1,
    });
    expect(data.nbc.sourcingProfile).toEqual({
      reports: 8,
      ownReporting: 0,
      citingOutlets: 0,
      citingAnonymous: 8,
      anonymousOnly: 8,
      denied: 1,
      anonymousShare: 1,
      reReportShare: 0,
    });
  });

  it('8. finds the contradiction: the troops plan asserted by NBC’s officials and denied by Sheinbaum', async () => {
    const { data } = await gql(
      app,
      `{ contradictions(first: 100) { edges { node { claim { id } assertions { source { id } } denials { source { id } quote } } } } }`,
    );
    const seed = data.contradictions.edges
      .map((e: any) => e.node)
      .filter((n: any) => seedClaimIds.has(n.claim.id));
    expect(seed).toEqual([
      {
        claim: { id: CORE },
        assertions: [
          { source: { id: 'nbc-news' } },
          { source: { id: 'nbc-news-us-officials' } },
          { source: { id: 'latin-times' } },
        ],
        denials: [{ source: { id: 'claudia-sheinbaum' }, quote: "it's not going to happen" }],
      },
    ]);
  });

  it('9. gives the troops claim’s timeline: first seen 3 November, NBC News first, Latin Times a day later', async () => {
    const { data } = await gql(
      app,
      `{ claim(id: "${CORE}") { timeline { firstSeenAt events { type source { id } at }
        outlets { outlet { id } firstReportedAt daysAfterFirstSeen } } } }`,
    );
    expect(data.claim.timeline.firstSeenAt).toBe('2025-11-03T00:00:00.000Z');
    expect(data.claim.timeline.outlets).toEqual([
      {
        outlet: { id: 'nbc-news' },
        firstReportedAt: '2025-11-03T00:00:00.000Z',
        daysAfterFirstSeen: 0,
      },
      {
        outlet: { id: 'latin-times' },
        firstReportedAt: '2025-11-04T00:00:00.000Z',
        daysAfterFirstSeen: 1,
      },
    ]);
    expect(data.claim.timeline.events.map((e: any) => e.type)).toEqual([
      'REPORTED',
      'SAID',
      'DENIED',
      'REPORTED',
    ]);
  });

  it('10. searches claims and sources by words, taking query syntax literally', async () => {
    const search = async (text: string, scope?: string[]) =>
      await gql(
        app,
        `query ($t: String!, $in: [SearchScope!]) { search(text: $t, in: $in, first: 50) { edges { node { score node {
          __typename ... on Claim { id } ... on Actor { id } ... on Outlet { id } ... on AnonymousSource { id } } } } } }`,
        { t: text, in: scope },
      );
    const sheinbaum = await search('Sheinbaum', ['SOURCES']);
    expect(sheinbaum.data.search.edges[0].node.node).toEqual({
      __typename: 'Actor',
      id: 'claudia-sheinbaum',
    });
    const drones = await search('drone strikes', ['CLAIMS']);
    expect(ids(drones.data.search.edges.map((e: any) => ({ node: e.node.node })))).toContain(
      'us-troops-mexico-drone-strikes',
    );
    const officials = await search('senior administration official', ['SOURCES']);
    expect(officials.data.search.edges[0].node.node).toEqual({
      __typename: 'AnonymousSource',
      id: 'nbc-news-senior-administration-official',
    });
    const syntax = await search('troops" AND (mexico OR title:50*');
    expect(syntax.errors).toBeUndefined();
    const empty = await search('  ""  ');
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists the outlets by name, a page at a time, the seed article’s among them', async () => {
    const page = (after: string | null) =>
      gql(
        app,
        `query ($after: String) { sources(kind: OUTLET, first: 100, after: $after) { totalCount
          pageInfo { hasNextPage endCursor } edges { node { __typename id name } } } }`,
        { after },
      );
    const outlets: { __typename: string; id: string; name: string }[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const { data, errors } = await page(after);
      expect(errors).toBeUndefined();
      outlets.push(...data.sources.edges.map((e: any) => e.node));
      total = data.sources.totalCount;
      after = data.sources.pageInfo.hasNextPage ? data.sources.pageInfo.endCursor : null;
    } while (after);
    expect(outlets).toHaveLength(total);
    expect(new Set(outlets.map((o) => o.__typename))).toEqual(new Set(['Outlet']));
    expect(outlets.map((o) => o.id)).toEqual(
      expect.arrayContaining(seedArticle().outlets!.map((o) => o.id)),
    );
    const names = outlets.map((o) => o.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const all = await gql(app, '{ sources(first: 0) { totalCount edges { cursor } } }');
    expect(all.data.sources.edges).toEqual([]);
    expect(all.data.sources.totalCount).toBeGreaterThan(total);
  });

  it('answers provenance as known on a date: on 3 November only NBC News had reported, and nobody had denied', async () => {
    const { data } = await gql(
      app,
      `query ($id: ID!) { provenance(claimId: $id, asOf: "2025-11-03T12:00:00Z") {
          reports chains { sources { id } } denials { source { id } } } }`,
      { id: CORE },
    );
    expect(data.provenance).toEqual({
      reports: 1,
      chains: [{ sources: [{ id: 'nbc-news' }, { id: 'nbc-news-us-officials' }] }],
      denials: [],
    });
  });

  it('finds any node by its id, and says NOT_FOUND for provenance of an unknown claim', async () => {
    const { data } = await gql(
      app,
      `{ node(id: "nbc-news-senior-administration-official") { __typename ... on AnonymousSource {
        description count citedBy { id } affiliation { id } } } }`,
    );
    expect(data.node).toEqual({
      __typename: 'AnonymousSource',
      description: 'a senior administration official',
      count: 1,
      citedBy: { id: 'nbc-news' },
      affiliation: { id: 'trump-administration' },
    });
    const missing = await gql(app, `{ provenance(claimId: "no-such-claim") { anonymousOnly } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
