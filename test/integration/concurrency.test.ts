// Many newsroom clients recording statements about the same claim at the same moment, over
// real HTTP on loopback: every write lands exactly once, none is lost, none is doubled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { IMPORT, tinyArticle } from '../fixtures.ts';
import { gql, listen, setup, unique } from '../helpers.ts';

let db: Database;
let app: App;
let server: Awaited<ReturnType<typeof listen>>;
let url: string;

beforeAll(async () => {
  ({ db, app } = await setup());
  server = await listen(app);
  url = `http://127.0.0.1:${server.port}/graphql`;
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const CLIENTS = 50;

const RECORD = `mutation ($i: RecordStatementInput!) {
  recordStatement(input: $i) { type source { id } claim { id } at quote article { id } citing { id } } }`;

/**
 * Counts write transactions as Neo4j runs them: every attempt of ImportStore.write starts by
 * checking the batch's definitions, so a deadlock the driver retried shows as one more.
 */
function countAttempts() {
  let attempts = 0;
  const stop = db.observe((query) => {
    if (query.includes('UNWIND $definitions')) attempts++;
  });
  return () => (stop(), attempts);
}

async function record(input: Record<string, unknown>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: RECORD, variables: { i: input } }),
  });
  return { status: res.status, ...((await res.json()) as { data?: any; errors?: unknown[] }) };
}

/** A claim, and `sources` actors and `articles` articles that can make statements about it. */
async function scene(sources: number, articles: number) {
  const prefix = unique('conc');
  const docs = Array.from({ length: articles }, (__, a) => {
    const { prefix: _, ...doc } = tinyArticle(1, `${prefix}-a${a}`);
    return doc;
  });
  // The first document also brings the shared claim and the actors.
  docs[0]!.claims!.push({ id: `${prefix}-claim`, text: `Shared claim ${prefix}` });
  docs[0]!.actors!.push(
    ...Array.from({ length: sources }, (_, s) => ({
      id: `${prefix}-s${s}`,
      name: `Source ${s} ${prefix}`,
      kind: 'PERSON' as const,
    })),
  );
  const res = await gql(app, IMPORT, { input: docs });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return {
    claim: `${prefix}-claim`,
    source: (s: number) => `${prefix}-s${s}`,
    article: (a: number) => res.data.importArticle.articleIds[a] as string,
  };
}

/** Statements about the claim as Neo4j holds them, by key, with whom each cites. */
async function statementsAbout(claim: string) {
  const rows = await db.read(
    `MATCH (s:Source)-[r]->(c:Claim {id: $claim})
     RETURN type(r) AS type, s.id AS source, r.article AS article, r.quote AS quote,
            COLLECT { MATCH (s)-[ci:CITED {claim: $claim, article: r.article}]->(t) RETURN t.id ORDER BY t.id } AS citing`,
    { claim },
  );
  return rows.map((r) => ({
    key: `${r.type}|${r.source}|${r.article}`,
    quote: r.quote as string,
    citing: r.citing as string[],
  }));
}

describe('50 clients recording statements on the same claim at once', () => {
  it('keeps every distinct statement exactly once: no duplicate, no lost write', async () => {
    const { claim, source, article } = await scene(10, 3);
    // 50 clients, 25 distinct (type, source, claim, article) keys, each sent by two clients at
    // once; each statement cites the next source, so that CITED relationships race too.
    const types = ['SAID', 'DENIED', 'CONFIRMED'] as const;
    const inputs = Array.from({ length: CLIENTS }, (_, i) => {
      const k = i % 25;
      return {
        type: types[k % 3],
        source: source(k % 10),
        claim,
        article: article(Math.floor(k / 10)),
        at: new Date(Date.UTC(2025, 0, 1 + k)).toISOString(),
        quote: `statement ${k}`,
        citing: [source((k + 1) % 10)],
      };
    });
    const expected = new Map(
      inputs.map((i) => [
        `${i.type}|${i.source}|${i.article}`,
        { quote: i.quote, citing: i.citing },
      ]),
    );
    expect(expected.size).toBe(25);

    const attempts = countAttempts();
    const started = Date.now();
    const responses = await Promise.all(inputs.map(record));
    const ms = Date.now() - started;
    // Each write ran once: none was aborted as a deadlock and retried.
    expect(attempts()).toBe(CLIENTS);

    expect(responses.map((r) => r.errors ?? r.status)).toEqual(Array(CLIENTS).fill(200));
    responses.forEach((r, i) =>
      expect(r.data.recordStatement).toMatchObject({
        type: inputs[i]!.type,
        source: { id: inputs[i]!.source },
        quote: inputs[i]!.quote,
        citing: [{ id: inputs[i]!.citing[0] }],
      }),
    );
    const stored = await statementsAbout(claim);
    // The REPORTED and SAID statements the articles brought about their own claims are not about
    // this claim: everything here came from the 50 clients.
    expect(stored).toHaveLength(expected.size);
    expect(new Map(stored.map((s) => [s.key, { quote: s.quote, citing: s.citing }]))).toEqual(
      expected,
    );
    // The claim's first sighting is the earliest of all the racing writes.
    const [first] = await db.read(
      'MATCH (c:Claim {id: $claim}) RETURN toString(c.firstSeenAt) AS at',
      {
        claim,
      },
    );
    expect(new Date(String(first!.at)).toISOString()).toBe('2025-01-01T00:00:00.000Z');
    console.log(
      `concurrency: ${CLIENTS} clients, ${expected.size} distinct statements → ${stored.length} relationships in ${ms} ms`,
    );
  });

  it('records one relationship when all 50 send the identical statement', async () => {
    const { claim, source, article } = await scene(2, 1);
    const input = {
      type: 'DENIED',
      source: source(0),
      claim,
      article: article(0),
      at: '2025-03-01T12:00:00.000Z',
      quote: 'That is false.',
      citing: [source(1)],
    };
    const attempts = countAttempts();
    const started = Date.now();
    const responses = await Promise.all(Array.from({ length: CLIENTS }, () => record(input)));
    const ms = Date.now() - started;
    expect(attempts()).toBe(CLIENTS);
    expect(responses.map((r) => r.errors ?? r.status)).toEqual(Array(CLIENTS).fill(200));
    expect(await statementsAbout(claim)).toEqual([
      { key: `DENIED|${source(0)}|${article(0)}`, quote: 'That is false.', citing: [source(1)] },
    ]);
    const [cited] = await db.read('MATCH ()-[ci:CITED {claim: $claim}]->() RETURN count(ci) AS n', {
      claim,
    });
    expect(Number(cited!.n)).toBe(1);
    console.log(`concurrency: ${CLIENTS} identical statements → 1 relationship in ${ms} ms`);
  });
});
