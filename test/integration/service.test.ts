import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { Database, verifyConnection } from '../../server/db/database.ts';
import { SCHEMA_VERSION, applySchema } from '../../server/db/schema.ts';
import { gql, setup, unique } from '../helpers.ts';

let db: Database;
let app: App;
beforeAll(async () => ({ db, app } = await setup()));
afterAll(() => db.close());

const deadNeo4j = {
  uri: 'bolt://127.0.0.1:9',
  username: 'neo4j',
  password: 'x',
  database: 'neo4j',
};

describe('the service is up and connected to Neo4j', () => {
  it('answers /health while the process is alive', async () => {
    const res = await app.fetch('http://test/health');
    expect(res.status).toBe(200);
  });

  it('answers /ready when Neo4j answers', async () => {
    const res = await app.fetch('http://test/ready');
    expect(res.status).toBe(200);
  });

  it('is not ready, and says so, when Neo4j cannot be reached', async () => {
    const down = new Database(deadNeo4j);
    try {
      const res = await createApp(down).fetch('http://test/ready');
      expect(res.status).toBe(503);
    } finally {
      await down.close();
    }
  });

  it('fails queries with SERVICE_UNAVAILABLE, not a stack trace, when Neo4j is down', async () => {
    const down = new Database(deadNeo4j);
    try {
      const res = await gql(createApp(down), '{ stats { claims } }');
      expect(res.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(res)).not.toMatch(/at .*\.ts:\d+/);
    } finally {
      await down.close();
    }
  });

  it('counts each label in the graph, end to end through GraphQL', async () => {
    const before = await gql(app, '{ stats { actors claims schemaVersion } }');
    const id = unique('stats-actor');
    await db.write('CREATE (:Actor {id: $id, name: "Stats Test"}), (:Claim {id: $id, text: "t"})', {
      id,
    });
    const after = await gql(app, '{ stats { actors claims schemaVersion } }');
    await db.write('MATCH (n {id: $id}) DETACH DELETE n', { id });

    expect(after.data.stats.actors).toBe(before.data.stats.actors + 1);
    expect(after.data.stats.claims).toBe(before.data.stats.claims + 1);
    expect(after.data.stats.schemaVersion).toBe(SCHEMA_VERSION);
  });
});

describe('constraints and indexes', () => {
  it('are applied idempotently: a second application changes nothing', async () => {
    const list = async () =>
      [
        ...(await db.read('SHOW CONSTRAINTS YIELD name')),
        ...(await db.read('SHOW INDEXES YIELD name')),
      ]
        .map((r) => r.name as string)
        .sort();
    const first = await list();
    await applySchema(db);
    expect(await list()).toEqual(first);
    expect(first).toEqual(
      expect.arrayContaining([
        'actor_id',
        'outlet_id',
        'anonymous_source_id',
        'claim_id',
        'article_id',
        'claim_text',
        'source_names',
      ]),
    );
  });

  it('refuse a second node with the same id', async () => {
    const id = unique('dup-claim');
    await db.write('CREATE (:Claim {id: $id})', { id });
    await expect(db.write('CREATE (:Claim {id: $id})', { id })).rejects.toThrow(/already exists/);
    await db.write('MATCH (n:Claim {id: $id}) DELETE n', { id });
  });
});

describe('bad configuration gives one clear message', () => {
  it('names the URI when Neo4j is unreachable', async () => {
    const down = new Database(deadNeo4j);
    await expect(verifyConnection(down, deadNeo4j)).rejects.toThrow(
      /Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9.*NEO4J_URI/,
    );
    await down.close();
  });

  it('names the credentials when the password is wrong', async () => {
    const wrong = {
      uri: process.env.NEO4J_URI!,
      username: 'neo4j',
      password: 'not-the-password',
      database: 'neo4j',
    };
    const bad = new Database(wrong);
    await expect(verifyConnection(bad, wrong)).rejects.toThrow(
      /rejected the credentials of user 'neo4j'.*NEO4J_PASSWORD/,
    );
    await bad.close();
  });

  it('npm start exits non-zero naming an unreachable NEO4J_URI', () => {
    const r = spawnSync('npx', ['tsx', 'bin/start.ts'], {
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:9', PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Cannot reach Neo4j at bolt://127.0.0.1:9');
  });
});

describe('the compiled service, as npm start and npm run serve run it', () => {
  it('builds, starts from dist/ and reads the files beside its code (SDL, Browser guide, review page)', async () => {
    const build = spawnSync('npm', ['run', '--silent', 'build'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const probe = createServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const port = (probe.address() as { port: number }).port;
    probe.close();
    // The test Neo4j (NEO4J_URI and the rest come from the test runner); open access, as npm start.
    const child = spawn('node', ['dist/bin/start.js'], {
      env: { ...process.env, PORT: String(port), AUTH: 'open' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      for (let t = Date.now(); !out.includes('GraphiQL:');) {
        if (child.exitCode !== null || Date.now() - t > 60_000) throw new Error(out);
        await new Promise((r) => setTimeout(r, 100));
      }
      const base = `http://127.0.0.1:${port}`;
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { claims } }' }),
      });
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
      expect(await (await fetch(`${base}/browser/guide.html`)).text()).toContain('<!doctype html>');
      const review = await fetch(`${base}/review`, { headers: { accept: 'text/html' } });
      expect(review.status).toBe(200);
    } finally {
      child.kill();
    }
  });
});
