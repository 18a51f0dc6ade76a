import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setup, unique } from '../helpers.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'bin/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
const article = (text: string, extra: object = {}) =>
  JSON.stringify({
    url: 'https://www.latintimes.com/a',
    publishedAt: '2025-11-04',
    text,
    ...extra,
  });

describe('npm run extract as a subprocess', () => {
  it('a folder: one draft per article, progress on stderr, exit 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-in-'));
    const out = mkdtempSync(join(tmpdir(), 'extract-out-'));
    writeFileSync(join(dir, 'a.json'), article('Maria Lopez said that the bridge will reopen.'));
    writeFileSync(
      join(dir, 'b.json'),
      article('NBC News reported that the plan was approved.', {
        url: 'https://www.latintimes.com/b',
      }),
    );
    const r = run(dir, '--out', out);
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toHaveLength(2);
    expect(r.stderr).toMatch(/extracting .*2\/2 files/);
  }, 60_000);

  it.each([
    ['empty text', article('   '), /EMPTY_TEXT/],
    [
      'no date',
      JSON.stringify({ url: 'https://x.com/a', text: 'Ana said it rained.' }),
      /MISSING_DATE/,
    ],
    ['binary garbage', Buffer.from([0, 159, 146, 150, 0, 1, 2, 255, 0, 0]), /BINARY_INPUT/],
    ['a page over 5 MB', article('word '.repeat(1_100_000)), /TOO_LARGE/],
  ])(
    '%s: a clear error with its code, exit 1, nothing written',
    (_, content, code) => {
      const dir = mkdtempSync(join(tmpdir(), 'extract-bad-'));
      const out = join(dir, 'out');
      const file = join(dir, 'bad.json');
      writeFileSync(file, content);
      const r = run(file, '--out', out);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(code);
      expect(readdirSync(dir)).toEqual(['bad.json']);
    },
    60_000,
  );
});

describe.skipIf(!process.env.NEO4J_URI)('npm run extract --import', () => {
  it('writes the matched draft to the graph, its statements machine-made and unreviewed; without --import nothing', async () => {
    const { db } = await setup();
    try {
      const id = unique('cli');
      const file = join(mkdtempSync(join(tmpdir(), 'extract-import-')), 'a.json');
      writeFileSync(
        file,
        JSON.stringify({
          url: `https://www.${id}.example/news/bridge`,
          publishedAt: '2025-11-04',
          outlet: `${id}.example`,
          text: `Mayor Rosa ${id.replace(/-/g, '')} said that the old harbour bridge will reopen in May.`,
        }),
      );
      const statementsOf = async () =>
        (
          await db.read(
            `MATCH (s)-[r]->(:Claim) WHERE r.article IS NOT NULL AND r.article IN
               COLLECT { MATCH (a:Article) WHERE a.url CONTAINS $id RETURN a.id }
             RETURN type(r) AS type, s.name AS source, r.machine AS machine, r.reviewed AS reviewed
             ORDER BY type, source`,
            { id },
          )
        ).map((r) => ({ ...r }));

      const dry = run(file, '--out', mkdtempSync(join(tmpdir(), 'extract-dry-')));
      expect(dry.status, dry.stderr).toBe(0);
      expect(await statementsOf()).toEqual([]);

      const r = run(file, '--import');
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/imported article .*statements.*not yet reviewed/);
      const written = await statementsOf();
      expect(written.length).toBeGreaterThan(0);
      expect(written.map((s) => s.type)).toContain('SAID');
      for (const s of written) expect(s).toMatchObject({ machine: true, reviewed: false });
    } finally {
      await db.close();
    }
  }, 120_000);
});
