// Scores the attribution finder against PolNeAR (Newell, Margolin & Ruths, LREC 2018): brat
// standoff .ann files beside the article texts. Token-overlap precision/recall/F1 per role (a
// token counts when both sides give it the same role, as the authors measure agreement) and
// exact-span F1 (a span counts only with identical offsets, as published work reports).
// Usage: npm run bench:extract -- --polnear PATH [--split dev]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sentences } from '../server/extract/text.ts';
import { attributionsOf, type Span } from '../server/extract/attributions.ts';
import { runCorpus } from './extract-corpus.ts';
import { extractDraft } from '../server/extract/draft.ts';

type Role = 'Source' | 'Cue' | 'Content';
const ROLES: Role[] = ['Source', 'Cue', 'Content'];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function goldSpans(ann: string): Record<Role, Span[]> {
  const out: Record<Role, Span[]> = { Source: [], Cue: [], Content: [] };
  for (const line of ann.split('\n')) {
    const m = /^T\d+\t(Source|Cue|Content) ([\d ;]+)\t/.exec(line);
    if (!m) continue;
    for (const frag of m[2]!.split(';')) {
      const [a, b] = frag.trim().split(' ').map(Number);
      if (a !== undefined && b !== undefined) out[m[1] as Role].push([a, b]);
    }
  }
  return out;
}

function predicted(text: string): Record<Role, Span[]> {
  const out: Record<Role, Span[]> = { Source: [], Cue: [], Content: [] };
  for (const a of attributionsOf(text, sentences(text))) {
    if (a.source) out.Source.push(a.described ?? a.source);
    out.Cue.push(a.cue);
    out.Content.push(...a.content);
  }
  return out;
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
function tokenSet(text: string, spans: Span[]): Set<number> {
  const set = new Set<number>();
  for (const [a, b] of spans)
    for (const m of text.slice(a, b).matchAll(TOKEN)) set.add(a + m.index);
  return set;
}

/**
 * The prediction as PolNeAR's gold is made: one role per token. Attributions are laid down
 * widest first, so a nested one ("officials said" inside what an outlet reported) overwrites the
 * outer content with its own roles. The headline figures count each role's tokens on their own
 * (a token can be content of one attribution and cue of another); this is the stricter check.
 */
function univocal(text: string): Record<Role, Span[]> {
  const atts = attributionsOf(text, sentences(text))
    .map((a) => ({
      spans: [
        ...a.content.map((c) => ['Content', c] as const),
        ...(a.source ? [['Source', a.described ?? a.source] as const] : []),
        ['Cue', a.cue] as const,
      ],
      width: a.content.reduce((w, [x, y]) => w + y - x, 0),
    }))
    .sort((x, y) => y.width - x.width);
  const role = new Map<number, Role>();
  for (const a of atts)
    for (const [r, [x, y]] of a.spans)
      for (const m of text.slice(x, y).matchAll(TOKEN)) role.set(x + m.index, r);
  const out: Record<Role, Span[]> = { Source: [], Cue: [], Content: [] };
  for (const [at, r] of role) out[r].push([at, at + 1]);
  return out;
}
const norm = ([a, b]: Span, text: string): string => {
  const s = text.slice(a, b);
  const lead = s.length - s.trimStart().length;
  return `${a + lead}:${a + s.trimEnd().length}`;
};

const root = arg('polnear');
const split = arg('split') ?? 'dev';
if (!root) {
  const half = arg('half');
  if (half !== undefined && half !== 'tune' && half !== 'test') {
    console.error(
      'usage: npm run bench:extract -- [--half tune|test [--explain] [--record]] [--polnear PATH [--split train|dev|test]]',
    );
    process.exit(2);
  }
  if (process.argv.includes('--record') && half !== 'tune') {
    console.error('--record keeps the recorded test half: use it with --half tune');
    process.exit(2);
  }
  runCorpus(half, process.argv.includes('--explain'), process.argv.includes('--record'));
  process.exit(0);
}
const dir = join(root, 'data', split);
const anns = readdirSync(join(dir, 'attributions'))
  .filter((f) => f.endsWith('.ann'))
  .sort();
// Some articles were annotated twice; the first annotation (by file name) stands for each.
const byText = new Map<string, string>();
for (const f of anns) {
  const base = f.replace(/_[0-9a-f]{4}\.ann$/, '');
  if (!byText.has(base)) byText.set(base, f);
}

const counts = Object.fromEntries(
  ROLES.map((r) => [r, { tp: 0, p: 0, g: 0, etp: 0, ep: 0, eg: 0, utp: 0, up: 0 }]),
) as unknown as Record<Role, Record<string, number>>;
let ms = 0;
let words = 0;
let peak = 0;
for (const [base, annFile] of byText) {
  const text = readFileSync(join(dir, 'text', `${base}.txt`), 'utf8');
  const gold = goldSpans(readFileSync(join(dir, 'attributions', annFile), 'utf8'));
  const pred = predicted(text);
  const one = univocal(text);
  // timed: the whole pipeline (finder + draft builder), as `npm run extract` runs it
  const t0 = performance.now();
  extractDraft({ url: 'https://example.com/a', publishedAt: '2016-01-01', text });
  ms += performance.now() - t0;
  words += text.split(/\s+/).length;
  peak = Math.max(peak, process.memoryUsage().rss);
  for (const r of ROLES) {
    const gs = tokenSet(text, gold[r]);
    const ps = tokenSet(text, pred[r]);
    const c = counts[r];
    for (const x of ps) if (gs.has(x)) c.tp!++;
    c.p! += ps.size;
    const us = tokenSet(text, one[r]);
    for (const x of us) if (gs.has(x)) c.utp!++;
    c.up! += us.size;
    c.g! += gs.size;
    const ge = new Set(gold[r].map((s) => norm(s, text)));
    const pe = new Set(pred[r].map((s) => norm(s, text)));
    for (const x of pe) if (ge.has(x)) c.etp!++;
    c.ep! += pe.size;
    c.eg! += ge.size;
  }
}
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const fmt = (x: number) => x.toFixed(3);
console.log(`PolNeAR ${split}: ${byText.size} articles, ${words} words`);
console.log('role     overlap P  R      F1     | exact P  R      F1');
for (const r of ROLES) {
  const c = counts[r];
  const p = c.tp! / Math.max(1, c.p!);
  const rc = c.tp! / Math.max(1, c.g!);
  const ep = c.etp! / Math.max(1, c.ep!);
  const er = c.etp! / Math.max(1, c.eg!);
  console.log(
    `${r.padEnd(8)} ${fmt(p)} ${fmt(rc)} ${fmt(f1(p, rc))}  | ${fmt(ep)} ${fmt(er)} ${fmt(f1(ep, er))}`,
  );
}
console.log(
  `univocal (one role per token, nested attributions over outer content) overlap F1: ${ROLES.map(
    (r) => {
      const c = counts[r];
      return `${r} ${fmt(f1(c.utp! / Math.max(1, c.up!), c.utp! / Math.max(1, c.g!)))}`;
    },
  ).join(', ')}`,
);
console.log(
  `speed (finder + draft builder): ${(byText.size / (ms / 1000)).toFixed(1)} articles/s, ${((ms / words) * 1000).toFixed(1)} ms per 1,000 words; peak RSS ${(peak / 2 ** 20).toFixed(0)} MB`,
);
