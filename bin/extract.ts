// npm run extract -- <file|folder|-> [--out DIR] [--url URL --published-at DATE]
// Writes one draft import document per article; nothing is written to the graph.
import cliProgress from 'cli-progress';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { extractDraft, slug } from '../server/extract/draft.ts';
import {
  checkBytes,
  checked,
  ExtractInputError,
  fromHtml,
  fromJson,
} from '../server/extract/input.ts';
import type { ArticleText } from '../server/extract/draft.ts';

const args = process.argv.slice(2);
const flag = (n: string) => {
  const i = args.indexOf(`--${n}`);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const out = flag('out');
const url = flag('url');
const publishedAt = flag('published-at');
const target = args[0];
if (!target) {
  console.error(
    'usage: npm run extract -- <file|folder|-> [--out DIR] [--url URL --published-at DATE]',
  );
  process.exit(2);
}

function articles(name: string, bytes: Buffer): ArticleText[] {
  const text = checkBytes(bytes, name);
  const ext = extname(name).toLowerCase();
  if (ext === '.html' || ext === '.htm' || /^\s*<(!doctype|html)/i.test(text))
    return [fromHtml(text, { url, publishedAt })];
  if (ext === '.json' || ext === '.ndjson' || /^\s*[[{]/.test(text)) return fromJson(text, name);
  return [checked({ url, publishedAt, text }, name)];
}

const files =
  target === '-'
    ? ['-']
    : statSync(target).isDirectory()
      ? readdirSync(target)
          .sort()
          .map((f) => join(target, f))
      : [target];
let failed = 0;
let drafts = 0;
// a folder shows progress on stderr as `npm run seed` does: a bar on a terminal, plain lines
// in logs; stdout stays the drafts' JSON when there is no --out
const folder = files.length > 1;
const bar =
  folder && process.stderr.isTTY
    ? new cliProgress.SingleBar(
        {
          stream: process.stderr,
          format: 'extracting {bar} {value}/{total} files | {drafts} drafts | {failed} failed',
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
bar?.start(files.length, 0, { drafts: 0, failed: 0 });
const progress = (done: number) => {
  if (bar) bar.update(done, { drafts, failed });
  else if (folder && (done === files.length || done % 100 === 0))
    console.error(`extracting ${done}/${files.length} files | ${drafts} drafts | ${failed} failed`);
};
for (const [index, file] of files.entries()) {
  try {
    const bytes = file === '-' ? readFileSync(0) : readFileSync(file);
    for (const a of articles(file === '-' ? 'stdin' : basename(file), bytes)) {
      const { document, warnings } = extractDraft(a);
      for (const w of warnings) console.error(`${file}: warning: ${w}`);
      const json = JSON.stringify(document, null, 2) + '\n';
      if (out) {
        mkdirSync(out, { recursive: true });
        writeFileSync(
          join(out, `${slug(new URL(a.url).hostname + new URL(a.url).pathname, 150)}.json`),
          json,
        );
      } else process.stdout.write(json);
      drafts++;
    }
  } catch (e) {
    failed++;
    if (e instanceof ExtractInputError) console.error(`${file}: ${e.code}: ${e.message}`);
    else throw e;
  }
  progress(index + 1);
}
bar?.stop();
process.exit(failed ? 1 : 0);
