// npm run bench:scaling — puts the API benchmark's runs at each corpus size side by side
// (bench/results/api-<claims>.json, written by `npm run bench -- --claims N`): p50 and p95 of
// every workload at concurrency 1, the growth from the smallest to the largest size, and issue
// 15's targets at the largest. Writes bench/results/api-scaling.md and puts the same table at the
// top of bench/results/api.md.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scaleChecks, type Cell } from './api-report.ts';

const dir = fileURLToPath(new URL('./results/', import.meta.url));
const MARK = '<!-- scaling -->';

interface Run {
  corpus: { claims: number; nodes: number; relationships: number };
  machine: { cpus: number; cpuModel: string };
  cells: Cell[];
  memory: Record<string, number>;
}

const files = readdirSync(dir).filter((f) => /^api-\d+(-[\w-]+)?\.json$/.test(f));
const read = (f: string) => JSON.parse(readFileSync(`${dir}${f}`, 'utf8')) as Run;
/** Workloads re-run at a size after a fix (`npm run bench -- --tag T`): their cells replace the full run's. */
const rerun: string[] = [];
const runs: Run[] = files
  .filter((f) => /^api-\d+\.json$/.test(f))
  .map((f) => {
    const run = read(f);
    for (const t of files.filter((x) => x.startsWith(f.replace('.json', '-')))) {
      const later = read(t).cells;
      const key = (c: Cell) => `${c.target} ${c.workload} ${c.concurrency}`;
      const replaced = new Set(later.map(key));
      run.cells = [...run.cells.filter((c) => !replaced.has(key(c))), ...later];
      rerun.push(`${t}: ${[...new Set(later.map((c) => c.workload))].join(', ')}`);
    }
    return run;
  })
  .sort((a, b) => a.corpus.claims - b.corpus.claims);
if (runs.length === 0)
  throw new Error('no bench/results/api-<claims>.json: run npm run bench first');

const fmt = (x: number | undefined, d = 1) =>
  x !== undefined && Number.isFinite(x) ? x.toFixed(d) : '–';
const size = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : `${n}`);
const cell = (run: Run | undefined, target: string, workload: string, c: number) =>
  run?.cells.find((x) => x.target === target && x.workload === workload && x.concurrency === c);

const smallest = runs[0]!;
const largest = runs.at(-1)!;
const workloads = [...new Set(runs.flatMap((r) => r.cells.map((c) => c.workload)))];

const lines: string[] = [
  MARK,
  `## Scaling: ${runs.map((r) => `${size(r.corpus.claims)} claims`).join(', ')}`,
  '',
  `Ours at concurrency 1 (one request at a time), p50 / p95 in ms, on a ${largest.machine.cpus}-core machine ` +
    `(${largest.machine.cpuModel}) shared with other engineers' work; the floor at the largest size; growth is ` +
    `p50 at ${size(largest.corpus.claims)} over p50 at ${size(smallest.corpus.claims)}. A cell with errors shows ERR.` +
    (rerun.length
      ? ` Re-run after a fix, replacing the full run's cells: ${rerun.join('; ')}.`
      : ''),
  '',
  `| workload | ${runs.map((r) => `${size(r.corpus.claims)} p50 / p95`).join(' | ')} | floor ${size(largest.corpus.claims)} p50 / p95 | growth ${size(smallest.corpus.claims)}→${size(largest.corpus.claims)} |`,
  `|---|${runs.map(() => '---:').join('|')}|---:|---:|`,
];
const show = (c: Cell | undefined) =>
  !c
    ? 'not run'
    : c.errors > 0
      ? `ERR (${c.errors})`
      : `${fmt(c.latencyMs.p50)} / ${fmt(c.latencyMs.p95)}`;
for (const w of workloads) {
  const a = cell(smallest, 'ours', w, 1);
  const b = cell(largest, 'ours', w, 1);
  const growth = a && b && !a.errors && !b.errors ? b.latencyMs.p50 / a.latencyMs.p50 : Number.NaN;
  lines.push(
    `| ${w} | ${runs.map((r) => show(cell(r, 'ours', w, 1))).join(' | ')} | ${show(cell(largest, 'floor', w, 1))} | ${fmt(growth, 2)}x |`,
  );
}

// Issue 15's targets, at the largest size, judged as `npm run bench` judges them (scaleChecks),
// and the one only this page can judge: provenance's growth across sizes.
const checks: [string, string, boolean][] = scaleChecks(largest.cells).map((c) => [
  c.name,
  `${fmt(c.value, 2)}${c.detail ? ` (${c.detail})` : ''}`,
  c.pass,
]);
const prov = cell(largest, 'ours', 'provenance', 1);
const prov0 = cell(smallest, 'ours', 'provenance', 1);
if (prov && prov0 && runs.length > 1) {
  const g = prov.latencyMs.p50 / prov0.latencyMs.p50;
  checks.push([
    `provenance p50 growth ${size(smallest.corpus.claims)}→${size(largest.corpus.claims)} ≤ 1.5x`,
    `${fmt(g, 2)}x`,
    prov.errors === 0 && prov0.errors === 0 && g <= 1.5,
  ]);
}

lines.push(
  '',
  `Targets (issue 15) at ${size(largest.corpus.claims)} claims (${largest.corpus.nodes.toLocaleString('en')} nodes, ` +
    `${largest.corpus.relationships.toLocaleString('en')} relationships):`,
  '',
  '| target | measured | |',
  '|---|---:|---|',
  ...checks.map(
    ([name, value, pass]) => `| ${name} | ${value} | **${pass ? 'MET' : 'NOT MET'}** |`,
  ),
  MARK,
  '',
);
const table = lines.join('\n');
writeFileSync(`${dir}api-scaling.md`, `# API benchmark across corpus sizes\n\n${table}`);
const api = `${dir}api.md`;
if (existsSync(api)) {
  const text = readFileSync(api, 'utf8');
  const parts = text.split(MARK);
  const rest = parts.length >= 3 ? parts[0]! + parts.slice(2).join(MARK).replace(/^\n+/, '') : text;
  const [title, ...body] = rest.split('\n');
  writeFileSync(api, [title, '', table, ...body].join('\n'));
}
console.log(table);
