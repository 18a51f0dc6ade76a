// npm run db:dump / db:load (neo4j/local-server.ts): a dump loaded back gives the same graph,
// node for node and property for property. Runs on a throwaway server of its own (the test
// server keeps serving the other test files meanwhile).
import { openLocal } from '../../neo4j/connect.ts';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  LocalNeo4jError,
  dump,
  load,
  reset,
  start,
  status,
  type Instance,
} from '../../neo4j/local-server.ts';
import { seedStream } from '../../seed/cli.ts';
import { generateDocuments } from '../../seed/synthetic.ts';
import { Database } from '../../server/db/database.ts';
import { applySchema } from '../../server/db/schema.ts';
import { fingerprint, graphLines } from '../graph-lines.ts';
import { freePorts } from '../helpers.ts';

const [boltPort = 0, httpPort = 0] = await freePorts(2);
const target: Instance = {
  name: `backup-test-${process.pid}`,
  boltPort,
  httpPort,
  password: 'credibility-graph',
  // Small: a few hundred nodes, and four starts in the test.
  heap: '512m',
  pageCache: '64m',
};
const home = fileURLToPath(new URL(`../../neo4j/.local/${target.name}/`, import.meta.url));
const dumps = mkdtempSync(join(tmpdir(), 'backup-test-'));
const quiet = () => {};

async function withDb<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = openLocal(target);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

const graph = () => withDb(async (db) => fingerprint(await graphLines(db)));

describe.skipIf(!process.env.TEST_NEO4J_DISPOSABLE)('backups (db:dump, db:load)', () => {
  afterAll(async () => {
    await reset(target);
    rmSync(home, { recursive: true, force: true });
    rmSync(dumps, { recursive: true, force: true });
  });

  it('loads a dump back into the same graph, and replaces a database only with --force', async () => {
    await reset(target);
    await start(target, quiet);
    await withDb(async (db) => {
      await applySchema(db);
      async function* inputs() {
        let n = 0;
        for (const document of generateDocuments({ claims: 60, seed: 5 }))
          yield { where: `synthetic:${++n}`, document };
      }
      await seedStream(db, inputs());
    });
    const seeded = await graph();
    expect(seeded.nodes).toBeGreaterThan(200);
    expect(seeded.relationships).toBeGreaterThan(200);

    // A running server is stopped for the dump and started again.
    const file = join(dumps, 'graph.dump');
    const dumped = await dump(target, { file }, quiet);
    expect(dumped).toMatchObject({ file, restarted: true });
    expect(dumped.bytes).toBeGreaterThan(0);
    expect(status(target).running).toBe(true);
    expect(await graph()).toEqual(seeded);
    await expect(dump(target, { file }, quiet)).rejects.toThrow(/already exists.*--force/);

    // Wiped, then loaded: refused without --force (the database still exists), then the same.
    await withDb((db) => db.write('MATCH (n) DETACH DELETE n'));
    expect((await graph()).nodes).toBe(0);
    const refused = load(target, file, {}, quiet);
    await expect(refused).rejects.toBeInstanceOf(LocalNeo4jError);
    await expect(refused).rejects.toThrow(/already has a database.*Pass --force/);
    expect(status(target).running).toBe(true);
    await load(target, file, { force: true }, quiet);
    expect(status(target).running).toBe(true);
    expect(await graph()).toEqual(seeded);
    // The schema is in the store too: full-text search answers at once.
    const indexes = await withDb((db) => db.read('SHOW INDEXES YIELD name, state'));
    expect(indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['claim_text', 'claim_id']));
    expect(indexes.every((i) => i.state === 'ONLINE')).toBe(true);

    // Onto a server with no data at all (a new machine): no --force needed.
    await reset(target);
    await load(target, file, {}, quiet);
    expect(await graph()).toEqual(seeded);

    await expect(load(target, join(dumps, 'missing.dump'), {}, quiet)).rejects.toThrow(
      /No dump file/,
    );
    expect(existsSync(`${file}.partial`)).toBe(false);
  }, 300_000);
});
