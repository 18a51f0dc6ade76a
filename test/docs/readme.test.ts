// The README shows real output: every example query, run on the seed article alone, returns
// exactly the JSON printed under it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { FIXTURES, seedFiles } from '../../seed/cli.ts';
import { CredibilityStore } from '../../server/db/credibility-store.ts';
import { setup } from '../helpers.ts';
import { examples, run } from './readme-examples.ts';

// Credibility sums floats in the database's order: the last digit may differ between runs.
const rounded = (v: unknown): unknown =>
  typeof v === 'number'
    ? Math.round(v * 1e9) / 1e9
    : Array.isArray(v)
      ? v.map(rounded)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rounded(x)]))
        : v;

let db: Database;
let app: App;

// It empties the graph first, so only where the test runner started its own, disposable Neo4j.
describe.skipIf(!process.env.TEST_NEO4J_DISPOSABLE)('the README examples', () => {
  beforeAll(async () => {
    ({ db, app } = await setup());
    await db.write('MATCH (n) WHERE NOT n:SchemaVersion DETACH DELETE n');
    await seedFiles(db, [FIXTURES]);
    // Example 11 shows credibility, which is computed, not imported.
    await new CredibilityStore(db).recompute();
  });
  afterAll(() => db.close());

  it('has one example per analyst question at least', () => {
    expect(examples().length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples().map((e, i) => [i + 1, e] as const))(
    'example %i returns what the README shows',
    async (_, example) => {
      expect(rounded(await run(app, example.query))).toEqual(rounded(JSON.parse(example.shown)));
    },
  );
});
