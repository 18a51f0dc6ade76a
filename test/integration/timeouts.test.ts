// An expensive question ends at the service's time limit with a code of its own, while the
// questions asked beside it are answered: the database is fine, only that question was too dear.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { Database, type Params, QueryTimeoutError } from '../../server/db/database.ts';
import { gql, setup } from '../helpers.ts';

// Seconds of work for Neo4j on any graph, and nothing a real question would send.
const SLOW = `UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 123456789 RETURN count(x) AS n`;
const LIMIT_MS = 400;

/** The service over a database whose stats question is replaced by the slow query. */
class SlowStats extends Database {
  override read<R extends Record<string, unknown>>(query: string, params: Params = {}) {
    return super.read<R>(query.includes('RETURN count(n) AS claims') ? SLOW : query, params);
  }
}

let db: Database;
let slow: Database;
let app: App;

beforeAll(async () => {
  ({ db } = await setup());
  slow = new SlowStats({ ...loadConfig().neo4j, queryTimeoutMs: LIMIT_MS });
  app = createApp(slow);
});
afterAll(async () => {
  await slow.close();
  await db.close();
});

describe('a read past the time limit', () => {
  it('ends with QUERY_TIMEOUT near the limit while ordinary reads are answered', async () => {
    const started = Date.now();
    const [timedOut, ...ordinary] = await Promise.allSettled([
      slow.read(SLOW),
      ...Array.from({ length: 5 }, () => slow.read('RETURN 1 AS ok')),
    ]);
    expect(timedOut.status).toBe('rejected');
    const error = (timedOut as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect(error.extensions.code).toBe('QUERY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(LIMIT_MS + 5_000);
    for (const r of ordinary) expect(r.status).toBe('fulfilled');
    expect(await slow.ping()).toBe(true);
  });

  it('reaches the client as QUERY_TIMEOUT, and other requests are served meanwhile', async () => {
    const [stats, ...others] = await Promise.all([
      gql(app, '{ stats { claims } }'),
      ...Array.from({ length: 5 }, () =>
        gql(app, '{ claims(first: 1) { edges { node { id } } } }'),
      ),
    ]);
    expect(stats.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(stats.errors?.[0]?.message).toMatch(/longer than the service's limit of 400 ms/);
    for (const o of others) expect(o.errors).toBeUndefined();
    const ready = await app.fetch('http://test/ready');
    expect(ready.status).toBe(200);
  });
});

describe('NEO4J_QUERY_TIMEOUT_MS', () => {
  it('sets the limit, and a value that is not a positive whole number is refused', () => {
    expect(loadConfig({ NEO4J_QUERY_TIMEOUT_MS: '2500' }).neo4j.queryTimeoutMs).toBe(2500);
    expect(loadConfig({}).neo4j.queryTimeoutMs).toBeGreaterThan(0);
    expect(() => loadConfig({ NEO4J_QUERY_TIMEOUT_MS: 'soon' })).toThrow(/NEO4J_QUERY_TIMEOUT_MS/);
    expect(() => loadConfig({ NEO4J_QUERY_TIMEOUT_MS: '0' })).toThrow(/NEO4J_QUERY_TIMEOUT_MS/);
  });
});
