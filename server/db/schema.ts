import { projectFile } from '../project-files.ts';
import { readFileSync } from 'node:fs';
import type { Database, Params } from './database.ts';
import { refreshDerived } from './provenance-store.ts';
import { keepingCounters, migrateSources } from './source-counters.ts';

export const SCHEMA_VERSION = 7;

const cypherFile = projectFile('schema', 'constraints.cypher');

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
export async function applySchema(
  db: Database,
  log: (line: string) => void = () => {},
): Promise<void> {
  for (const statement of schemaStatements()) await db.write(statement);
  await db.write(
    `MERGE (v:SchemaVersion {id: 'credibility-graph'})
     SET v.version = $version, v.appliedAt = coalesce(v.appliedAt, datetime())`,
    { version: SCHEMA_VERSION },
  );
  // New indexes are populated in the background; queries right after start-up must see them.
  await db.write('CALL db.awaitIndexes(300)');
  await migrateClaims(db, log);
  await migrateSources(db, log);
}

// Claims written before their list properties existed (or by a bulk import that bypasses the
// service) get them here. The check is one scan that stops at the first such claim; the pages
// walk the id index, so a migration reads each claim once.
const NEEDS_MIGRATION = `RETURN EXISTS { MATCH (c:Claim) WHERE c.listedAt IS NULL } AS needed`;
const CLAIM_PAGE = `
  MATCH (c:Claim) WHERE c.id > $after
  WITH c ORDER BY c.id LIMIT 10000
  RETURN collect(c.id) AS ids, collect(CASE WHEN c.listedAt IS NULL THEN c.id END) AS missing`;
const MIGRATION_BATCH = 1000;
// Sources count their claims' flags (source-counters.ts); none does yet after a bulk import.
const ANY_COUNTED = `RETURN EXISTS { MATCH (s:Source) WHERE s.reportedClaims IS NOT NULL } AS any`;

export async function migrateClaims(db: Database, log: (line: string) => void = () => {}) {
  const [check] = await db.read(NEEDS_MIGRATION);
  if (!check?.needed) return;
  const [counted] = await db.read(ANY_COUNTED);
  let after = '';
  let done = 0;
  for (;;) {
    const [page] = await db.read(CLAIM_PAGE, { after });
    const ids = (page?.ids ?? []) as string[];
    if (ids.length === 0) return;
    const missing = page?.missing as string[];
    for (let i = 0; i < missing.length; i += MIGRATION_BATCH) {
      const batch = missing.slice(i, i + MIGRATION_BATCH);
      await db.writeTransaction((tx) => {
        const run = (q: string, p: Params) => tx.run(q, p);
        return counted?.any
          ? keepingCounters(run, batch, () => refreshDerived(run, batch))
          : refreshDerived(run, batch);
      });
    }
    done += missing.length;
    if (missing.length > 0) log(`claims migrated: ${done}`);
    after = ids.at(-1)!;
  }
}
