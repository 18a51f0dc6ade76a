// PolNeAR's gold and the token-overlap and exact-span counts the extraction benches score
// against it (bench/extract.ts, bench/polnear-cue-model.ts), defined once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attribution, Span } from '../server/extract/attributions.ts';

export type Role = 'Source' | 'Cue' | 'Content';
export const ROLES: Role[] = ['Source', 'Cue', 'Content'];

export function goldSpans(ann: string): Record<Role, Span[]> {
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

/** A split's articles; some were annotated twice, and the first annotation (by file name) stands. */
export function articles(
  root: string,
  split: string,
): { base: string; text: string; ann: string }[] {
  const dir = join(root, 'data', split);
  const anns = readdirSync(join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const byText = new Map<string, string>();
  for (const f of anns) {
    const base = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!byText.has(base)) byText.set(base, f);
  }
  return [...byText].map(([base, f]) => ({
    base,
    text: readFileSync(join(dir, 'text', `${base}.txt`), 'utf8'),
    ann: readFileSync(join(dir, 'attributions', f), 'utf8'),
  }));
}

export function predictedSpans(atts: Attribution[]): Record<Role, Span[]> {
  const out: Record<Role, Span[]> = { Source: [], Cue: [], Content: [] };
  for (const a of atts) {
    if (a.source) out.Source.push(a.described ?? a.source);
    out.Cue.push(a.cue);
    out.Content.push(...a.content);
  }
  return out;
}

export const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
export function tokenSet(text: string, spans: Span[]): Set<number> {
  const set = new Set<number>();
  for (const [a, b] of spans)
    for (const m of text.slice(a, b).matchAll(TOKEN)) set.add(a + m.index);
  return set;
}
const norm = ([a, b]: Span, text: string): string => {
  const s = text.slice(a, b);
  const lead = s.length - s.trimStart().length;
  return `${a + lead}:${a + s.trimEnd().length}`;
};

export interface Counts {
  /** overlap: tokens both give the role, predicted, gold; exact: spans the same */
  tp: number;
  p: number;
  g: number;
  etp: number;
  ep: number;
  eg: number;
}
export const noCounts = (): Record<Role, Counts> =>
  Object.fromEntries(
    ROLES.map((r) => [r, { tp: 0, p: 0, g: 0, etp: 0, ep: 0, eg: 0 }]),
  ) as unknown as Record<Role, Counts>;

export function count(
  into: Record<Role, Counts>,
  text: string,
  gold: Record<Role, Span[]>,
  pred: Record<Role, Span[]>,
): void {
  for (const r of ROLES) {
    const gs = tokenSet(text, gold[r]);
    const ps = tokenSet(text, pred[r]);
    const c = into[r];
    for (const x of ps) if (gs.has(x)) c.tp++;
    c.p += ps.size;
    c.g += gs.size;
    const ge = new Set(gold[r].map((s) => norm(s, text)));
    const pe = new Set(pred[r].map((s) => norm(s, text)));
    for (const x of pe) if (ge.has(x)) c.etp++;
    c.ep += pe.size;
    c.eg += ge.size;
  }
}

export const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
/** Overlap and exact precision, recall and F1. */
export function figures(c: Counts) {
  const p = c.tp / Math.max(1, c.p);
  const r = c.tp / Math.max(1, c.g);
  const ep = c.etp / Math.max(1, c.ep);
  const er = c.etp / Math.max(1, c.eg);
  return { p, r, f1: f1(p, r), ep, er, ef1: f1(ep, er) };
}
