// Scores the attribution finder against PolNeAR (Newell, Margolin & Ruths, LREC 2018): brat
// standoff .ann files beside the article texts. Token-overlap precision/recall/F1 per role (a
// token counts when both sides give it the same role, as the authors measure agreement) and
// exact-span F1 (a span counts only with identical offsets, as published work reports).
// Usage: npm run bench:extract -- --polnear PATH [--split dev]
import { sentences } from '../server/extract/text.ts';
import { attributionsOf, type Span } from '../server/extract/attributions.ts';
import { runCorpus } from './extract-corpus.ts';
import { extractDraft } from '../server/extract/draft.ts';
import {
  articles,
  count,
  f1,
  figures,
  goldSpans,
  noCounts,
  predictedSpans,
  ROLES,
  TOKEN,
  tokenSet,
  type Role,
} from './polnear-score.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
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

const root = arg('polnear');
const split = arg('split') ?? 'dev';
if (!root) {
  const half = arg('half');
  const round = arg('round');
  if (
    (half !== undefined && half !== 'tune' && half !== 'test') ||
    (round !== undefined && !/^[1-9]\d*$/.test(round))
  ) {
    console.error(
      'usage: npm run bench:extract -- [--half tune|test [--round N] [--explain] [--record]] [--against DIR] [--polnear PATH [--split train|dev|test]]',
    );
    process.exit(2);
  }
  if (process.argv.includes('--record') && (half !== 'tune' || round !== undefined)) {
    console.error('--record keeps the recorded test half: use it with --half tune, all rounds');
    process.exit(2);
  }
  runCorpus({
    only: half,
    round: round === undefined ? undefined : Number(round),
    explain: process.argv.includes('--explain'),
    record: process.argv.includes('--record'),
    against: arg('against'),
  });
  process.exit(0);
}
const docs = articles(root, split);
const counts = noCounts();
const univocalHits = Object.fromEntries(ROLES.map((r) => [r, { tp: 0, p: 0 }])) as Record<
  Role,
  { tp: number; p: number }
>;
let ms = 0;
let words = 0;
let peak = 0;
for (const { text, ann } of docs) {
  const gold = goldSpans(ann);
  const pred = predictedSpans(attributionsOf(text, sentences(text)));
  const one = univocal(text);
  // timed: the whole pipeline (finder + draft builder), as `npm run extract` runs it
  const t0 = performance.now();
  extractDraft({ url: 'https://example.com/a', publishedAt: '2016-01-01', text });
  ms += performance.now() - t0;
  words += text.split(/\s+/).length;
  peak = Math.max(peak, process.memoryUsage().rss);
  count(counts, text, gold, pred);
  for (const r of ROLES) {
    const gs = tokenSet(text, gold[r]);
    const us = tokenSet(text, one[r]);
    for (const x of us) if (gs.has(x)) univocalHits[r].tp++;
    univocalHits[r].p += us.size;
  }
}
const fmt = (x: number) => x.toFixed(3);
console.log(`PolNeAR ${split}: ${docs.length} articles, ${words} words`);
console.log('role     overlap P  R      F1     | exact P  R      F1');
for (const r of ROLES) {
  const x = figures(counts[r]);
  console.log(
    `${r.padEnd(8)} ${fmt(x.p)} ${fmt(x.r)} ${fmt(x.f1)}  | ${fmt(x.ep)} ${fmt(x.er)} ${fmt(x.ef1)}`,
  );
}
console.log(
  `univocal (one role per token, nested attributions over outer content) overlap F1: ${ROLES.map(
    (r) => {
      const u = univocalHits[r];
      return `${r} ${fmt(f1(u.tp / Math.max(1, u.p), u.tp / Math.max(1, counts[r].g)))}`;
    },
  ).join(', ')}`,
);
console.log(
  `speed (finder + draft builder): ${(docs.length / (ms / 1000)).toFixed(1)} articles/s, ${((ms / words) * 1000).toFixed(1)} ms per 1,000 words; peak RSS ${(peak / 2 ** 20).toFixed(0)} MB`,
);
