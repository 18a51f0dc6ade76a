// Every relative link in README.md and docs/*.md must lead somewhere: the README is short and
// sends readers to docs/, so a page moved or renamed there must not leave a dead link behind.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** GitHub's anchor for a heading: lowercase, punctuation dropped, spaces as hyphens. */
export const anchor = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

// Code is quoted, not linked: `[x](y)` inside it is text.
const prose = (markdown: string): string =>
  markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '').replace(/`[^`\n]*`/g, '');

const anchors = (markdown: string): Set<string> =>
  new Set([...prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)].map((m) => anchor(m[1]!)));

export interface Broken {
  link: string;
  reason: string;
}

/** The relative links of `file` (its `markdown`) that name no existing file or heading. */
export function brokenLinks(file: string, markdown: string): Broken[] {
  const broken: Broken[] = [];
  for (const m of prose(markdown).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const link = m[1]!;
    if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // http:, https:, mailto: …
    const [path = '', fragment] = link.split('#', 2);
    const target = path === '' ? file : resolve(dirname(file), decodeURI(path));
    if (target !== file && !existsSync(target)) {
      broken.push({ link, reason: `no file ${relative(ROOT, target)}` });
      continue;
    }
    if (fragment && target.endsWith('.md') && (target === file || statSync(target).isFile())) {
      const page = target === file ? markdown : readFileSync(target, 'utf8');
      if (!anchors(page).has(fragment))
        broken.push({ link, reason: `no heading #${fragment} in ${relative(ROOT, target)}` });
    }
  }
  return broken;
}

const pages = [
  join(ROOT, 'README.md'),
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(ROOT, 'docs', f)),
];

describe('links in the README and docs/', () => {
  it('finds dead links, dead anchors, and none in code', () => {
    const file = join(ROOT, 'docs', 'example.md');
    const text = [
      '# A page',
      '[fine](../README.md) [fine too](graph.md#the-graph-model) [here](#a-page)',
      '[gone](missing.md) [no such heading](graph.md#nowhere) [web](https://example.com/x)',
      '`[quoted](nothing.md)`',
      '```',
      '[in a block](nothing-either.md)',
      '```',
    ].join('\n');
    expect(brokenLinks(file, text)).toEqual([
      { link: 'missing.md', reason: 'no file docs/missing.md' },
      { link: 'graph.md#nowhere', reason: 'no heading #nowhere in docs/graph.md' },
    ]);
  });

  it('reads headings as GitHub anchors them', () => {
    expect(anchor("The analysts' questions")).toBe('the-analysts-questions');
    expect(anchor('Seeding at scale, synthetic corpora, export')).toBe(
      'seeding-at-scale-synthetic-corpora-export',
    );
  });

  it('covers the README and every page in docs/', () => {
    expect(pages.length).toBeGreaterThan(1);
  });

  it.each(pages.map((p) => [relative(ROOT, p), p] as const))('%s has no dead link', (_, page) => {
    expect(brokenLinks(page, readFileSync(page, 'utf8'))).toEqual([]);
  });
});
