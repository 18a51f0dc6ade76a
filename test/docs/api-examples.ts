// docs/api.md's examples section: every analyst question (server/examples, the one source GraphiQL
// opens with too) with its real output on the seed article. `npm run docs:examples` writes the
// section from the questions and their outputs; test/docs/api-examples.test.ts checks the page
// still shows exactly that.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { App } from '../../server/app.ts';
import { analystQuestions, type Question } from '../../server/examples/questions.ts';

export const API_DOC = fileURLToPath(new URL('../../docs/api.md', import.meta.url));
const START = '<!-- examples:start -->';
const END = '<!-- examples:end -->';
const SHOWN = /```json\n([\s\S]*?)```/g;

export function section(page = readFileSync(API_DOC, 'utf8')): string {
  const from = page.indexOf(START);
  const to = page.indexOf(END);
  if (from < 0 || to < from) throw new Error(`docs/api.md has no ${START} … ${END} section`);
  return page.slice(from, to + END.length);
}

/** The outputs the page shows, in order (the JSON block under each question). */
export const shownOutputs = (page?: string): string[] =>
  [...section(page).matchAll(SHOWN)].map((m) => m[1]!);

/** The section as it must read: each question, its query and `outputs[i]` under it. */
export function renderSection(
  outputs: readonly string[],
  questions: readonly Question[] = analystQuestions(),
): string {
  const blocks = questions.map(
    (q, i) =>
      `### ${q.number}. ${q.title}\n\n\`\`\`graphql\n${q.query}\`\`\`\n\n\`\`\`json\n${outputs[i] ?? ''}\`\`\`\n\n`,
  );
  return `${START}\n\n${blocks.join('')}${END}`;
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
  const page = readFileSync(API_DOC, 'utf8');
  const outputs: string[] = [];
  for (const q of analystQuestions()) outputs.push(`${compactJson(await run(app, q.query))}\n`);
  writeFileSync(API_DOC, page.replace(section(page), renderSection(outputs)));
  return outputs.length;
}
