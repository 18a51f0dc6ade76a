// bench/bulk-load.ts: the offline bulk import of the synthetic corpus writes exactly the graph the
// transactional import (npm run seed) writes for the same documents. Runs on a throwaway server
// of its own (never the test server's graph), loaded both ways and compared node for node.
import { openLocal } from '../../neo4j/connect.ts';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bulkLoad } from '../../bench/bulk-load.ts';
import { reset, start, type Instance } from '../../neo4j/local-server.ts';
import { seedStream } from '../../seed/cli.ts';
import { generateDocuments } from '../../seed/synthetic.ts';
import { applySchema } from '../../server/db/schema.ts';
import { graphLines } from '../graph-lines.ts';
import { freePorts } from '../helpers.ts';

// Its own server, named for this process: never the test server, nor another run's.
const [boltPort = 0, httpPort = 0] = await freePorts(2);
const target: Instance = {
  name: `bulk-load-test-${process.pid}`,
  boltPort,
  httpPort,
  password: 'credibility-graph',
};
const home = fileURLToPath(new URL(`../../neo4j/.local/${target.name}/`, import.meta.url));
const corpus = { claims: 300, seed: 3 };

const connect = () => openLocal(target);

describe.skipIf(!process.env.TEST_NEO4J_DISPOSABLE)('the bulk load (bench/bulk-load.ts)', () => {
  afterAll(async () => {
    await reset(target);
    rmSync(home, { recursive: true, force: true });
  });

  it('writes exactly the graph the transactional import writes', async () => {
    // The transactional import, as `npm run seed` runs it, into an empty server.
    await reset(target);
    await start(target, () => {});
    let db = connect();
    let expected: Awaited<ReturnType<typeof graphLines>>;
    try {
      await applySchema(db);
      const rejected: unknown[] = [];
      async function* inputs() {
        let n = 0;
        for (const document of generateDocuments(corpus))
          yield { where: `synthetic:${++n}`, document };
      }
      const report = await seedStream(db, inputs(), { onRejected: (r) => rejected.push(r) });
      expect(rejected).toEqual([]);
      expect(report.progress.documents).toBeGreaterThan(1000);
      expected = await graphLines(db, { without: 'SchemaVersion' });
    } finally {
      await db.close();
    }

    // The bulk load replaces that database with the CSV import of the same corpus.
    // In two parts (two processes writing CSV), as large corpora are: the merge is covered too.
    const result = await bulkLoad(target, { ...corpus, parts: 2, log: () => {} });
    db = connect();
    try {
      const actual = await graphLines(db, { without: 'SchemaVersion' });
      expect(result.nodes).toBe(expected.nodes.length);
      expect(result.relationships).toBe(expected.relationships.length);
      // A readable difference first (a few lines each way), then the whole graph.
      const differences = (a: string[], b: string[]) => {
        const [inA, inB] = [new Set(a), new Set(b)];
        return {
          onlyBulk: a.filter((l) => !inB.has(l)).slice(0, 5),
          onlyTransactional: b.filter((l) => !inA.has(l)).slice(0, 5),
        };
      };
      const none = { onlyBulk: [], onlyTransactional: [] };
      expect(differences(actual.nodes, expected.nodes)).toEqual(none);
      expect(differences(actual.relationships, expected.relationships)).toEqual(none);
      expect(actual.nodes).toEqual(expected.nodes);
      expect(actual.relationships).toEqual(expected.relationships);
      // The corpus has what the comparison must cover: actors without aliases (empty lists),
      // anonymous sources with and without an affiliation, quotes, and every relationship type.
      const has = (s: string) => actual.nodes.some((l) => l.includes(s));
      expect(has('"aliases":[]')).toBe(true);
      expect(has('"affiliation":"actor-')).toBe(true);
      const types = new Set(actual.relationships.map((l) => JSON.parse(l).type as string));
      expect([...types].sort()).toEqual([
        'AFFILIATED_WITH',
        'CITED',
        'CITED_BY',
        'DENIED',
        'PUBLISHED_BY',
        'REPORTED',
        'SAID',
      ]);
      // The schema is in place, full-text indexes included.
      const indexes = await db.read(`SHOW INDEXES YIELD name, state RETURN name, state`);
      expect(indexes.map((i) => i.name)).toEqual(
        expect.arrayContaining(['claim_text', 'source_names', 'claim_id', 'said_at']),
      );
      expect(indexes.every((i) => i.state === 'ONLINE')).toBe(true);
    } finally {
      await db.close();
    }
  }, 240_000);
});
