// What the benchmarks share: the bench Neo4j (its own server, wiped per measurement), the
// synthetic corpus on disk, and result files.
import { openLocal } from '../neo4j/connect.ts';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  createWriteStream,
  writeFileSync,
} from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Database } from '../server/db/database.ts';
import { applySchema } from '../server/db/schema.ts';
import { instance, reset, start, status, stop } from '../neo4j/local-server.ts';
import { writeNdjson } from '../seed/synthetic.ts';

export const bench = instance('bench');
const dataDir = fileURLToPath(new URL('./.data/', import.meta.url));
export const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));

export function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Every `--note "…"`: what the run's page should say about its circumstances (a shared machine). */
export const notesArg = (): string[] =>
  process.argv.flatMap((a, i) =>
    a === '--note' && process.argv[i + 1] ? [process.argv[i + 1]!] : [],
  );

/** The synthetic corpus as NDJSON, generated once per size and seed. */
export async function corpus(claims: number, seed: number): Promise<string> {
  mkdirSync(dataDir, { recursive: true });
  const file = `${dataDir}synthetic-${claims}-${seed}.ndjson`;
  if (!existsSync(file)) {
    const started = Date.now();
    const out = createWriteStream(`${file}.tmp`);
    const r = await writeNdjson({ claims, seed }, out);
    await new Promise((resolve) => out.end(resolve));
    renameSync(`${file}.tmp`, file);
    console.log(
      `Generated ${r.documents} documents, ${r.statements} statements in ${((Date.now() - started) / 1000).toFixed(1)} s: ${file}`,
    );
  }
  return file;
}

/** An empty, started bench server with the schema applied. */
export async function freshDatabase(): Promise<Database> {
  await reset(bench);
  await start(bench);
  const db = openLocal(bench);
  await applySchema(db);
  return db;
}

export const stopBench = () => stop(bench);

/** CPU time the bench Neo4j has used (user and system, from /proc), in ms. */
export function neo4jCpuMs(): number {
  const pid = status(bench).pid;
  if (!pid) return Number.NaN;
  // After the command's parenthesised name: utime and stime are fields 14 and 15, in clock ticks.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}
/** USER_HZ: 100 on Linux everywhere we run. */
const CLOCK_TICKS = 100;

export function machine() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}

export function writeResults(name: string, json: unknown, markdown: string): void {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(`${resultsDir}${name}.json`, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(`${resultsDir}${name}.md`, markdown);
}
