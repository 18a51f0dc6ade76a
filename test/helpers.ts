// What integration tests share: the real Neo4j the test runner started, and the real service
// called in-process through yoga.fetch.
import { randomUUID } from 'node:crypto';
import { createServer, type RequestListener } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { createApp, type App } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { Database } from '../server/db/database.ts';
import { applySchema } from '../server/db/schema.ts';

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
