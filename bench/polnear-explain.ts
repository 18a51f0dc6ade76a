// Lists what the attribution finder misses on PolNeAR's TRAIN split, grouped so the largest
// groups can be read and turned into general rules: gold cues no predicted cue overlaps, by lemma,
// part of speech and frame; gold cue tokens missed inside cues it does overlap; and source spans
// it misses, cuts short or over-extends. Only the train split is read (dev and test are for
// scoring, never for reading misses).
// Usage: npx tsx bench/polnear-explain.ts PATH [--examples N] [--group KEY]
import { sentences, type Sentence, type Token } from '../server/extract/text.ts';
import { attributionsOf, type Span } from '../server/extract/attributions.ts';
import { CUE_LEMMAS, MINED_CUES, WEAK_CUES } from '../server/extract/lexicon.ts';
import { articles, tokenSet } from './polnear-score.ts';

const root = process.argv[2];
if (!root) {
  console.error('usage: npx tsx bench/polnear-explain.ts PATH [--examples N] [--group KEY]');
  process.exit(2);
}
const argAt = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const EXAMPLES = Number(argAt('examples') ?? 3);
const focus = argAt('group');
const lemmaFocus = argAt('lemma');

interface Gold {
  source: Span[];
  cue: Span[];
  content: Span[];
}

/** Gold attributions: the brat events tie each one's Source, Cue and Content text-bound spans. */
function goldAttributions(ann: string): Gold[] {
  const spans = new Map<string, Span[]>();
  const out: Gold[] = [];
  const lines = ann.split('\n');
  for (const line of lines) {
    const m = /^(T\d+)\t\w+ ([\d ;]+)\t/.exec(line);
    if (m)
      spans.set(
        m[1]!,
        m[2]!.split(';').map((f) => f.trim().split(' ').map(Number) as unknown as Span),
      );
  }
  for (const line of lines) {
    if (!/^E\d+\t/.test(line)) continue;
    const g: Gold = { source: [], cue: [], content: [] };
    for (const part of line.split('\t')[1]!.split(' ')) {
      const [role, id] = part.split(':');
      const s = spans.get(id ?? '') ?? [];
      if (role?.startsWith('Source')) g.source.push(...s);
      else if (role?.startsWith('Cue')) g.cue.push(...s);
      else if (role?.startsWith('Content')) g.content.push(...s);
    }
    if (g.cue.length) out.push(g);
  }
  return out;
}

const overlaps = (a: Span[], b: Span[]) => a.some(([x, y]) => b.some(([u, v]) => x < v && u < y));

const groups = new Map<string, { n: number; tokens: number; examples: string[] }>();
function count(key: string, tokens: number, example: string) {
  const g = groups.get(key) ?? { n: 0, tokens: 0, examples: [] };
  g.n++;
  g.tokens += tokens;
  if (g.examples.length < (focus === key ? 40 : EXAMPLES)) g.examples.push(example);
  groups.set(key, g);
}

/** The frame a missed cue stands in, from the words around it. */
function frame(text: string, s: Sentence | undefined, g: Gold, cueToks: Token[]): string {
  const first = cueToks[0];
  if (!s || !first) return 'no-token';
  const tokens = s.tokens;
  const k = tokens.indexOf(first);
  const prev = tokens[k - 1];
  const cueText = text.slice(g.cue[0]![0], g.cue.at(-1)![1]).toLowerCase();
  // the content-bearing word of the cue: its first verb, else its first noun or adjective
  const head =
    cueToks.find((t) => t.pos === 'VERB') ??
    cueToks.find((t) => /^(NOUN|ADJ|ADP|PROPN)$/.test(t.pos)) ??
    first;
  const inSentence = (sp: Span[]) => sp.some(([a, b]) => a >= s.start && b <= s.end);
  const parts: string[] = [];
  if (cueText.startsWith('according')) parts.push('according-to');
  else if (/^[:—–-]$/.test(cueText.trim())) parts.push('colon');
  else parts.push(`${head.pos}`);
  // a cue inside a quotation
  let q = 0;
  for (const t of tokens.slice(0, k)) if (/^["“”]$/.test(t.text)) q++;
  if (q % 2 === 1) parts.push('in-quote');
  if (!g.source.length) parts.push('no-source');
  else if (!inSentence(g.source)) parts.push('source-elsewhere');
  else {
    const src = text.slice(g.source[0]![0], g.source.at(-1)![1]).toLowerCase();
    if (/^(he|she|they|i|we|it|you|who|this)$/.test(src)) parts.push('pronoun-source');
    if (g.source[0]![0] > g.cue[0]![0]) parts.push('source-after');
  }
  if (g.content.length && !inSentence(g.content)) parts.push('content-beyond');
  if (prev?.text === ',') parts.push('after-comma');
  if (tokenSet(text, g.content).size === 1) parts.push('one-word-content');
  const known = CUE_LEMMAS.has(head.lemma) || MINED_CUES.has(head.lemma);
  parts.push(known ? 'known' : 'unknown');
  return parts.join(' ');
}

let total = 0;
let hit = 0;
let goldCueTokenCount = 0;
let missedCueTokens = 0;
const lemmaMiss = new Map<string, number>();
for (const { text, ann } of articles(root, 'train')) {
  const gold = goldAttributions(ann);
  const sents = sentences(text);
  const pred = attributionsOf(text, sents);
  const allTokens = sents.flatMap((s) => s.tokens);
  const sentenceAt = (at: number) => sents.find((s) => s.start <= at && at < s.end);
  const predCues = pred.map((a) => a.cue);
  const goldCues = gold.flatMap((g) => g.cue);
  const goldCueTokens = tokenSet(text, goldCues);
  for (const a of pred) {
    const show = text.slice(...a.cue);
    const s = sentenceAt(a.cue[0]);
    const line = (s ? text.slice(s.start, s.end) : '').replace(/\s+/g, ' ').slice(0, 200);
    // a cue inside another predicted attribution's content: how often PolNeAR marks it
    const nested = pred.some(
      (b) => b !== a && b.content.some(([x, y]) => x <= a.cue[0] && a.cue[1] <= y),
    );
    const kind = MINED_CUES.has(a.cueLemma)
      ? 'mined'
      : WEAK_CUES.has(a.cueLemma)
        ? 'weak'
        : 'strong';
    count(
      `nested-${nested} ${kind} ${overlaps([a.cue], goldCues) ? 'hit' : 'miss'}`,
      1,
      `<${show}> :: ${line}`,
    );
    if (!overlaps([a.cue], goldCues)) {
      const n = tokenSet(text, [a.cue]).size;
      count(`cue-spurious ${a.pattern} ${a.cueLemma}`, n, `<${show}> :: ${line}`);
      count(`cue-spurious-pattern ${a.pattern}`, n, `<${show}> :: ${line}`);
    } else {
      const extra = [...tokenSet(text, [a.cue])].filter((x) => !goldCueTokens.has(x));
      if (extra.length) {
        const words = extra.map((x) => allTokens.find((t) => t.start === x)?.pos ?? '?');
        count(`cue-over ${[...new Set(words)].join(',')}`, extra.length, `<${show}> :: ${line}`);
      }
    }
  }
  for (const g of gold) {
    total++;
    const cueToks = allTokens.filter((t) => g.cue.some(([a, b]) => t.start >= a && t.end <= b));
    const gTok = tokenSet(text, g.cue);
    goldCueTokenCount += gTok.size;
    const s = sentenceAt(g.cue[0]![0]);
    const line = (s ? text.slice(s.start, s.end) : '').replace(/\s+/g, ' ');
    const show = (sp: Span[]) => sp.map(([a, b]) => text.slice(a, b)).join(' … ');
    const example = `[${show(g.source)}] <${show(g.cue)}> {${show(g.content).slice(0, 60)}} :: ${line.slice(0, 240)}`;
    const match = pred.filter((a) => overlaps([a.cue], g.cue));
    if (!match.length) {
      missedCueTokens += gTok.size;
      const key = frame(text, s, g, cueToks);
      count(`cue-miss ${key}`, gTok.size, example);
      const head =
        cueToks.find((t) => t.pos === 'VERB') ??
        cueToks.find((t) => /^(NOUN|ADJ|ADP)$/.test(t.pos)) ??
        cueToks[0];
      const lk = `${head?.lemma ?? '?'}/${head?.pos ?? '?'}`;
      lemmaMiss.set(lk, (lemmaMiss.get(lk) ?? 0) + 1);
      if (lemmaFocus === lk) console.log(`${key} ${example}`);
      continue;
    }
    hit++;
    // partial cue: gold cue tokens that no predicted cue covers
    const pTok = tokenSet(text, predCues);
    const lost = [...gTok].filter((x) => !pTok.has(x));
    if (lost.length) {
      missedCueTokens += lost.length;
      const words = lost
        .map((x) => allTokens.find((t) => t.start === x))
        .map((t) => (t ? (t.start < (match[0]!.cue[0] ?? 0) ? 'L:' : 'R:') + t.pos : '?'));
      count(`cue-partial ${[...new Set(words)].join(',')}`, lost.length, example);
    }
    // sources of the attribution we found
    const a = match[0]!;
    const ps = a.source ? [a.described ?? a.source] : [];
    const gs = tokenSet(text, g.source);
    const pss = tokenSet(text, ps);
    if (g.source.length && !ps.length) count('source-missing', gs.size, example);
    else if (!g.source.length && ps.length) count('source-spurious', pss.size, example);
    else if (g.source.length) {
      const over = [...pss].filter((x) => !gs.has(x)).length;
      const under = [...gs].filter((x) => !pss.has(x)).length;
      const predText = show(ps);
      if (over && !overlaps(ps, g.source))
        count(`source-wrong ${a.pattern}`, gs.size, `${example} ## pred [${predText}]`);
      else if (over) count(`source-over ${a.pattern}`, over, `${example} ## pred [${predText}]`);
      if (under && overlaps(ps, g.source))
        count(`source-short ${a.pattern}`, under, `${example} ## pred [${predText}]`);
    }
  }
}
console.log(`train: ${total} gold attributions, cue overlapped ${hit}`);
console.log(`gold cue tokens ${goldCueTokenCount}, missed ${missedCueTokens}`);
const totals = new Map<string, [number, number]>();
for (const [key, g] of groups) {
  const kind = key.split(' ')[0]!;
  const t = totals.get(kind) ?? [0, 0];
  totals.set(kind, [t[0] + g.n, t[1] + g.tokens]);
}
console.log([...totals].map(([k, [n, t]]) => `${k}: ${n} attributions, ${t} tokens`).join('\n'));
const sorted = [...groups].sort((x, y) => y[1].tokens - x[1].tokens);
for (const [key, g] of sorted) {
  if (focus && key !== focus) continue;
  if (!focus && g.tokens < 40) continue;
  console.log(`\n${key}: ${g.n} attributions, ${g.tokens} tokens`);
  for (const e of g.examples) console.log(`   ${e}`);
}
if (!focus) {
  console.log('\nmissed cue heads (lemma/pos):');
  console.log(
    [...lemmaMiss]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 80)
      .map(([k, c]) => `${k} ${c}`)
      .join(', '),
  );
}
