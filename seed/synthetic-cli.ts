// npm run seed:synthetic -- --claims N [--seed S] [--out FILE]
// Streams a deterministic synthetic corpus (seed/synthetic.ts) into the graph, or with --out
// into an NDJSON file for `npm run seed -- FILE`.
import { createWriteStream } from 'node:fs';
import { connect } from '../neo4j/connect.ts';
import { summary, seedStream } from './cli.ts';
import { generateDocuments, writeNdjson } from './synthetic.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function count(name: string, fallback: number): number {
  const raw = option(name) ?? String(fallback);
  const n = Number(raw.replace(/_/g, '').replace(/k$/i, '000').replace(/m$/i, '000000'));
  if (!Number.isInteger(n) || n < 1)
    throw new Error(
      `--${name} must be a positive whole number (e.g. 100000 or 100k), got '${raw}'`,
    );
  return n;
}

async function* inputs(claims: number, seed: number) {
  let n = 0;
  for (const document of generateDocuments({ claims, seed }))
    yield { where: `synthetic:${++n}`, document };
}

try {
  const claims = count('claims', 10_000);
  const seed = count('seed', 1);
  const out = option('out');
  if (out) {
    const stream = createWriteStream(out);
    const r = await writeNdjson({ claims, seed }, stream);
    await new Promise((resolve) => stream.end(resolve));
    console.log(
      `Wrote ${r.documents} documents (${r.statements} statements) for ${claims} claims, seed ${seed}, to ${out}.`,
    );
  } else {
    const db = await connect();
    try {
      console.log(`Seeding ${claims} synthetic claims (seed ${seed}).`);
      console.log(summary(await seedStream(db, inputs(claims, seed), { progress: true })));
    } finally {
      await db.close();
    }
  }
} catch (e) {
  console.error(`error: ${(e as Error).message}`);
  process.exitCode = 1;
}
