// GraphQL over HTTP: the graphql-http audit suite against the live service as it is deployed
// (API keys required, production limits), over real HTTP on loopback, as a client with a
// reader key. Clients written against the spec must work with it unchanged.
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { KeyStore } from '../../server/db/key-store.ts';
import { loadSecurity } from '../../server/security.ts';
import { listen, setup, unique } from '../helpers.ts';

let db: Database;
let server: Awaited<ReturnType<typeof listen>>;
let url: string;
let key: string;

beforeAll(async () => {
  ({ db } = await setup());
  // The defaults `npm run serve` starts with: AUTH=keys, introspection on, 600 requests a minute.
  const app = createApp(db, { security: loadSecurity({}) });
  key = (await new KeyStore(db).create('reader', unique('conformance'))).key;
  server = await listen(app);
  url = `http://127.0.0.1:${server.port}/graphql`;
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const audits = serverAudits({
  url: () => url,
  fetchFn: (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${key}`);
    return fetch(input, { ...init, headers });
  },
});
const results: AuditResult[] = [];

const reason = (r: AuditResult) => (r.status === 'ok' ? 'ok' : `${r.status}: ${r.reason}`);

describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  it.each(audits.filter((a) => !a.name.startsWith('MAY')).map((a) => [a.name, a] as const))(
    '%s',
    async (_, audit) => {
      const result = await audit.fn();
      results.push(result);
      expect(reason(result)).toBe('ok');
    },
  );

  afterAll(async () => {
    // MAY audits are the server's choice; they are run for the record, not asserted.
    for (const audit of audits.filter((a) => a.name.startsWith('MAY')))
      results.push(await audit.fn());
    const count = (level: string, status?: string) =>
      results.filter((r) => r.name.startsWith(level) && (!status || r.status === status)).length;
    console.log(
      `conformance: MUST ${count('MUST', 'ok')}/${count('MUST')} ok, SHOULD ${count('SHOULD', 'ok')}/${count('SHOULD')} ok, MAY ${count('MAY', 'ok')}/${count('MAY')} ok`,
    );
  });
});
