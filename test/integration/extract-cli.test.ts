import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
