// The optional response cache (RESPONSE_CACHE_MS, server/response-cache.ts): a repeated question
// is answered without Neo4j, a mutation empties the cache, and each API key has its own answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { KeyStore } from '../../server/db/key-store.ts';
import { OPEN, type SecurityConfig } from '../../server/security.ts';
import { IMPORT, tinyArticle } from '../fixtures.ts';
import { gql, setup } from '../helpers.ts';

let db: Database;
let open: App;
const doc = tinyArticle(1);
const claimId = `${doc.prefix}-claim-0`;

beforeAll(async () => {
  ({ db } = await setup());
  open = createApp(db, { responseCacheMs: 60_000 });
  const res = await gql(open, IMPORT, { input: { ...doc, prefix: undefined } });
  expect(res.errors).toBeUndefined();
});
afterAll(() => db.close());

const CLAIM = `query ($id: ID!) { claim(id: $id) { id text statements { totalCount } } }`;

/** The answer, and how many Cypher queries it took. */
async function ask(app: App, query: string, variables: Record<string, unknown>, key?: string) {
  let queries = 0;
  const stop = db.observe(() => queries++);
  try {
    const res = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key && { authorization: `Bearer ${key}` }),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as any, queries };
  } finally {
    stop();
  }
}

describe('the response cache', () => {
  it('answers a repeated question without Neo4j, and afresh after any mutation', async () => {
    const first = await ask(open, CLAIM, { id: claimId });
    expect(first.queries).toBeGreaterThan(0);
    const again = await ask(open, CLAIM, { id: claimId });
    expect(again).toEqual({ ...first, queries: 0 });
    // Other variables are another question.
    expect((await ask(open, CLAIM, { id: `${doc.prefix}-other` })).queries).toBeGreaterThan(0);

    const changed = await ask(
      open,
      `mutation ($input: ClaimInput!) { upsertClaim(input: $input) { id } }`,
      { input: { id: claimId, text: 'A text changed after the answer was cached' } },
    );
    expect(changed.body.errors).toBeUndefined();
    const fresh = await ask(open, CLAIM, { id: claimId });
    expect(fresh.queries).toBeGreaterThan(0);
    expect(fresh.body.data.claim.text).toBe('A text changed after the answer was cached');
  });

  it('keeps each API key’s answers apart, and lets no unknown key reach them', async () => {
    const keys = new KeyStore(db);
    const reader = (await keys.create('reader', 'cache reader')).key;
    const admin = (await keys.create('admin', 'cache admin')).key;
    const security: SecurityConfig = { ...OPEN, auth: 'keys', ratePerMinute: 0 };
    const app = createApp(db, { security, responseCacheMs: 60_000 });
    const asAdmin = await ask(app, CLAIM, { id: claimId }, admin);
    expect(asAdmin.body.errors).toBeUndefined();
    expect((await ask(app, CLAIM, { id: claimId }, admin)).queries).toBe(0);
    // The reader's first asking goes to Neo4j: the admin's answer is not the reader's. (Its key
    // is looked up first, so that the count below is the question's alone.)
    expect((await ask(app, '{ __typename }', {}, reader)).body.errors).toBeUndefined();
    const asReader = await ask(app, CLAIM, { id: claimId }, reader);
    expect(asReader.queries).toBeGreaterThan(0);
    expect(asReader.body).toEqual(asAdmin.body);
    expect((await ask(app, CLAIM, { id: claimId }, reader)).queries).toBe(0);
    for (const key of [undefined, 'cg_000000000000_not-a-key-at-all-xxxxxxxxxxxxxxxx']) {
      const refused = await ask(app, CLAIM, { id: claimId }, key);
      expect(refused.status).toBe(401);
      expect(refused.body.data ?? null).toBeNull();
    }
  });

  it('is off unless asked for', async () => {
    const app = createApp(db);
    await ask(app, CLAIM, { id: claimId });
    expect((await ask(app, CLAIM, { id: claimId })).queries).toBeGreaterThan(0);
  });
});
