// Scores whole drafts (finder + draft builder) against the hand-annotated corpus in
// bench/extraction/corpus, for each half (tune, test) separately.
//
// Matching rules (draft ids are made by the extractor and differ from the annotation's):
// - Sources: a draft source and an annotated source are the same when one of their normalised
//   names meets: for actors the name, aliases and id; for outlets the name, aliases, domain
//   (without "www.") and id; for anonymous sources the description. Normalised: NFKD, lower
//   case, a leading "the" dropped, anything but letters and digits turned into single spaces,
//   hyphens of ids read as spaces. Two anonymous sources also match when their descriptions share
//   at least half of the longer one's content words ("senior U.S. officials" ~ "U.S. officials").
//   Two unnamed outlets of one article match ("media reports", "local TV channels": an outlet
//   without a domain whose name begins "Unnamed", as ANNOTATION.md names them and the draft does);
//   their descriptions are the article's words for an outlet it does not name, not a name.
// - Statements as (type, source): one-to-one, greedy in document order, same type and matching
//   source; duplicates of one (type, source) pair on either side count once.
// - Claim alignment: the annotated claim's content words (lower case, stop words dropped) found
//   in the draft claim text, as a share of the annotated claim's: aligned at >= 0.5.
// - Denials: the (type, source) score restricted to DENIED on both sides.
// - Anonymous sources: recall only; an annotated one counts when a draft anonymous source
//   matches its description.
// - Exact chains: for each annotated claim, every path from the article's own outlet down its
//   `citing` lists to an origin; a path counts when a draft claim that aligns with the annotated
//   one has a path whose every hop matches, in order and of the same length.
// - Claim matching across articles of one story, as an import does it: each draft claim stands for
//   the annotated claim it aligns with best (the rule above; unaligned draft claims are left out).
//   The story's articles go into a graph in date order; each draft's claims are decided against
//   the claims already there by decideClaims (server/import/match.ts, the import's own decision:
//   claimSimilarity of server/import/similarity.ts, best first, one draft claim per existing
//   claim), and those not reused are added. A reuse is right when both stand for the same
//   annotated claim; its recall is over the draft claims whose annotated claim was already in the
//   graph. "Reused or proposed" counts the one existing claim the reviewer is shown either way.
//   (Candidates are the story's claims alone: in the graph, full-text search finds them among all.)
// - "No comment" denials: draft DENIED statements whose content or cue span overlaps one of the
//   entry's `noComment` phrases in the text, unless the annotation has a denial by the same
//   source (a denial may quote a no-comment phrase among its words: "Russia did not do that.
//   The defense ministry does not confirm it. It's fake news"). Must be zero.
// Usage: npm run bench:extract [-- --half tune [--round N] [--explain] [--record]] [--against DIR]
// `--round N` scores one round of annotation (a new round's first score is a look at unseen
// text); `--against DIR` scores another person's annotations of some articles (DIR/<id>.annotation.json)
// in place of the drafts: how far two people agree, the ceiling a draft can be held to.
// Both halves write bench/results/extract.*; `--half tune --record` rewrites the tune figures and
// keeps the test half's recorded ones (and the notes saying when they were measured), so tuning
// after the test half's one run never runs it again.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decideClaims, PROPOSE_THRESHOLD, REUSE_THRESHOLD } from '../server/import/match.ts';
import { extractDraft, type DraftDocument } from '../server/extract/draft.ts';
import { normalizeName } from '../server/import/match.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const CORPUS = join(ROOT, 'bench/extraction/corpus');
const ALIGN = 0.5;
const TIMED_RUNS = 5;

interface Entry {
  id: string;
  story: string;
  url: string;
  outlet: { id: string; name: string; domain?: string };
  publishedAt: string;
  title?: string;
  split: 'tune' | 'test';
  round: number;
  text?: string;
  textFile?: string;
  annotationFile?: string;
  noComment?: string[];
}
type Doc = Pick<
  DraftDocument,
  'actors' | 'outlets' | 'anonymousSources' | 'claims' | 'statements'
> & { article: { outlet: string } };

const norm = normalizeName;
const STOP = new Set(
  'a an the of to in on for and or but with by as at from is are was were be been that this it its his her their has have had will would not no'.split(
    ' ',
  ),
);
const words = (s: string) =>
  norm(s)
    .split(' ')
    .filter((w) => w && !STOP.has(w));

interface SourceKeys {
  keys: Set<string>;
  anon?: string[];
}
/** The key every unnamed outlet of an article shares (no name normalises to it). */
const UNNAMED_OUTLET = '\u0000unnamed outlet';
function sourceKeys(doc: Doc): Map<string, SourceKeys> {
  const out = new Map<string, SourceKeys>();
  for (const a of doc.actors ?? [])
    out.set(a.id, { keys: new Set([a.name, a.id, ...(a.aliases ?? [])].map(norm)) });
  for (const o of doc.outlets ?? []) {
    const extra = o as { aliases?: string[]; domain?: string };
    const keys = [o.name, o.id, ...(extra.aliases ?? [])];
    if (extra.domain) keys.push(extra.domain.replace(/^www\./, ''));
    const normed = new Set(keys.map(norm));
    if (!extra.domain && /^unnamed\b/i.test(o.name)) normed.add(UNNAMED_OUTLET);
    out.set(o.id, { keys: normed });
  }
  for (const s of doc.anonymousSources ?? [])
    out.set(s.id, { keys: new Set([norm(s.description)]), anon: words(s.description) });
  return out;
}
function same(a: SourceKeys | undefined, b: SourceKeys | undefined): boolean {
  if (!a || !b) return false;
  for (const k of a.keys) if (b.keys.has(k)) return true;
  if (a.anon && b.anon) {
    const shared = a.anon.filter((w) => b.anon!.includes(w)).length;
    return shared > 0 && shared >= Math.max(a.anon.length, b.anon.length) / 2;
  }
  return false;
}
function aligned(gold: string, draft: string): boolean {
  const g = words(gold);
  const d = new Set(words(draft));
  return g.length > 0 && g.filter((w) => d.has(w)).length / g.length >= ALIGN;
}

function chains(doc: Doc, claim: string): string[][] {
  const by = new Map<string, string[]>();
  for (const s of doc.statements)
    if (s.claim === claim && s.type !== 'DENIED') by.set(s.source, s.citing ?? []);
  const out: string[][] = [];
  const walk = (path: string[]) => {
    const next = by.get(path[path.length - 1]!) ?? [];
    const fresh = next.filter((n) => !path.includes(n));
    if (!fresh.length) out.push(path);
    for (const n of fresh) walk([...path, n]);
  };
  if (by.has(doc.article.outlet)) walk([doc.article.outlet]);
  return out;
}

interface Counts {
  articles: number;
  pairs: { tp: number; p: number; g: number };
  claims: { tp: number; p: number; g: number };
  denials: { tp: number; p: number; g: number };
  anonymous: { tp: number; g: number };
  chains: { tp: number; g: number };
  noCommentDenials: number;
  /** Per story, per article: its date and the draft claims with the annotated claim each stands for. */
  stories: Map<
    string,
    { publishedAt: string; claims: { id: string; text: string; gold: string }[] }[]
  >;
  ms: number;
  words: number;
}
const zero = (): Counts => ({
  articles: 0,
  pairs: { tp: 0, p: 0, g: 0 },
  claims: { tp: 0, p: 0, g: 0 },
  denials: { tp: 0, p: 0, g: 0 },
  anonymous: { tp: 0, g: 0 },
  chains: { tp: 0, g: 0 },
  noCommentDenials: 0,
  stories: new Map(),
  ms: 0,
  words: 0,
});

/**
 * Scores one article's draft against its annotation into `c`; with `other`, another person's
 * annotation of the same text stands in for the draft (how far two people agree).
 */
function score(
  entry: Entry,
  text: string,
  gold: Doc,
  c: Counts,
  explain: boolean,
  other?: Doc,
): void {
  const input = {
    url: entry.url,
    publishedAt: entry.publishedAt,
    title: entry.title,
    outlet: entry.outlet.name,
    text,
  };
  const draft: Doc = other ?? extractDraft(input).document;
  if (!other) {
    // speed in steady state: the first run pays for loading and compiling, so it is not timed
    const t0 = performance.now();
    for (let k = 0; k < TIMED_RUNS; k++) extractDraft(input);
    c.ms += (performance.now() - t0) / TIMED_RUNS;
  }
  c.words += text.split(/\s+/).length;
  c.articles++;
  const gk = sourceKeys(gold);
  const dk = sourceKeys(draft);
  // the article's own outlet is the same on both sides whatever its id
  dk.get(draft.article.outlet)?.keys.add(norm(gold.article.outlet));
  const gClaim = new Map(gold.claims.map((x) => [x.id, x.text]));
  const dClaim = new Map(draft.claims.map((x) => [x.id, x.text]));

  const uniq = <T extends { type: string; source: string }>(xs: T[]) => {
    const seen = new Set<string>();
    return xs.filter(
      (x) => !seen.has(`${x.type} ${x.source}`) && !!seen.add(`${x.type} ${x.source}`),
    );
  };
  const pairScore = (
    g: Doc['statements'],
    d: Doc['statements'],
    into: { tp: number; p: number; g: number },
    withClaim: boolean,
  ) => {
    const gs = withClaim ? g : uniq(g);
    const ds = withClaim ? d : uniq(d);
    const used = new Set<number>();
    into.p += ds.length;
    into.g += gs.length;
    for (const x of ds) {
      const k = gs.findIndex(
        (y, i) =>
          !used.has(i) &&
          y.type === x.type &&
          same(dk.get(x.source), gk.get(y.source)) &&
          (!withClaim || aligned(gClaim.get(y.claim) ?? '', dClaim.get(x.claim) ?? '')),
      );
      if (k >= 0) {
        used.add(k);
        into.tp++;
      }
    }
  };
  pairScore(gold.statements, draft.statements, c.pairs, false);
  if (explain) explainArticle(entry.id, gold, draft, gk, dk);
  pairScore(gold.statements, draft.statements, c.claims, true);
  pairScore(
    gold.statements.filter((s) => s.type === 'DENIED'),
    draft.statements.filter((s) => s.type === 'DENIED'),
    c.denials,
    false,
  );
  for (const a of gold.anonymousSources ?? []) {
    c.anonymous.g++;
    if (draft.anonymousSources.some((d) => same(dk.get(d.id), gk.get(a.id)))) c.anonymous.tp++;
  }
  for (const claim of gold.claims) {
    const draftChains = draft.claims
      .filter((d) => aligned(claim.text, d.text))
      .flatMap((d) => chains(draft, d.id));
    for (const g of chains(gold, claim.id)) {
      c.chains.g++;
      const hit = draftChains.some(
        (d) => d.length === g.length && d.every((s, i) => same(dk.get(s), gk.get(g[i]!))),
      );
      if (hit) c.chains.tp++;
    }
  }
  const share = (gold: string, d: string) => {
    const g = words(gold);
    const dw = new Set(words(d));
    return g.length ? g.filter((w) => dw.has(w)).length / g.length : 0;
  };
  const standing = draft.claims.flatMap((d) => {
    let best: { id: string; s: number } | undefined;
    for (const g of gold.claims) {
      const x = share(g.text, d.text);
      if (x >= ALIGN && (!best || x > best.s)) best = { id: g.id, s: x };
    }
    return best ? [{ id: d.id, text: d.text, gold: best.id }] : [];
  });
  const story = c.stories.get(entry.story) ?? [];
  story.push({ publishedAt: entry.publishedAt, claims: standing });
  c.stories.set(entry.story, story);
  const phrases = (entry.noComment ?? []).flatMap((p) => {
    const at = text.indexOf(p);
    return at >= 0 ? [[at, at + p.length] as const] : [];
  });
  for (const s of draft.statements) {
    // a person's annotation keeps no spans: its denials are judged by reading, not here
    if (s.type !== 'DENIED' || !('evidence' in s)) continue;
    const denier = dk.get(s.source);
    if (gold.statements.some((g) => g.type === 'DENIED' && same(denier, gk.get(g.source))))
      continue;
    const spans = [s.evidence.cue, s.evidence.content];
    if (spans.some(([a, b]) => phrases.some(([x, y]) => a < y && x < b))) c.noCommentDenials++;
  }
}

/** Error analysis for tuning: every annotated and drafted statement, matched or not. */
function explainArticle(
  id: string,
  gold: Doc,
  draft: Doc,
  gk: Map<string, SourceKeys>,
  dk: Map<string, SourceKeys>,
): void {
  const gClaim = new Map(gold.claims.map((x) => [x.id, x.text]));
  const dClaim = new Map(draft.claims.map((x) => [x.id, x.text]));
  const line = (s: Doc['statements'][number], claims: Map<string, string>) =>
    `${s.type} ${s.source}${s.citing?.length ? ` <- [${s.citing.join(', ')}]` : ''}: ${claims.get(s.claim)}`;
  console.log(`\n=== ${id}`);
  for (const g of gold.statements) {
    const hit = draft.statements.find(
      (d) => d.type === g.type && same(dk.get(d.source), gk.get(g.source)),
    );
    const claimHit =
      hit &&
      draft.statements.some(
        (d) =>
          d.type === g.type &&
          same(dk.get(d.source), gk.get(g.source)) &&
          aligned(gClaim.get(g.claim) ?? '', dClaim.get(d.claim) ?? ''),
      );
    console.log(`${hit ? (claimHit ? '  ok ' : '  ~  ') : 'MISS '} ${line(g, gClaim)}`);
    if (hit && !claimHit) console.log(`        draft: ${dClaim.get(hit.claim)}`);
  }
  for (const d of draft.statements)
    if (!gold.statements.some((g) => g.type === d.type && same(dk.get(d.source), gk.get(g.source))))
      console.log(`EXTRA ${line(d, dClaim)}`);
  for (const a of gold.anonymousSources ?? [])
    if (!draft.anonymousSources.some((d) => same(dk.get(d.id), gk.get(a.id))))
      console.log(`ANON-MISS ${a.description} (${a.citedBy}, count ${a.count ?? '-'})`);
}

/**
 * Claim matching across articles of one story, as an import does it (see the header): the
 * articles go into the graph in date order, and each draft's claims are decided against the
 * claims the story's earlier articles left there, by decideClaims (server/import/match.ts).
 */
function claimMatching(c: Counts, thresholds: { reuseAt?: number; proposeAt?: number } = {}) {
  const reused = { tp: 0, p: 0, g: 0 };
  const shown = { tp: 0, p: 0, g: 0 };
  for (const articles of c.stories.values()) {
    const graph = new Map<string, { text: string; gold: string }>();
    const ordered = [...articles].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
    for (const [i, article] of ordered.entries()) {
      const options = [...graph].map(([id, n]) => ({
        id,
        text: n.text,
        by: 'wording' as const,
        shared: 0,
      }));
      const decided = decideClaims(
        article.claims.map((claim) => ({ claim, options })),
        thresholds,
      );
      for (const claim of article.claims) {
        const known = [...graph.values()].some((n) => n.gold === claim.gold);
        const m = decided.get(claim.id);
        const right = m !== undefined && graph.get(m.existingId)?.gold === claim.gold;
        const tally = (counts: typeof reused, decided: boolean) => {
          if (known) counts.g++;
          if (decided) counts.p++;
          if (decided && right) counts.tp++;
        };
        tally(reused, m?.reused === true);
        tally(shown, m !== undefined);
        if (process.env.DBG && m?.reused && !right && !thresholds.reuseAt)
          console.log(
            `WRONG ${m.score}\n  new: ${claim.text} [${claim.gold}]\n  old: ${m.existingText} [${graph.get(m.existingId)?.gold}]`,
          );
        if (!m?.reused) graph.set(`${i}:${claim.id}`, claim);
      }
    }
  }
  return { reused: prf(reused), shown: prf(shown) };
}

const prf = (x: { tp: number; p: number; g: number }) => {
  const p = x.p ? x.tp / x.p : 0;
  const r = x.g ? x.tp / x.g : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, ...x };
};

export interface CorpusRun {
  /** One half only (tuning reads the tune half alone). */
  only?: 'tune' | 'test';
  /** One round of annotation only (its first score is a look at unseen text). */
  round?: number;
  explain?: boolean;
  /** Rewrite the recorded tune figures, keeping the recorded test half. */
  record?: boolean;
  /** A folder of second annotations (<id>.annotation.json): score them instead of the drafts. */
  against?: string;
}

export function runCorpus({ only, round, explain = false, record = false, against }: CorpusRun) {
  // the error analysis is for tuning, and the test half must not be looked at while tuning
  if (explain && only !== 'tune') throw new Error('--explain reads the tune half only');
  const halves = { tune: zero(), test: zero() };
  let peak = 0;
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.annotation.json'))
    .sort();
  for (const f of files) {
    const entry = JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) as Entry;
    // tuning reads the tune half alone: the test half's texts are not even opened
    if (only && entry.split !== only) continue;
    if (round !== undefined && entry.round !== round) continue;
    const otherPath = against && join(against, f.replace(/\.json$/, '.annotation.json'));
    if (otherPath && !existsSync(otherPath)) continue;
    const text = entry.textFile
      ? readFileSync(join(ROOT, entry.textFile), 'utf8')
      : (entry.text ?? '');
    const annPath = entry.annotationFile
      ? join(ROOT, entry.annotationFile)
      : join(CORPUS, f.replace(/\.json$/, '.annotation.json'));
    const gold = JSON.parse(readFileSync(annPath, 'utf8')) as Doc;
    const other = otherPath ? (JSON.parse(readFileSync(otherPath, 'utf8')) as Doc) : undefined;
    score(entry, text, gold, halves[entry.split], explain, other);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const result = Object.fromEntries(
    Object.entries(halves)
      .filter(([half, c]) => (!only || half === only) && c.articles > 0)
      .map(([half, c]) => [
        half,
        {
          articles: c.articles,
          statements: prf(c.pairs),
          statementsWithClaim: prf(c.claims),
          denials: prf(c.denials),
          anonymousRecall: c.anonymous.g ? c.anonymous.tp / c.anonymous.g : 0,
          anonymous: c.anonymous,
          exactChains: c.chains,
          noCommentDenials: c.noCommentDenials,
          claimMatching: {
            reuseAt: REUSE_THRESHOLD,
            proposeAt: PROPOSE_THRESHOLD,
            ...claimMatching(c),
            reuseCurve: [0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8].map((t) => ({
              threshold: t,
              ...claimMatching(c, { reuseAt: t, proposeAt: Math.min(t, PROPOSE_THRESHOLD) }).reused,
            })),
            proposeCurve: [0.1, 0.15, 0.2, 0.25, 0.3].map((t) => ({
              threshold: t,
              ...claimMatching(c, { reuseAt: Math.max(t, REUSE_THRESHOLD), proposeAt: t }).shown,
            })),
          },
          articlesPerSecond: c.articles / (c.ms / 1000),
          msPer1000Words: (c.ms / c.words) * 1000,
        },
      ]),
  );
  const jsonPath = join(ROOT, 'bench/results/extract.json');
  const mdPath = join(ROOT, 'bench/results/extract.md');
  const recorded = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
    test?: (typeof result)[string];
    notes?: string[];
  };
  if (record && only === 'tune' && recorded.test) result.test = recorded.test;
  const notes = recorded.notes ?? [];
  const out = {
    alignThreshold: ALIGN,
    peakRssMb: Math.round(peak / 2 ** 20),
    ...(notes.length ? { notes } : {}),
    ...result,
  };
  const f3 = (x: number) => x.toFixed(3);
  const curve = (c: { threshold: number; precision: number; recall: number }[]) =>
    c.map((x) => `${x.threshold}: P ${f3(x.precision)} R ${f3(x.recall)}`).join('; ');
  const row = (
    name: string,
    x: { precision: number; recall: number; f1: number; tp: number; p: number; g: number },
  ) =>
    `| ${name} | ${f3(x.precision)} | ${f3(x.recall)} | ${f3(x.f1)} | ${x.tp}/${x.p} drafted, ${x.g} annotated |`;
  const lines = [
    against
      ? `# A second annotation (${against}) scored against the corpus's, as drafts are`
      : '# Extraction on the hand-annotated corpus',
    '',
    'Written by `npm run bench:extract` (bench/extract-corpus.ts states the matching rules).',
    `Claims align when >= ${ALIGN} of the annotated claim's content words are in the draft's claim.`,
    "Rules were tuned on the tune half only; the test half's texts and annotations are never read.",
    ...(round === undefined && !against ? notes : []),
    '',
  ];
  for (const [half, r] of Object.entries(result)) {
    lines.push(
      `## ${half} (${r.articles} articles)`,
      '',
      '| measure | precision | recall | F1 | counts |',
      '| --- | --- | --- | --- | --- |',
      row('statements (type, source)', r.statements),
      row('statements with aligned claim', r.statementsWithClaim),
      row('denials', r.denials),
      row(
        `claims reused from the story's earlier articles (similarity >= ${r.claimMatching.reuseAt})`,
        r.claimMatching.reused,
      ),
      row(
        `claims reused or proposed (similarity >= ${r.claimMatching.proposeAt})`,
        r.claimMatching.shown,
      ),
      '',
      `- claims reused at other thresholds: ${curve(r.claimMatching.reuseCurve)}`,
      `- claims reused or proposed at other thresholds: ${curve(r.claimMatching.proposeCurve)}`,
      `- anonymous-source recall: ${f3(r.anonymousRecall)} (${r.anonymous.tp}/${r.anonymous.g})`,
      `- exact chains: ${r.exactChains.tp}/${r.exactChains.g}`,
      `- "no comment" denials: ${r.noCommentDenials}`,
      ...(against
        ? []
        : [
            `- speed (finder + draft builder): ${r.articlesPerSecond.toFixed(1)} articles/s, ${r.msPer1000Words.toFixed(1)} ms per 1,000 words`,
          ]),
      '',
    );
  }
  lines.push(`Peak RSS: ${out.peakRssMb} MB.`, '');
  if ((!only || record) && round === undefined && !against) {
    // the PolNeAR section below is written by hand from `--polnear` runs; keep it
    const md = readFileSync(mdPath, 'utf8');
    const polnear = md.indexOf('## PolNeAR');
    writeFileSync(jsonPath, JSON.stringify(out, null, 2) + '\n');
    writeFileSync(mdPath, lines.join('\n') + (polnear >= 0 ? md.slice(polnear) : ''));
  }
  console.log(lines.join('\n'));
}
