// npm run seed -- <file|folder|-> … : imports documents in format v1 (server/import/import-format.schema.json)
// from JSON files, NDJSON files (one document per line), folders of them, or standard input.
// Without an argument it loads the project's fixtures (seed/fixtures/).
import { projectFile } from '../server/project-files.ts';
import { fileURLToPath } from 'node:url';
import type { Database } from '../server/db/database.ts';
import { ImportStore, LABELS, type WriteResult } from '../server/db/import-store.ts';
import {
  BulkImporter,
  type BulkProgress,
  type Rejection,
  type Tidied,
} from '../server/import/importer.ts';
import { connect } from '../neo4j/connect.ts';
import { progressReporter } from './progress.ts';
import { inputFiles, readInputs, totalBytes } from './read.ts';

export const FIXTURES = projectFile('seed', 'fixtures');

export interface SeedReport {
  totals: WriteResult;
  progress: BulkProgress;
  seconds: number;
  peakRssMb: number;
}

export interface SeedOptions {
  /** Show progress (a bar on a terminal, lines otherwise). */
  progress?: boolean;
  onRejected?: (r: Rejection) => void;
  onTidied?: (t: Tidied) => void;
  batch?: { documents: number; statements: number };
}

export const printRejection = (r: Rejection) => {
  console.error(`${r.where}: rejected, nothing of it written. ${r.problems.length} problem(s):`);
  for (const p of r.problems) console.error(`  ${p.path}: ${p.message}`);
};

export const printTidied = (t: Tidied) => {
  for (const w of t.warnings) console.error(`${t.where}: warning: ${w.path}: ${w.message}`);
};

/** Any async stream of (where, document) pairs through batched, checked writes. */
export async function seedStream(
  db: Database,
  inputs: AsyncIterable<{ where: string; document?: unknown; error?: string }>,
  options: SeedOptions & { totalBytes?: number; bytesRead?: () => number } = {},
): Promise<SeedReport> {
  const started = Date.now();
  let peakRss = process.memoryUsage().rss;
  const importer = new BulkImporter(
    new ImportStore(db),
    options.onRejected ?? printRejection,
    options.batch,
    options.onTidied ?? printTidied,
  );
  const reporter = options.progress ? progressReporter(options.totalBytes) : undefined;
  for await (const input of inputs) {
    if (input.error)
      importer.reject({ where: input.where, problems: [{ path: '$', message: input.error }] });
    else await importer.add(input.where, input.document);
    reporter?.update(importer.progress, options.bytesRead?.() ?? 0);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  await importer.flush();
  reporter?.update(importer.progress, options.totalBytes ?? 0);
  reporter?.stop();
  return {
    totals: importer.totals,
    progress: importer.progress,
    seconds: (Date.now() - started) / 1000,
    peakRssMb: Math.round(peakRss / 2 ** 20),
  };
}

export async function seedFiles(
  db: Database,
  paths: string[],
  options: SeedOptions = {},
): Promise<SeedReport> {
  const files = paths.flatMap(inputFiles);
  let bytes = 0;
  return seedStream(
    db,
    readInputs(files, (n) => (bytes += n)),
    { ...options, totalBytes: totalBytes(files), bytesRead: () => bytes },
  );
}

export function summary(r: SeedReport): string {
  const rows = LABELS.map(
    (l) =>
      `  ${l.padEnd(18)}${String(r.totals.created[l]).padStart(10)}${String(r.totals.updated[l]).padStart(10)}${String(r.totals.unchanged[l]).padStart(11)}`,
  );
  return [
    `Imported ${r.progress.documents} documents (${r.progress.statements} statements) in ${r.seconds.toFixed(1)} s` +
      ` (${Math.round(r.progress.statements / Math.max(r.seconds, 0.001))} statements/s, peak memory ${r.peakRssMb} MB); ${r.progress.rejected} rejected; ${r.progress.warnings} warnings (input tidied).`,
    `  ${''.padEnd(18)}${'created'.padStart(10)}${'updated'.padStart(10)}${'unchanged'.padStart(11)}`,
    ...rows,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let db: Database | undefined;
  try {
    db = await connect();
    const args = process.argv.slice(2);
    const report = await seedFiles(db, args.length > 0 ? args : [FIXTURES], { progress: true });
    console.log(summary(report));
    process.exitCode = report.progress.rejected > 0 ? 1 : 0;
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exitCode = 1;
  } finally {
    await db?.close();
  }
}
