// Faults: Neo4j stopping under live clients, and a seeding process killed half-way. Each runs
// against a throwaway Neo4j of its own, so that stopping it disturbs no other test.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boltUri, reset, start, stop, type Instance } from '../../neo4j/local-server.ts';
import { createApp, type App } from '../../server/app.ts';
import { Database } from '../../server/db/database.ts';
import { applySchema } from '../../server/db/schema.ts';
import { validateDocument } from '../../server/import/format.ts';
import { generateDocuments, writeNdjson } from '../../seed/synthetic.ts';
import { freePorts } from '../helpers.ts';

// Ports nothing listens on now: fixed ones collide with other worktrees' servers on one machine.
const [boltPort = 0, httpPort = 0] = await freePorts(2);
const throwaway: Instance = {
  name: 'faults-test',
  boltPort,
  httpPort,
  password: 'credibility-graph',
};
const config = {
  uri: boltUri(throwaway),
  username: 'neo4j',
  password: throwaway.password,
  database: 'neo4j',
};
let db: Database;
let app: App;

describe.skipIf(!process.env.TEST_NEO4J_DISPOSABLE)('faults', () => {
  beforeAll(async () => {
    await reset(throwaway);
    await start(throwaway);
    db = new Database(config);
    await applySchema(db);
    app = createApp(db);
  }, 180_000);
  afterAll(async () => {
    await db?.close();
    await reset(throwaway);
  }, 120_000);

  const ask = async () => {
    const started = Date.now();
    const res = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { claims } }' }),
    });
    const body = (await res.json()) as {
      data?: unknown;
      errors?: { extensions?: { code?: string } }[];
    };
    return { ms: Date.now() - started, code: body.errors?.[0]?.extensions?.code ?? 'OK' };
  };
  const ready = async () => (await app.fetch('http://test/ready')).status;

  it('fails fast with SERVICE_UNAVAILABLE while Neo4j is down, and recovers by itself when it is back', async () => {
    expect(await ask()).toMatchObject({ code: 'OK' });
    expect(await ready()).toBe(200);
    // Ten clients query while Neo4j stops.
    let stopping = true;
    const seen: { ms: number; code: string }[] = [];
    const clients = Array.from({ length: 10 }, async () => {
      while (stopping) seen.push(await ask());
    });
    await stop(throwaway);
    const down = await Promise.all(Array.from({ length: 10 }, ask));
    stopping = false;
    await Promise.all(clients);
    expect(down.map((r) => r.code)).toEqual(Array(10).fill('SERVICE_UNAVAILABLE'));
    expect(Math.max(...down.map((r) => r.ms))).toBeLessThan(8_000);
    expect(seen.filter((r) => r.code !== 'OK' && r.code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    expect(await ready()).toBe(503);

    await start(throwaway);
    // Same app, same driver: no restart of the service.
    const deadline = Date.now() + 60_000;
    while ((await ask()).code !== 'OK' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 250));
    expect(await ask()).toMatchObject({ code: 'OK' });
    expect(await ready()).toBe(200);
    console.log(
      `faults: ${seen.length} requests during the stop; down requests failed in at most ${Math.max(...down.map((r) => r.ms))} ms`,
    );
  }, 180_000);

  it('leaves whole documents only when seeding is killed half-way, and a rerun completes it exactly', async () => {
    const corpus = join(mkdtempSync(join(tmpdir(), 'faults-')), 'corpus.ndjson');
    const out = createWriteStream(corpus);
    await writeNdjson({ claims: 3000, seed: 11 }, out);
    await new Promise((r) => out.end(r));
    const expected = new Map<string, number>();
    for (const doc of generateDocuments({ claims: 3000, seed: 11 })) {
      const r = validateDocument(doc);
      if (r.ok) expected.set(r.document.article.id, r.document.statements.length);
    }
    // One process (node with tsx as a loader, not npx → tsx → node), so that SIGKILL kills the import.
    const seed = () =>
      spawn(process.execPath, ['--import', 'tsx', 'seed/cli.ts', corpus], {
        env: {
          ...process.env,
          NEO4J_URI: config.uri,
          NEO4J_USERNAME: 'neo4j',
          NEO4J_PASSWORD: config.password,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    const statementsPerArticle = async () =>
      new Map(
        (
          await db.read(
            `MATCH (a:Article) RETURN a.id AS id, COUNT { ()-[r:SAID|REPORTED|DENIED {article: a.id}]->() } AS n`,
          )
        ).map((r) => [String(r.id), Number(r.n)]),
      );

    // Kill it once some batches have committed.
    const first = seed();
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      const [row] = await db.read('MATCH (a:Article) RETURN count(a) AS n');
      if (Number(row!.n) > 0) break;
    }
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const partial = await statementsPerArticle();
    expect(partial.size).toBeGreaterThan(0);
    expect(partial.size).toBeLessThan(expected.size);
    for (const [id, n] of partial) expect(n, `article ${id}`).toBe(expected.get(id));
    const [orphans] = await db.read(
      'MATCH ()-[r:SAID|REPORTED|DENIED]->() WHERE NOT EXISTS { MATCH (a:Article {id: r.article}) } RETURN count(r) AS n',
    );
    expect(Number(orphans!.n)).toBe(0);

    const second = seed();
    const code = await new Promise((r) => second.once('exit', r));
    expect(code).toBe(0);
    const complete = await statementsPerArticle();
    expect(complete.size).toBe(expected.size);
    for (const [id, n] of expected) expect(complete.get(id), `article ${id}`).toBe(n);
    console.log(
      `faults: killed the seed after ${partial.size} of ${expected.size} articles; the rerun completed all`,
    );
  }, 240_000);
});
