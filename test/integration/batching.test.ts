// DataLoader batching: the number of Cypher round trips of a nested query does not grow with
// the number of claims it returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { IMPORT, tinyArticle } from '../fixtures.ts';
import { gql, setup, unique } from '../helpers.ts';

let db: Database;
let app: App;
const topic = unique('batching');

beforeAll(async () => {
  ({ db, app } = await setup());
  // 50 claims, each said by one of 5 actors and reported by one of 5 outlets.
  for (let k = 0; k < 5; k++) {
    const doc = tinyArticle(10, `${topic}-${k}`);
    doc.claims = doc.claims!.map((c) => ({ ...c, topics: [topic] }));
    const res = await gql(app, IMPORT, { input: { ...doc, prefix: undefined } });
    expect(res.errors).toBeUndefined();
  }
});
afterAll(() => db.close());

const NESTED = `query ($topic: String!, $n: Int!) {
  claims(filter: { topic: $topic }, first: $n) {
    edges { node { id statements { edges { node { type source { id name
      statements(first: 5) { totalCount edges { node { type at claim { id text } } } } } } } } } }
  }
}`;

async function cypherQueriesFor(n: number) {
  let count = 0;
  const stop = db.observe(() => count++);
  try {
    const res = await gql(app, NESTED, { topic, n });
    expect(res.errors).toBeUndefined();
    expect(res.data.claims.edges).toHaveLength(n);
    return count;
  } finally {
    stop();
  }
}

describe('a nested claims → statements → source → statements query', () => {
  it('sends the same 3 Cypher queries for 5 claims as for 50', async () => {
    // claims page, statements of the claims (with their sources), the sources' statements (with
    // their claims).
    expect(await cypherQueriesFor(5)).toBe(3);
    expect(await cypherQueriesFor(50)).toBe(3);
  });
});

describe('one claim with its statements', () => {
  const CLAIM = `query ($id: ID!) {
    claim(id: $id) { id text ...Said }
  }
  fragment Said on Claim { statements(first: 3) { totalCount edges { node { type source { name } } } } }`;

  async function queriesFor(query: string, id: string) {
    const sent: string[] = [];
    const stop = db.observe((q) => sent.push(q));
    try {
      const res = await gql(app, query, { id });
      expect(res.errors).toBeUndefined();
      return { data: res.data, queries: sent.length };
    } finally {
      stop();
    }
  }

  it('is one Cypher query, claim and statements together (through fragments too)', async () => {
    const id = `${topic}-0-claim-0`;
    const { data, queries } = await queriesFor(CLAIM, id);
    expect(data.claim.text).toBeTruthy();
    expect(data.claim.statements.totalCount).toBe(2);
    expect(data.claim.statements.edges[0].node.source.name).toBeTruthy();
    expect(queries).toBe(1);
    // Without statements the claim alone; an unknown claim is null, in one query too.
    expect((await queriesFor(`query ($id: ID!) { claim(id: $id) { id } }`, id)).queries).toBe(1);
    const missing = await queriesFor(CLAIM, `${topic}-no-such-claim`);
    expect(missing).toEqual({ data: { claim: null }, queries: 1 });
  });
});

describe("a page of a claim's statements", () => {
  const sentFor = async (query: string, variables: Record<string, unknown>) => {
    const sent: { query: string; params: Record<string, unknown> }[] = [];
    const stop = db.observe((q, params) => sent.push({ query: q, params }));
    try {
      const res = await gql(app, query, variables);
      expect(res.errors).toBeUndefined();
      return { data: res.data, sent };
    } finally {
      stop();
    }
  };
  const id = `${topic}-1-claim-3`;

  it('reads only the page, and whom statements cite only when asked', async () => {
    const page = `query ($id: ID!, $after: String) {
      claim(id: $id) { id statements(first: 1, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { type source { id } } } } }
    }`;
    const first = await sentFor(page, { id });
    expect(first.sent).toHaveLength(1);
    // The window reaches Cypher: a claim's statements are not all read for a page of one.
    expect(Number(first.sent[0]!.params.limit)).toBe(1);
    expect(first.sent[0]!.query).not.toContain('CITED');
    const s = first.data.claim.statements;
    expect(s.totalCount).toBe(2);
    expect(s.edges).toHaveLength(1);
    expect(s.pageInfo.hasNextPage).toBe(true);
    const second = await sentFor(page, { id, after: s.pageInfo.endCursor });
    expect(second.data.claim.statements.edges).toHaveLength(1);
    expect(second.data.claim.statements.pageInfo.hasNextPage).toBe(false);
    // Earliest first, then by source and type: the same order as the whole list.
    const types = [s.edges[0].node.type, second.data.claim.statements.edges[0].node.type];
    expect(new Set(types)).toEqual(new Set(['SAID', 'REPORTED']));

    const citing = await sentFor(
      `query ($id: ID!) { claim(id: $id) {
        statements(type: REPORTED) { totalCount edges { node { citing { id } } } } } }`,
      { id },
    );
    // The page, then the cited sources (not among the statements' own).
    expect(citing.sent).toHaveLength(2);
    expect(citing.sent[0]!.query).toContain('CITED');
    expect(citing.data.claim.statements.totalCount).toBe(1);
    expect(citing.data.claim.statements.edges[0].node.citing).toEqual([{ id: `${topic}-1-actor` }]);
  });
});

/** A query's answer and how many Cypher queries it sent. */
async function asked(query: string, variables: Record<string, unknown>) {
  let queries = 0;
  const stop = db.observe(() => queries++);
  try {
    const res = await gql(app, query, variables);
    expect(res.errors).toBeUndefined();
    return { data: res.data, queries };
  } finally {
    stop();
  }
}

describe('one source with a page of its statements', () => {
  it('is one Cypher query, source and statements together', async () => {
    const { data, queries } = await asked(
      `query ($id: ID!) { source(id: $id) { id name ... on Outlet {
        statements(first: 2) { totalCount edges { node { type claim { id text } } } } } } }`,
      { id: `${topic}-4-outlet` },
    );
    expect(data.source.name).toBeTruthy();
    expect(data.source.statements.totalCount).toBe(10);
    expect(data.source.statements.edges).toHaveLength(2);
    expect(queries).toBe(1);
    const missing = await gql(
      app,
      `query { source(id: "${topic}-none") { id ... on Outlet { statements { totalCount } } } }`,
    );
    expect(missing).toMatchObject({ data: { source: null } });
  });
});

describe("a claim's provenance", () => {
  it('is one Cypher query: chains, origins, merged copies, denials and every name', async () => {
    const { data, queries } = await asked(
      `query ($id: ID!) { provenance(claimId: $id) {
        claim { id text } reports independentOrigins anonymousOnly circular maxDepth
        origins { anonymous basis source { id name } }
        mergedOrigins { origin { name } mergedInto { name } reason }
        chains { depth sources { id name } hops { from { id } to { id } at } }
        denials { at quote source { id name } } } }`,
      { id: `${topic}-2-claim-3` },
    );
    expect(data.provenance.claim.text).toBeTruthy();
    expect(data.provenance.chains[0].sources[0].name).toBeTruthy();
    expect(data.provenance.origins[0].source.name).toBeTruthy();
    expect(queries).toBe(1);
  });
});
