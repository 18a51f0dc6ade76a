// docs/api.md shows the analysts' questions exactly as server/examples holds them (GraphiQL's
// tabs), and real output: every question, run on the seed article alone, returns exactly the JSON
// printed under it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { FIXTURES, seedFiles } from '../../seed/cli.ts';
import { CredibilityStore } from '../../server/db/credibility-store.ts';
import { setup } from '../helpers.ts';
import { analystQuestions } from '../../server/examples/questions.ts';
import { renderSection, run, section, shownOutputs } from './api-examples.ts';

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
describe.skipIf(!process.env.TEST_NEO4J_DISPOSABLE)('the examples in docs/api.md', () => {
  beforeAll(async () => {
    ({ db, app } = await setup());
    await db.write('MATCH (n) WHERE NOT n:SchemaVersion DETACH DELETE n');
    await seedFiles(db, [FIXTURES]);
    // Example 11 shows credibility, which is computed, not imported.
    await new CredibilityStore(db).recompute();
  });
  afterAll(() => db.close());

  it('has one example per analyst question at least', () => {
    expect(analystQuestions().length).toBeGreaterThanOrEqual(10);
  });

  it('shows the questions as server/examples holds them, in order', () => {
    expect(section()).toBe(renderSection(shownOutputs()));
  });

  it.each(analystQuestions().map((q, i) => [q.number, q, i] as const))(
    'question %i returns what docs/api.md shows',
    async (_, question, i) => {
      const shown = shownOutputs()[i];
      expect(shown, 'docs/api.md shows no output for it').toBeDefined();
      expect(rounded(await run(app, question.query))).toEqual(rounded(JSON.parse(shown!)));
    },
  );
});
