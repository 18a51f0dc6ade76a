// Access control and limits, as a newsroom's API client meets them.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { KeyStore } from '../../server/db/key-store.ts';
import { OPEN, loadSecurity } from '../../server/security.ts';
import { setup, unique } from '../helpers.ts';

let db: Database;
let app: App;
const keys: Record<string, string> = {};

beforeAll(async () => {
  ({ db } = await setup());
  app = createApp(db, { security: { ...OPEN, auth: 'keys', ratePerMinute: 0 } });
  const store = new KeyStore(db);
  for (const role of ['reader', 'editor', 'admin'] as const)
    keys[role] = (await store.create(role, unique(role))).key;
});
afterAll(() => db.close());

async function post(target: App, query: string, key?: string, extra: Record<string, string> = {}) {
  const res = await target.fetch('http://test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(key && { authorization: `Bearer ${key}` }),
      ...extra,
    },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

const upsert = () =>
  `mutation { upsertActor(input: {id: "${unique('sec-actor')}", name: "Sec", kind: PERSON}) { id } }`;

describe('API keys and roles', () => {
  it('asks for a key: 401 UNAUTHENTICATED without one, or with a wrong one', async () => {
    const none = await post(app, '{ stats { claims } }');
    expect(none.status).toBe(401);
    expect(none.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    const wrong = await post(
      app,
      '{ stats { claims } }',
      'cg_000000000000_notarealsecretnotarealsecretnotare',
    );
    expect(wrong.status).toBe(401);
  });

  it('lets a reader query, and refuses it a mutation with 403 FORBIDDEN', async () => {
    expect((await post(app, '{ stats { claims } }', keys.reader)).status).toBe(200);
    const write = await post(app, upsert(), keys.reader);
    expect(write.status).toBe(403);
    expect(write.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('lets an editor write, and keeps recomputes for admins', async () => {
    const write = await post(app, upsert(), keys.editor);
    expect(write.status).toBe(200);
    expect(write.body.errors).toBeUndefined();
    expect(
      (await post(app, 'mutation { recomputeCredibility { methodVersion } }', keys.editor)).status,
    ).toBe(403);
    const admin = await post(
      app,
      'mutation { recomputeCredibility { methodVersion } }',
      keys.admin,
    );
    expect(admin.body).toEqual({
      data: { recomputeCredibility: { methodVersion: 'credibility-v2' } },
    });
  });

  it('tells a caller who it is: the key’s id, name and role, never the key', async () => {
    const store = new KeyStore(db);
    const name = unique('Dana Reviewer');
    const { id, key } = await store.create('editor', name);
    const res = await post(app, '{ viewer { keyId name role } }', key);
    expect(res.body).toEqual({ data: { viewer: { keyId: id, name, role: 'EDITOR' } } });
    expect(JSON.stringify(res.body)).not.toContain(key.slice(16));
    // Without a key, nothing: the same 401 as any query.
    expect((await post(app, '{ viewer { name } }')).status).toBe(401);
    // Without keys at all (AUTH=open), every caller is an admin with no name.
    expect((await post(createApp(db), '{ viewer { keyId name role } }')).body).toEqual({
      data: { viewer: { keyId: null, name: null, role: 'ADMIN' } },
    });
  });

  it('accepts the key as X-API-Key too, and stores only its hash', async () => {
    expect(
      (await post(app, '{ stats { claims } }', undefined, { 'x-api-key': keys.reader! })).status,
    ).toBe(200);
    const stored = await db.read(
      'MATCH (k:ApiKey) WHERE k.hash = $key OR k.id = $key RETURN count(k) AS n',
      { key: keys.reader },
    );
    expect(Number(stored[0]!.n)).toBe(0);
  });

  it('stops accepting a revoked key', async () => {
    const store = new KeyStore(db);
    const { id, key } = await store.create('reader', unique('revoked'));
    const fresh = createApp(db, { security: { ...OPEN, auth: 'keys' } });
    expect((await post(fresh, '{ stats { claims } }', key)).status).toBe(200);
    await store.revoke(id);
    // The app's own cache holds a key for 30 s; a new app (another process) sees it at once.
    expect(
      (
        await post(
          createApp(db, { security: { ...OPEN, auth: 'keys' } }),
          '{ stats { claims } }',
          key,
        )
      ).status,
    ).toBe(401);
  });

  it('is open only when AUTH=open says so', () => {
    expect(loadSecurity({}).auth).toBe('keys');
    expect(loadSecurity({ AUTH: 'open' }).auth).toBe('open');
    expect(() => loadSecurity({ AUTH: 'none' })).toThrow(/AUTH must be 'keys' or 'open'/);
  });
});

describe('limits', () => {
  it('refuses a query nested deeper than 12 levels', async () => {
    const deep = `{ claims { edges { node { statements { edges { node { source { statements { edges { node { claim { statements { edges { node { type } } } } } } } } } } } } } } }`;
    const res = await post(app, deep, keys.reader);
    expect(res.body.errors[0].message).toMatch(/depth/i);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP' });
  });

  it('refuses a query with too many aliases', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: stats { claims }`).join(' ');
    const res = await post(app, `{ ${aliases} }`, keys.reader);
    expect(res.body.errors[0].message).toMatch(/aliases/i);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES' });
  });

  it('refuses a query that would cost too much, with a code of its own', async () => {
    // 20 aliased pages of 100 claims, each with 100 statements: far above the cost limit.
    const pages = Array.from(
      { length: 20 },
      (_, i) =>
        `p${i}: claims(first: 100) { edges { node { statements(first: 100) { edges { node { type } } } } } }`,
    ).join(' ');
    const res = await post(app, `{ ${pages} }`, keys.reader);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY' });
  });

  it('refuses a query with too many directives or tokens, each with its code', async () => {
    const directives = Array.from({ length: 25 }, () => '@include(if: true)').join(' ');
    const many = await post(app, `{ stats ${directives} { claims } }`, keys.reader);
    expect(many.body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_DIRECTIVES' });
    const long = `{ ${Array.from({ length: 1600 }, () => 'stats { claims }').join(' ')} }`;
    const tokens = await post(app, long, keys.reader);
    expect(tokens.body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_TOKENS' });
  });

  it('caps page sizes at 100', async () => {
    const res = await post(app, '{ claims(first: 1000) { totalCount } }', keys.reader);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('answers 429 with Retry-After past the rate limit of a key', async () => {
    const limited = createApp(db, { security: { ...OPEN, auth: 'keys', ratePerMinute: 5 } });
    const statuses = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await post(limited, '{ stats { claims } }', keys.reader)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const res = await post(limited, '{ stats { claims } }', keys.reader);
    expect(res.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another key has its own budget.
    expect((await post(limited, '{ stats { claims } }', keys.editor)).status).toBe(200);
  });

  it('refuses a request body over the size limit with 413', async () => {
    const small = createApp(db, { security: { ...OPEN, maxBodyBytes: 100 } });
    const res = await post(small, `{ search(text: "${'x'.repeat(200)}") { edges { cursor } } }`);
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('can switch off introspection and GraphiQL for production', async () => {
    const prod = createApp(db, { security: { ...OPEN, introspection: false, graphiql: false } });
    const res = await post(prod, '{ __schema { types { name } } }');
    expect(res.body.errors?.[0]?.message).toMatch(/introspection/i);
    const page = await prod.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    const dev = await createApp(db).fetch('http://test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(await dev.text()).toMatch(/graphiql/i);
  });
});

// Last in this file: it revokes every admin key, as a fresh deployment has none.
describe('the first admin of a keyed deployment', () => {
  const noActiveAdmin = () =>
    db.write(`MATCH (k:ApiKey {role: 'admin'}) WHERE NOT k.revoked SET k.revoked = true`);

  it('gets a key made and shown once when no admin key exists, and none after that', async () => {
    await noActiveAdmin();
    const store = new KeyStore(db);
    const first = await store.ensureFirstAdmin();
    expect(first?.key).toMatch(/^cg_[0-9a-f]{12}_/);
    expect(await new KeyStore(db).verify(first!.key)).toEqual({
      id: first!.id,
      role: 'admin',
      name: 'first admin',
    });
    expect(await store.ensureFirstAdmin()).toBeNull();
    const res = await post(app, 'mutation { recomputeCredibility { seconds } }', first!.key);
    expect(res.body.errors?.[0]?.extensions?.code).not.toBe('FORBIDDEN');
  });

  it('can bring its own key from ADMIN_API_KEY, and is told how to make one when it is malformed', async () => {
    await noActiveAdmin();
    const store = new KeyStore(db);
    await expect(store.ensureFirstAdmin('letmein')).rejects.toThrow(/ADMIN_API_KEY must look like/);
    const id = randomBytes(6).toString('hex');
    const chosen = `cg_${id}_${randomBytes(24).toString('base64url')}`;
    expect(await store.ensureFirstAdmin(chosen)).toEqual({ id, key: chosen });
    expect(await new KeyStore(db).verify(chosen)).toEqual({
      id,
      role: 'admin',
      name: 'first admin (ADMIN_API_KEY)',
    });
    expect(await store.ensureFirstAdmin(chosen)).toBeNull();
  });
});
