// The README's example queries and their outputs. `npm run docs:examples` runs each ```graphql
// block of the README's examples section against the seed article and writes the real output
// into the ```json block after it; test/docs/readme.test.ts checks they still agree.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { App } from '../../server/app.ts';

export const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const START = '<!-- examples:start -->';
const END = '<!-- examples:end -->';
const PAIR = /```graphql\n([\s\S]*?)```\n+```json\n([\s\S]*?)```/g;

export interface Example {
  query: string;
  shown: string;
}

export function examples(readme = readFileSync(README, 'utf8')): Example[] {
  const section = readme.slice(readme.indexOf(START), readme.indexOf(END));
  return [...section.matchAll(PAIR)].map((m) => ({ query: m[1]!, shown: m[2]! }));
}

export async function run(app: App, query: string): Promise<unknown> {
  const res = await app.fetch('http://docs/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return res.json();
}

/** One-line JSON with a space after commas and colons, as prettier prints it. */
function oneLine(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.length === 0
    ? '{}'
    : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(', ')} }`;
}

/** JSON with whatever fits in `width` columns on one line, so that answers read at a glance. */
export function compactJson(value: unknown, indent = '', width = 96): string {
  const flat = oneLine(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= width)
    return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => inner + compactJson(v, inner, width)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner, width)}`).join(',\n')}\n${indent}}`;
}

export async function regenerate(app: App): Promise<number> {
  let readme = readFileSync(README, 'utf8');
  const found = examples(readme);
  for (const { query, shown } of found) {
    const output = `${compactJson(await run(app, query))}\n`;
    readme = readme.replace(
      `\`\`\`graphql\n${query}\`\`\`\n\n\`\`\`json\n${shown}\`\`\``,
      `\`\`\`graphql\n${query}\`\`\`\n\n\`\`\`json\n${output}\`\`\``,
    );
  }
  writeFileSync(README, readme);
  return found.length;
}
