// npm run seed -- <file|folder|-> : imports documents in format v1 (seed/import-format.schema.json).
// Without an argument it loads the project's fixtures (seed/fixtures/).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../server/config.ts';
import { Database, verifyConnection } from '../server/db/database.ts';
import { ImportStore } from '../server/db/import-store.ts';
import { applySchema } from '../server/db/schema.ts';
import { importDocuments } from '../server/domain/importer.ts';
import { BadUserInputError } from '../server/errors.ts';
import { instance, start } from '../neo4j/local-server.ts';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function jsonFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(path, f));
}

function readInput(path: string): unknown {
  const text = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new BadUserInputError(
      [{ path: '$', message: `is not JSON (${(e as Error).message})` }],
      path,
    );
  }
}

/** Imports each file in its own transaction; a bad file is reported and written not at all. */
export async function seedFiles(
  db: Database,
  paths: string[],
  log = console.log,
): Promise<{ failed: number }> {
  const store = new ImportStore(db);
  let failed = 0;
  for (const file of paths) {
    try {
      const r = await importDocuments(store, readInput(file));
      const c = r.created;
      log(
        `${file}: ${r.articleIds.length} article(s); created ${c.actors} actors, ${c.outlets} outlets, ` +
          `${c.anonymousSources} anonymous sources, ${c.claims} claims, ${c.articles} articles, ${c.statements} statements` +
          ` (${Object.values(r.matched).reduce((a, b) => a + b, 0)} already present)`,
      );
    } catch (e) {
      if (!(e instanceof BadUserInputError)) throw e;
      failed++;
      const problems = (e.extensions.problems as { path: string; message: string }[]) ?? [];
      console.error(`${file}: rejected, nothing written. ${problems.length} problem(s):`);
      for (const p of problems) console.error(`  ${p.path}: ${p.message}`);
    }
  }
  return { failed };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const config = loadConfig();
  try {
    if (config.useLocalNeo4j) await start(instance('dev'));
    const db = new Database(config.neo4j);
    await verifyConnection(db, config.neo4j);
    await applySchema(db);
    const arg = process.argv[2];
    const paths = arg === '-' ? ['-'] : jsonFiles(arg ?? FIXTURES);
    const { failed } = await seedFiles(db, paths);
    await db.close();
    process.exitCode = failed > 0 ? 1 : 0;
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
