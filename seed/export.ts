// npm run export -- [--claim ID | --source ID] [--out FILE] : writes the graph (or one claim's
// provenance, or one source's statements) as NDJSON in import format v1, one document per
// article, with the scope's fact-checkers' verdicts, to FILE or standard output. `npm run seed -- FILE` imports it again.
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Database } from '../server/db/database.ts';
import { ExportStore, type ExportScope } from '../server/db/export-store.ts';
import { connectTo } from '../neo4j/connect.ts';

export const USAGE = 'usage: npm run export -- [--claim ID | --source ID] [--out FILE]';

export interface ExportOptions {
  scope: ExportScope;
  /** A file to write; standard output when absent. */
  out?: string;
}

export interface ExportReport {
  documents: number;
  statements: number;
  verdicts: number;
  bytes: number;
  seconds: number;
}

/** The command line as options; throws a message that names what is wrong. */
export function parseArgs(args: string[]): ExportOptions {
  let scope: ExportScope = { kind: 'all' };
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new Error(`${name} needs a value. ${USAGE}`);
      return v;
    };
    if (name === '--claim' || name === '--source') {
      if (scope.kind !== 'all') throw new Error(`give one of --claim or --source. ${USAGE}`);
      scope = { kind: name === '--claim' ? 'claim' : 'source', id: value() };
    } else if (name === '--out' || name === '-o') out = value();
    else throw new Error(`unknown argument '${arg}'. ${USAGE}`);
  }
  return { scope, out };
}

/** Streams the scope's documents as NDJSON to `out`, respecting its back-pressure. */
export async function writeExport(
  db: Database,
  scope: ExportScope,
  out: Writable,
): Promise<Omit<ExportReport, 'seconds'>> {
  const report = { documents: 0, statements: 0, verdicts: 0, bytes: 0 };
  for await (const document of new ExportStore(db).documents(scope)) {
    const line = `${JSON.stringify(document)}\n`;
    report.documents++;
    report.statements += document.statements?.length ?? 0;
    report.verdicts += document.verdicts?.length ?? 0;
    report.bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  return report;
}

/**
 * Writes to a temporary file beside `file` and renames it at the end, so that a failed export
 * (an unknown id, a lost connection) never leaves a partial file that looks complete.
 */
export async function exportToFile(
  db: Database,
  scope: ExportScope,
  file: string,
): Promise<ExportReport> {
  const started = Date.now();
  const partial = `${file}.partial-${process.pid}`;
  const stream = createWriteStream(partial);
  try {
    const report = await writeExport(db, scope, stream);
    stream.end();
    await once(stream, 'finish');
    renameSync(partial, file);
    return { ...report, seconds: (Date.now() - started) / 1000 };
  } catch (e) {
    stream.destroy();
    rmSync(partial, { force: true });
    throw e;
  }
}

export function summary(r: ExportReport, scope: ExportScope, out?: string): string {
  const what = scope.kind === 'all' ? 'the graph' : `${scope.kind} '${scope.id}'`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `Exported ${what}: ${plural(r.documents, 'document')} (${plural(r.statements, 'statement')}, ` +
    `${plural(r.verdicts, 'verdict')}, ` +
    `${Math.round(r.bytes / 1024)} KiB) to ${out ?? 'standard output'} in ${r.seconds.toFixed(1)} s.`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // `npm run export | head` closes the pipe early: that is the reader's choice, not a failure.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(0);
  });
  let db: Database | undefined;
  try {
    const options = parseArgs(process.argv.slice(2));
    // Without writing; standard output may carry the export, so the local server's messages
    // go to standard error.
    ({ db } = await connectTo({ schema: false, log: (s) => console.error(s) }));
    const started = Date.now();
    const report = options.out
      ? await exportToFile(db, options.scope, options.out)
      : {
          ...(await writeExport(db, options.scope, process.stdout)),
          seconds: (Date.now() - started) / 1000,
        };
    console.error(summary(report, options.scope, options.out));
    process.exitCode = 0;
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exitCode = 1;
  } finally {
    await db?.close();
  }
}
