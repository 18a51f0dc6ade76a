// Measures claim matching against a graph whose claims people wrote (issue 14 item 4): each
// draft's claims against the hand-annotated claims of the story's other articles, which are short
// paraphrases where a draft keeps the article's wording. bench:extract measures the other case,
// drafts imported one after another, and sets the thresholds in server/import/match.ts; this one
// compares the two measures where the graph's wording is a person's. For each article's draft,
// each draft statement is tied to the hand annotation's statement of the same type and source
// (names, not wording, so the label does not depend on the similarity being measured); its draft
// claim should then match that annotated claim, and no other, in every other article of the
// story. Every (draft claim, annotated claim of another article) pair is a case.
// Usage: npx tsx bench/claim-matching.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDraft, type DraftDocument } from '../server/extract/draft.ts';
import { claimSimilarity, overlap } from '../server/import/similarity.ts';
import { normalizeName } from '../server/import/match.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const CORPUS = join(ROOT, 'bench/extraction/corpus');
type Doc = Pick<DraftDocument, 'actors' | 'outlets' | 'anonymousSources' | 'claims' | 'statements'>;
interface Entry {
  id: string;
  story: string;
  url: string;
  publishedAt: string;
  split: 'tune' | 'test';
  text?: string;
  textFile?: string;
  annotationFile?: string;
}

const norm = normalizeName;
function names(doc: Doc): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const a of doc.actors ?? [])
    out.set(a.id, new Set([a.name, a.id, ...(a.aliases ?? [])].map(norm)));
  for (const o of doc.outlets ?? [])
    out.set(
      o.id,
      new Set([o.name, o.id, ...(o.domain ? [o.domain.replace(/^www\./, '')] : [])].map(norm)),
    );
  for (const s of doc.anonymousSources ?? []) out.set(s.id, new Set([norm(s.description)]));
  return out;
}

interface Case {
  split: string;
  score: { overlap: number; jaccard: number };
  same: boolean;
}
const cases: Case[] = [];
const articles = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.annotation.json'))
  .sort()
  .map((f) => {
    const entry = JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) as Entry;
    const text = entry.textFile
      ? readFileSync(join(ROOT, entry.textFile), 'utf8')
      : (entry.text ?? '');
    const annotation = entry.annotationFile
      ? join(ROOT, entry.annotationFile)
      : join(CORPUS, f.replace(/\.json$/, '.annotation.json'));
    const gold = JSON.parse(readFileSync(annotation, 'utf8')) as Doc;
    const draft = extractDraft({ url: entry.url, publishedAt: entry.publishedAt, text }).document;
    return { entry, gold, draft };
  });

for (const a of articles) {
  const [dn, gn] = [names(a.draft), names(a.gold)];
  const dText = new Map(a.draft.claims.map((c) => [c.id, c.text]));
  const labelled = new Map<string, string>();
  for (const x of a.draft.statements) {
    const y = a.gold.statements.find(
      (g) =>
        g.type === x.type && [...(dn.get(x.source) ?? [])].some((k) => gn.get(g.source)?.has(k)),
    );
    if (y && !labelled.has(x.claim)) labelled.set(x.claim, y.claim);
  }
  for (const b of articles) {
    if (b === a || b.entry.story !== a.entry.story) continue;
    for (const [draftClaim, goldClaim] of labelled)
      for (const other of b.gold.claims) {
        const d = dText.get(draftClaim) ?? '';
        cases.push({
          split: a.entry.split,
          score: { overlap: overlap(d, other.text), jaccard: claimSimilarity(d, other.text) },
          same: other.id === goldClaim,
        });
      }
  }
}

const f1 = (list: Case[], metric: 'overlap' | 'jaccard', t: number) => {
  const tp = list.filter((c) => c.same && c.score[metric] >= t).length;
  const p = list.filter((c) => c.score[metric] >= t).length;
  const g = list.filter((c) => c.same).length;
  const precision = p ? tp / p : 1;
  const recall = g ? tp / g : 0;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    pairs: list.length,
    positives: g,
  };
};
const round = (o: Record<string, number>) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
for (const metric of ['overlap', 'jaccard'] as const) {
  const tune = cases.filter((c) => c.split === 'tune');
  let best = { t: 0, f1: -1 };
  for (let t = 0.05; t <= 0.95; t += 0.05) {
    const r = f1(tune, metric, t);
    if (r.f1 > best.f1) best = { t: Math.round(t * 100) / 100, f1: r.f1 };
  }
  console.log(`${metric}: threshold ${best.t} (best F1 on tune)`);
  for (const split of ['tune', 'test'])
    console.log(
      `  ${split}:`,
      round(
        f1(
          cases.filter((c) => c.split === split),
          metric,
          best.t,
        ),
      ),
    );
}

// Reusing a wrong id merges two claims' provenance; proposing a right one costs a click. So the
// draft reuses an id only above the point where matches are mostly right on the tune half.
console.log('precision / recall by threshold (tune | test):');
for (const metric of ['overlap', 'jaccard'] as const)
  for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
    const [tu, te] = ['tune', 'test'].map((s) =>
      f1(
        cases.filter((c) => c.split === s),
        metric,
        t,
      ),
    );
    console.log(
      `  ${metric} ${t}: ${tu!.precision.toFixed(2)} / ${tu!.recall.toFixed(2)} | ${te!.precision.toFixed(2)} / ${te!.recall.toFixed(2)}`,
    );
  }
