import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';

export const SCHEMA_VERSION = 5;

const cypherFile = fileURLToPath(new URL('../../schema/constraints.cypher', import.meta.url));

export function schemaStatements(text = readFileSync(cypherFile, 'utf8')): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Idempotent: every statement is IF NOT EXISTS, and the version node is merged. */
export async function applySchema(db: Database): Promise<void> {
  for (const statement of schemaStatements()) await db.write(statement);
  await db.write(
    `MERGE (v:SchemaVersion {id: 'credibility-graph'})
     SET v.version = $version, v.appliedAt = coalesce(v.appliedAt, datetime())`,
    { version: SCHEMA_VERSION },
  );
  // New indexes are populated in the background; queries right after start-up must see them.
  await db.write('CALL db.awaitIndexes(300)');
}
