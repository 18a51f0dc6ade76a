// npm run seed on folders and NDJSON streams: batched transactions, bad documents rejected one
// by one, and a rerun that changes nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { seedFiles } from '../../seed/cli.ts';
import { zeroCounts } from '../../server/db/import-store.ts';
import { tinyArticle } from '../fixtures.ts';
import { setup, unique } from '../helpers.ts';

let db: Database;
beforeAll(async () => ({ db } = await setup()));
afterAll(() => db.close());

const docs = (n: number, prefix = unique('seed')) =>
  Array.from({ length: n }, (_, i) => {
    const { prefix: _p, ...d } = tinyArticle(3, `${prefix}-${i}`);
    return d;
  });

const count = async (prefix: string) => {
  const [row] = await db.read(
    `MATCH (c:Claim) WHERE c.id STARTS WITH $prefix
     RETURN count(c) AS claims, COUNT { MATCH (s:Source)-[r:SAID|REPORTED]->(c2:Claim) WHERE c2.id STARTS WITH $prefix } AS statements`,
    { prefix },
  );
  return { claims: Number(row!.claims), statements: Number(row!.statements) };
};

describe('seeding a folder and an NDJSON stream', () => {
  it('imports every valid document in small batches, rejects the bad ones alone, and reruns without change', async () => {
    const prefix = unique('bulk');
    const dir = mkdtempSync(join(tmpdir(), 'seed-'));
    const all = docs(40, prefix);
    // A document the schema refuses, and one that cites a source no one defined (only the
    // database can tell), in the middle of a batch.
    const broken: any = { ...all[5], article: { ...all[5]!.article, publishedAt: 'not a date' } };
    const dangling: any = {
      ...all[12],
      statements: [{ type: 'DENIED', source: unique('ghost'), claim: all[12]!.claims![0]!.id }],
    };
    const lines = all
      .map((d, i) => (i === 5 ? broken : i === 12 ? dangling : d))
      .map((d) => JSON.stringify(d));
    writeFileSync(join(dir, 'a.ndjson'), `${lines.slice(0, 30).join('\n')}\nnot json at all\n`);
    writeFileSync(join(dir, 'b.json'), JSON.stringify(all.slice(30)));

    const rejected: string[] = [];
    const first = await seedFiles(db, [dir], {
      batch: { documents: 7, statements: 1000 },
      onRejected: (r) => rejected.push(r.where),
    });
    expect(rejected.map((w) => w.replace(dir, ''))).toEqual([
      '/a.ndjson:6',
      '/a.ndjson:13',
      '/a.ndjson:31',
    ]);
    expect(first.progress).toMatchObject({ documents: 38, rejected: 3 });
    expect(first.totals.created).toMatchObject({
      articles: 38,
      claims: 38 * 3,
      statements: 38 * 6,
    });
    expect(await count(prefix)).toEqual({ claims: 38 * 3, statements: 38 * 6 });

    const again = await seedFiles(db, [dir], {
      batch: { documents: 7, statements: 1000 },
      onRejected: () => {},
    });
    expect(again.totals.created).toEqual(zeroCounts());
    expect(again.totals.updated).toEqual(zeroCounts());
    expect(again.totals.unchanged).toMatchObject({ articles: 38, statements: 38 * 6 });
    expect(await count(prefix)).toEqual({ claims: 38 * 3, statements: 38 * 6 });
  });

  it('counts an entity whose stated properties changed as updated', async () => {
    const [d] = docs(1);
    await seedFiles(db, [write(d)]);
    const renamed = { ...d!, actors: [{ ...d!.actors![0]!, role: 'Spokesperson' }] };
    const r = await seedFiles(db, [write(renamed)]);
    expect(r.totals.updated.actors).toBe(1);
    expect(r.totals.unchanged).toMatchObject({ outlets: 1, claims: 3, statements: 6 });
  });

  it('npm run seed reads NDJSON from standard input, prints a summary, and exits 1 when a document was rejected', () => {
    const [good, bad] = docs(2);
    const input = `${JSON.stringify(good)}\n${JSON.stringify({ ...bad, actors: [{ id: 'x', name: 'X', kind: 'ALIEN' }] })}\n`;
    const r = spawnSync('npx', ['tsx', 'seed/cli.ts', '-'], {
      input,
      encoding: 'utf8',
      env: process.env,
      timeout: 60_000,
    });
    expect(r.stderr).toContain('-:2: rejected, nothing of it written.');
    expect(r.stderr).toContain('$.actors[0].kind');
    expect(r.stdout).toMatch(/Imported 1 documents \(6 statements\)/);
    expect(r.stdout).toMatch(/statements\s+6\s+0\s+0/);
    expect(r.status).toBe(1);
  });
});

function write(doc: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'seed-one-')), 'doc.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}
