// What integration tests share: the real Neo4j the test runner started, and the real service
// called in-process through yoga.fetch.
import { randomUUID } from 'node:crypto';
import { createServer, type RequestListener } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { createApp, type App } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { Database } from '../server/db/database.ts';
import { refreshDerived } from '../server/db/provenance-store.ts';
import { applySchema } from '../server/db/schema.ts';
import { keepingCounters } from '../server/db/source-counters.ts';

export function testDatabase(): Database {
  if (!process.env.NEO4J_URI)
    throw new Error('Run integration tests through `npm test` (it sets NEO4J_URI).');
  return new Database(loadConfig().neo4j);
}

let schemaApplied: Promise<void> | undefined;

export async function setup(): Promise<{ db: Database; app: App }> {
  const db = testDatabase();
  schemaApplied ??= applySchema(db);
  await schemaApplied;
  return { db, app: createApp(db) };
}

/** A prefix that keeps one test's ids apart from every other test's. */
export const unique = (name: string) => `${name}-${randomUUID().slice(0, 8)}`;

/**
 * Deletes the nodes whose id starts with one of `prefixes` (or contains one of `infixes`), with
 * their relationships and the verdicts on them, leaving the rest of the graph as the importer
 * would have left it without them: the flags of the claims they touched, and the counters of the
 * sources left (a test that reports its claims through the seed's outlets would otherwise leave
 * those outlets counting reports that are gone, and a later test of the seed's questions would
 * see them).
 */
export async function removeTestData(
  db: Database,
  { prefixes, infixes = [] }: { prefixes: string[]; infixes?: string[] },
): Promise<void> {
  const params = { prefixes, infixes };
  const OURS = `(any(p IN $prefixes WHERE n.id STARTS WITH p) OR any(i IN $infixes WHERE n.id CONTAINS i))`;
  await db.writeTransaction(async (tx) => {
    const run = (query: string, more: Record<string, unknown>) => tx.run(query, more);
    const [row] = await run(
      `MATCH (n) WHERE ${OURS}
       OPTIONAL MATCH (n)-[r]-(m)
       WITH collect(n.id) + collect(CASE WHEN m:Claim THEN m.id END) + collect(r.claim) AS ids
       UNWIND ids AS id
       WITH DISTINCT id
       MATCH (c:Claim {id: id})
       RETURN collect(c.id) AS claims`,
      params,
    );
    const claims = ((row?.claims ?? []) as string[]).sort();
    await keepingCounters(run, claims, async () => {
      await run(
        `MATCH (n) WHERE ${OURS}
         OPTIONAL MATCH (v:Verdict)-[:RATES]->(n)
         DETACH DELETE n, v`,
        params,
      );
      await refreshDerived(run, claims);
    });
  });
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export async function gql<T = any>(
  app: App,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GqlResponse<T>> {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

/** Serves a handler over real HTTP on a free loopback port, for tests that need a socket. */
export async function listen(
  handler: RequestListener,
): Promise<{ port: number; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Ports nothing listens on now (the kernel's pick), so that parallel runs do not collide. */
export async function freePorts(n: number): Promise<number[]> {
  const servers = Array.from({ length: n }, () => createTcpServer().listen(0, '127.0.0.1'));
  await Promise.all(servers.map((s) => new Promise((resolve) => s.once('listening', resolve))));
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}
