// npm run extract -- <file|folder|-> [--out DIR] [--import] [--url URL --published-at DATE]
// Writes one draft import document per article. Nothing is written to the graph unless --import
// says so: then each draft is matched against the graph (existing actors, outlets and claims
// reused) and imported, its statements marked machine-made and not yet reviewed.
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
import type { Database } from '../server/db/database.ts';
import { ImportStore } from '../server/db/import-store.ts';
import { MatchStore } from '../server/db/match-store.ts';
import { BadUserInputError } from '../server/errors.ts';
import { importDocuments } from '../server/import/importer.ts';
import { matchDraft } from '../server/import/match.ts';
import { connectTo } from '../neo4j/connect.ts';

const args = process.argv.slice(2);
const importing = args.includes('--import');
if (importing) args.splice(args.indexOf('--import'), 1);
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
    'usage: npm run extract -- <file|folder|-> [--out DIR] [--import] [--url URL --published-at DATE]',
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
let db: Database | undefined;
if (importing) {
  try {
    db = (await connectTo({ log: (line) => console.error(line) })).db;
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exit(1);
  }
}

/** Matches a draft against the graph and imports it; one line per article on stderr. */
async function importDraft(name: string, draft: object): Promise<void> {
  const matched = await matchDraft(new MatchStore(db!), draft as never);
  const result = await importDocuments(new ImportStore(db!), matched.document);
  const reused = matched.matches.filter((m) => m.reused).length;
  const c = result.created;
  console.error(
    `${name}: imported article ${result.articleIds.join(', ')}: ${c.statements} statements, ` +
      `${c.claims} claims, ${c.actors + c.outlets + c.anonymousSources} sources created; ` +
      `${reused} reused from the graph (machine statements, not yet reviewed)`,
  );
}
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
      if (importing) await importDraft(file, document);
      if (out) {
        mkdirSync(out, { recursive: true });
        writeFileSync(
          join(out, `${slug(new URL(a.url).hostname + new URL(a.url).pathname, 150)}.json`),
          json,
        );
      } else if (!importing) process.stdout.write(json);
      drafts++;
    }
  } catch (e) {
    failed++;
    if (e instanceof ExtractInputError) console.error(`${file}: ${e.code}: ${e.message}`);
    else if (e instanceof BadUserInputError) console.error(`${file}: rejected: ${e.message}`);
    else throw e;
  }
  progress(index + 1);
}
bar?.stop();
await db?.close();
process.exit(failed ? 1 : 0);
