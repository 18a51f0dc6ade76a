// Where seed documents come from: JSON files (one document or an array), NDJSON files (one
// document per line), folders of either, or standard input. Read as a stream, so that a large
// NDJSON corpus never sits in memory whole.
import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface Input {
  where: string;
  /** The parsed document, or why the text is not JSON. */
  document?: unknown;
  error?: string;
}

const NDJSON = /\.(ndjson|jsonl)$/;

export function inputFiles(path: string): string[] {
  if (path === '-' || !statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.json') || NDJSON.test(f))
    .sort()
    .map((f) => join(path, f));
}

export function totalBytes(files: string[]): number | undefined {
  return files.includes('-') ? undefined : files.reduce((n, f) => n + statSync(f).size, 0);
}

function parse(where: string, text: string): Input {
  try {
    return { where, document: JSON.parse(text) };
  } catch (e) {
    return { where, error: `is not JSON (${(e as Error).message})` };
  }
}

function* fromJson(where: string, text: string): Generator<Input> {
  const input = parse(where, text);
  if (input.error || !Array.isArray(input.document)) return yield input;
  for (const [i, document] of input.document.entries()) yield { where: `${where}[${i}]`, document };
}

async function* lines(
  stream: Readable,
  where: string,
  onBytes: (n: number) => void,
): AsyncGenerator<Input> {
  let n = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    n++;
    onBytes(Buffer.byteLength(line) + 1);
    if (line.trim()) yield parse(`${where}:${n}`, line);
  }
}

/** Standard input holds NDJSON, or one JSON text (a document or an array) spread over lines. */
async function* fromStdin(onBytes: (n: number) => void): AsyncGenerator<Input> {
  const buffered: string[] = [];
  let ndjson: boolean | undefined;
  let n = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    n++;
    onBytes(Buffer.byteLength(line) + 1);
    if (ndjson === undefined && line.trim()) ndjson = !parse('-', line).error;
    if (!ndjson) buffered.push(line);
    else if (line.trim()) yield parse(`-:${n}`, line);
  }
  if (!ndjson) yield* fromJson('-', buffered.join('\n'));
}

export async function* readInputs(
  files: string[],
  onBytes: (n: number) => void = () => {},
): AsyncGenerator<Input> {
  for (const file of files) {
    if (file === '-') yield* fromStdin(onBytes);
    else if (NDJSON.test(file)) yield* lines(createReadStream(file), file, onBytes);
    else {
      const text = readFileSync(file, 'utf8');
      onBytes(Buffer.byteLength(text));
      yield* fromJson(file, text);
    }
  }
}
