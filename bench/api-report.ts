// The API benchmark's arithmetic and report, as pure functions (unit-tested in
// test/unit/api-report.test.ts): percentiles, ratios from the same run, the target checks and the
// markdown page.
import { WORKLOADS, type TargetName, type WorkloadName } from './api-workloads.ts';

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

/** Nearest-rank percentile (p in 0..100) of `sorted`, ascending; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function latencySummary(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / (sorted.length || Number.NaN);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean,
  };
}

/**
 * A success is a 2xx response without GraphQL errors. `"errors":` unescaped can only be a key:
 * inside a JSON string its quotes are escaped. A substring test, not a parse, keeps the load
 * generator's cost per response low while it shares the cores with the servers.
 */
export const responseOk = (status: number, body: string): boolean =>
  status >= 200 && status < 300 && !body.includes('"errors":');

/**
 * A failed response that says its query cost more than Neo4j allows one transaction: its time
 * (the targets' transactions have the request limit as their timeout, so a question too dear ends
 * there, not in the client) or its memory. With the bench's cells kept apart, a memory failure is
 * the query's own: the peer's nested and sourceStatements queries sort an outlet's 400,000 reports
 * and ask for more than the 768 MiB all transactions may hold (its driver used to retry them until
 * the client gave up, when they counted as timeouts).
 */
export const timedOut = (body: string): boolean =>
  /TransactionTimedOut|QUERY_TIMEOUT|has not completed within the (specified )?timeout|db\.memory\.transaction\.(total\.)?max/i.test(
    body,
  );

export interface Sample {
  ms: number;
  ok: boolean;
}

/** A failed response is often the fastest one: latency and throughput count successes only. */
export function summariseRun(samples: readonly Sample[], seconds: number) {
  const ok = samples.filter((s) => s.ok).map((s) => s.ms);
  return {
    requests: ok.length,
    requestsPerSecond: ok.length / seconds,
    failed: samples.length - ok.length,
    latencyMs: latencySummary(ok),
  };
}

export interface Cell {
  target: TargetName;
  workload: WorkloadName;
  concurrency: number;
  seconds: number;
  /** Successful responses in the measured window; latency and throughput count only these. */
  requests: number;
  requestsPerSecond: number;
  latencyMs: Latency;
  /** Connection errors, timeouts, non-2xx responses and 200s carrying GraphQL errors. */
  errors: number;
  /**
   * Of the errors, requests whose query cost more than a limit allows: the request's time, Neo4j's
   * transaction timeout, or Neo4j's transaction memory limit (db.memory.transaction.*.max).
   */
  timeouts?: number;
  problems: string[];
  /** Cypher queries the target sent, per request it answered (measured at the target). */
  queriesPerRequest: number;
  peakRssMb: number;
  /**
   * CPU time per answered request of the target's process and of Neo4j (ms): what a request
   * costs whatever else the machine runs, where throughput depends on what the CPUs are free for.
   */
  cpuMsPerRequest?: { server: number; neo4j: number };
}

/** Queries per request of one target and workload at a small and a large result size. */
export interface SizeCheck {
  target: TargetName;
  workload: WorkloadName;
  /** `items` is the mean over successful requests; `errors` counts the failed ones. */
  sizes: { n: number; queriesPerRequest: number; items: number; bytes: number; errors: number }[];
}

export interface Check {
  name: string;
  /** The measured value, e.g. a ratio. */
  value: number;
  /** What it is compared with. */
  threshold: number;
  pass: boolean;
  detail: string;
}

export interface Ratio {
  workload: WorkloadName;
  concurrency: number;
  /** ours / floor and ours / peer: p50 latency (lower is better for ours). */
  p50OverFloor: number;
  p50OverPeer: number;
  /** ours / floor and ours / peer: throughput (higher is better for ours). */
  throughputOverFloor: number;
  throughputOverPeer: number;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

export function ratios(cells: readonly Cell[]): Ratio[] {
  const find = (t: TargetName, w: WorkloadName, c: number) =>
    cells.find((x) => x.target === t && x.workload === w && x.concurrency === c);
  const out: Ratio[] = [];
  for (const ours of cells.filter((c) => c.target === 'ours')) {
    const floor = find('floor', ours.workload, ours.concurrency);
    const peer = find('peer', ours.workload, ours.concurrency);
    // Most analyst questions have no peer query: their peer ratios are NaN (shown as –).
    if (!floor) continue;
    out.push({
      workload: ours.workload,
      concurrency: ours.concurrency,
      p50OverFloor: round(ours.latencyMs.p50 / floor.latencyMs.p50),
      p50OverPeer: peer ? round(ours.latencyMs.p50 / peer.latencyMs.p50) : Number.NaN,
      throughputOverFloor: round(ours.requestsPerSecond / floor.requestsPerSecond),
      throughputOverPeer: peer
        ? round(ours.requestsPerSecond / peer.requestsPerSecond)
        : Number.NaN,
    });
  }
  return out;
}

/** Same number of queries at every size: the N+1 problem would grow with the result. */
export const sizeIndependent = (s: SizeCheck) =>
  s.sizes.every((x) => x.queriesPerRequest === s.sizes[0]?.queriesPerRequest);

export type SizeVerdict =
  { kind: 'independent' | 'dependent' } | { kind: 'excluded' | 'failed'; reason: string };

/**
 * A constant query count proves nothing unless the result grows as much as the page size does
 * (a workload that ignores the page size, or whose answers are shorter than the small page, has
 * the same result at both sizes), nor when requests failed (a request rejected before any Cypher
 * costs no queries at every size).
 */
export function sizeVerdict(s: SizeCheck): SizeVerdict {
  const failed = s.sizes.reduce((sum, x) => sum + x.errors, 0);
  if (failed > 0) return { kind: 'failed', reason: `${failed} failed requests` };
  const small = s.sizes[0];
  const large = s.sizes[s.sizes.length - 1];
  if (!small || !large || small === large) return { kind: 'excluded', reason: 'one size only' };
  const growth = large.n / small.n;
  if (!(small.items > 0) || large.items < growth * small.items - 1e-9)
    return {
      kind: 'excluded',
      reason: `items ${fmt(small.items, 1)} → ${fmt(large.items, 1)}, not ${fmt(growth, 0)}x`,
    };
  return { kind: sizeIndependent(s) ? 'independent' : 'dependent' };
}

/**
 * ours / `baseline` requests per second in one workload and concurrency, and whether it can be
 * judged. Errors in our cell always make it unjudgeable. A baseline whose only errors are
 * timeouts, beside a cell of ours without any, gives a lower bound of our advantage: its
 * throughput is taken as if every timed-out request had been answered within its window, which
 * it was not. Any other error of the baseline makes the ratio unjudgeable too.
 */
export function throughputRatio(
  cells: readonly Cell[],
  workload: WorkloadName,
  concurrency: number,
  baseline: 'floor' | 'peer',
): { value: number; problem: string | null; how: string } {
  const find = (t: TargetName) =>
    cells.find((c) => c.target === t && c.workload === workload && c.concurrency === concurrency);
  const ours = find('ours');
  const base = find(baseline);
  const how = `ours / ${baseline} requests per second`;
  if (!ours || !base)
    return {
      value: Number.NaN,
      problem: `${workload} not measured at concurrency ${concurrency}`,
      how,
    };
  const plain = ours.requestsPerSecond / base.requestsPerSecond;
  if (ours.errors > 0)
    return { value: plain, problem: `errors in the cells: ours ${ours.errors} errors`, how };
  if (base.errors === 0) return { value: plain, problem: null, how };
  const timeouts = base.timeouts ?? 0;
  if (timeouts < base.errors || !(base.seconds > 0))
    return {
      value: plain,
      problem: `errors in the cells: ${baseline} ${base.errors} errors, not all past a limit`,
      how,
    };
  const bound = ours.requestsPerSecond / ((base.requests + timeouts) / base.seconds);
  return {
    value: round(bound),
    problem: null,
    how:
      `lower bound: the ${baseline}'s ${timeouts} requests past a limit (time or Neo4j's transaction memory) counted as answered in its ` +
      `${base.seconds} s (ours had no errors); ${how}`,
  };
}

export const TARGET_LIMITS = {
  provenanceP50OverFloor: 1.5,
  nestedThroughputOverPeer: 2,
};

/** Why a ratio target cannot be judged: a cell it needs is absent or had errors. */
function unusable(cells: readonly Cell[], workload: WorkloadName, concurrency: number) {
  const needed = ['ours', 'floor', 'peer'] as const;
  const found = needed.map((t) =>
    cells.find((c) => c.target === t && c.workload === workload && c.concurrency === concurrency),
  );
  if (!found.some(Boolean)) return `workload ${workload} not in this run`;
  const missing = needed.filter((_, i) => !found[i]);
  if (missing.length)
    return `no ${missing.join(', ')} cell for ${workload} at concurrency ${concurrency}`;
  const failing = found.filter((c) => c!.errors > 0);
  if (failing.length)
    return `errors in the cells: ${failing.map((c) => `${c!.target} ${c!.errors} errors`).join(', ')}`;
  return null;
}

/** Ours / the peer's requests per second on the nested query, judged by throughputRatio. */
function peerThroughput(
  cells: readonly Cell[],
  concurrency: number,
  name: string,
  threshold: number,
  precondition = '',
): Check {
  // All three cells must be there (the report sets the peer against the floor); errors in them
  // are throughputRatio's to judge.
  const missing = unusable(cells, 'nested', concurrency);
  const r = throughputRatio(cells, 'nested', concurrency, 'peer');
  const problem =
    precondition || (missing && !missing.startsWith('errors in the cells') ? missing : r.problem);
  return {
    name,
    value: r.value,
    threshold,
    pass: !problem && r.value >= threshold,
    detail: problem || `${r.how} at concurrency ${concurrency}`,
  };
}

/**
 * The issue's three targets. Latency against the floor is judged unloaded (concurrency 1), where
 * p50 is the cost of one request; throughput against the peer at the highest concurrency, where
 * both are saturated. A target whose cells had errors, or are absent, is missed.
 */
export function targetChecks(cells: readonly Cell[], sizeChecks: readonly SizeCheck[]): Check[] {
  const rs = ratios(cells);
  const concurrencies = cells.map((c) => c.concurrency);
  const lowest = Math.min(...concurrencies);
  const highest = Math.max(...concurrencies);
  const ratioCheck = (
    workload: WorkloadName,
    concurrency: number,
    name: string,
    threshold: number,
    pick: (r: Ratio) => number,
    pass: (value: number) => boolean,
    how: string,
  ): Check => {
    const problem = unusable(cells, workload, concurrency);
    const r = rs.find((x) => x.workload === workload && x.concurrency === concurrency);
    const value = r ? pick(r) : Number.NaN;
    return {
      name,
      value,
      threshold,
      pass: !problem && pass(value),
      detail: problem ?? `${how} at concurrency ${concurrency}`,
    };
  };
  const checks: Check[] = [
    ratioCheck(
      'provenance',
      lowest,
      'provenance p50 within 1.5x of the floor',
      TARGET_LIMITS.provenanceP50OverFloor,
      (r) => r.p50OverFloor,
      (v) => v <= TARGET_LIMITS.provenanceP50OverFloor,
      'ours / floor p50',
    ),
    peerThroughput(
      cells,
      highest,
      "at least 2x the peer's throughput on the nested query",
      TARGET_LIMITS.nestedThroughputOverPeer,
    ),
  ];

  const ours = new Map(sizeChecks.filter((s) => s.target === 'ours').map((s) => [s.workload, s]));
  const missing = WORKLOADS.filter((w) => !ours.has(w));
  const verdicts = [...ours.values()].map((s) => ({ s, v: sizeVerdict(s) }));
  const of = (kind: SizeVerdict['kind']) => verdicts.filter((x) => x.v.kind === kind);
  const judged = [...of('independent'), ...of('dependent')];
  const excluded = of('excluded').map(
    ({ s, v }) => `${s.workload} (${'reason' in v ? v.reason : ''})`,
  );
  const wrong = [
    ...(missing.length ? [`not measured: ${missing.join(', ')}`] : []),
    ...(of('failed').length
      ? [
          `failed requests in: ${of('failed')
            .map(({ s }) => s.workload)
            .join(', ')}`,
        ]
      : []),
    ...(of('dependent').length
      ? [
          `grows with the result in: ${of('dependent')
            .map(({ s }) => s.workload)
            .join(', ')}`,
        ]
      : []),
    ...(judged.length === 0 ? ['no workload whose result grows tenfold'] : []),
  ];
  const sizesText = verdicts[0]?.s.sizes.map((x) => x.n).join(' and ') ?? '';
  checks.push({
    name: 'Cypher queries per request independent of result size',
    value: missing.length + of('failed').length + of('dependent').length,
    threshold: 0,
    pass: wrong.length === 0,
    detail:
      (wrong.length
        ? wrong.join('; ')
        : `same count at page sizes ${sizesText} in all ${judged.length} workloads whose result grows tenfold ` +
          `(${judged.map(({ s }) => s.workload).join(', ')})`) +
      (excluded.length ? `; excluded: ${excluded.join(', ')}` : ''),
  });
  return checks;
}

/** Issue 15's targets for a million claims: absolute latencies, throughput against the floor, memory. */
export const SCALE_LIMITS = {
  provenanceP50Ms: 5,
  provenanceP95Ms: 20,
  nestedP50Ms: 20,
  nestedThroughputOverPeer: 3,
  simpleThroughputOverFloor: 0.7,
  otherP95Ms: 100,
  peakRssMb: 300,
};
/** The simple reads judged by throughput against the floor at concurrency 16. */
const SIMPLE_READS: WorkloadName[] = ['claim', 'search', 'sourceStatements'];
/** Judged by their own rows (provenance, nested) or by throughput (the simple reads). */
const OWN_TARGETS = new Set<WorkloadName>(['provenance', 'nested', 'claim', 'search']);

/**
 * Absolute targets mean something only at the scale they were set for (a million claims), but they
 * are judged on every run so that a smaller run shows how far it is from them. A cell with errors
 * or one that was not measured misses.
 */
export function scaleChecks(cells: readonly Cell[]): Check[] {
  const ours = (w: WorkloadName, c: number) =>
    cells.find((x) => x.target === 'ours' && x.workload === w && x.concurrency === c);
  const latency = (
    w: WorkloadName,
    which: 'p50' | 'p95',
    limit: number,
    name = `${w} ${which} ≤ ${limit} ms at concurrency 1`,
  ): Check => {
    const c = ours(w, 1);
    const problem = !c
      ? `${w} not measured at concurrency 1`
      : c.errors
        ? `${c.errors} errors`
        : '';
    const value = c ? c.latencyMs[which] : Number.NaN;
    return {
      name,
      value,
      threshold: limit,
      pass: !problem && value <= limit,
      detail: problem || `ours, ${which} in ms`,
    };
  };
  const throughput = (w: WorkloadName, c: number): Check => {
    const r = throughputRatio(cells, w, c, 'floor');
    return {
      name: `${w}: at least ${SCALE_LIMITS.simpleThroughputOverFloor}x the floor's requests per second at concurrency ${c}`,
      value: r.value,
      threshold: SCALE_LIMITS.simpleThroughputOverFloor,
      pass: !r.problem && r.value >= SCALE_LIMITS.simpleThroughputOverFloor,
      detail: r.problem || r.how,
    };
  };
  const highest = Math.max(...cells.map((c) => c.concurrency));
  const nestedCheck = peerThroughput(
    cells,
    highest,
    `nested: at least ${SCALE_LIMITS.nestedThroughputOverPeer}x the peer's requests per second at concurrency 64`,
    SCALE_LIMITS.nestedThroughputOverPeer,
    highest < 64 ? `highest concurrency measured is ${highest}, not 64` : '',
  );
  const others = WORKLOADS.filter((w) => !OWN_TARGETS.has(w) && !SIMPLE_READS.includes(w));
  const otherCells = others.map((w) => ({ w, c: ours(w, 1) }));
  const slow = otherCells.filter(
    ({ c }) => !c || c.errors > 0 || !(c.latencyMs.p95 <= SCALE_LIMITS.otherP95Ms),
  );
  const worst = Math.max(...otherCells.map(({ c }) => (c ? c.latencyMs.p95 : Number.NaN)));
  const rss = Math.max(...cells.filter((c) => c.target === 'ours').map((c) => c.peakRssMb));
  return [
    latency('provenance', 'p50', SCALE_LIMITS.provenanceP50Ms),
    latency('provenance', 'p95', SCALE_LIMITS.provenanceP95Ms),
    latency('nested', 'p50', SCALE_LIMITS.nestedP50Ms),
    nestedCheck,
    ...SIMPLE_READS.map((w) => throughput(w, 16)),
    {
      name: `every other analyst question: p95 ≤ ${SCALE_LIMITS.otherP95Ms} ms at concurrency 1`,
      value: worst,
      threshold: SCALE_LIMITS.otherP95Ms,
      pass: slow.length === 0,
      detail: slow.length
        ? `missed by: ${slow.map(({ w, c }) => (c ? (c.errors ? `${w} (${c.errors} errors)` : `${w} (${fmt(c.latencyMs.p95)} ms)`) : `${w} (not measured)`)).join(', ')}`
        : `the slowest p95 of ${others.join(', ')}`,
    },
    {
      name: `peak RSS of our server ≤ ${SCALE_LIMITS.peakRssMb} MB`,
      value: rss,
      threshold: SCALE_LIMITS.peakRssMb,
      pass: rss <= SCALE_LIMITS.peakRssMb,
      detail: 'highest over its cells',
    },
  ];
}

// --- Markdown ---

export interface ReportContext {
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    loadAverage: number[];
  };
  neo4j: { version: string; heap: string; pageCache: string };
  corpus: {
    claims: number;
    seed: number;
    nodes: number;
    relationships: number;
    loaded: string;
  };
  settings: {
    durationSeconds: number;
    warmupSeconds: number;
    concurrencies: number[];
  };
  workloads: { name: WorkloadName; title: string; n: number; peerNote?: string }[];
  memory: Record<TargetName, number>;
  notes: string[];
}

const verdictText = (v: SizeVerdict) => {
  if (!('reason' in v)) return v.kind === 'independent' ? 'independent' : '**grows**';
  return v.kind === 'failed' ? `**${v.reason}**` : `excluded: ${v.reason}`;
};

export function markdown(
  ctx: ReportContext,
  cells: readonly Cell[],
  sizeChecks: readonly SizeCheck[],
  checks: readonly Check[],
): string {
  const m = ctx.machine;
  const lines: string[] = [
    '# API benchmark: ours vs the floor vs @neo4j/graphql',
    '',
    `${ctx.date} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB RAM, Node ${m.node}, Neo4j ${ctx.neo4j.version} Community ` +
      `(heap ${ctx.neo4j.heap}, page cache ${ctx.neo4j.pageCache}); load average at start ${m.loadAverage.map((x) => x.toFixed(2)).join(' ')}.`,
    `Corpus: ${ctx.corpus.claims} synthetic claims (seed ${ctx.corpus.seed}): ${ctx.corpus.nodes} nodes, ${ctx.corpus.relationships} relationships (${ctx.corpus.loaded}).`,
    `Each cell: ${ctx.settings.warmupSeconds} s warm-up, then ${ctx.settings.durationSeconds} s of autocannon at concurrency ${ctx.settings.concurrencies.join(', ')}; ` +
      'every target is a server process of its own on loopback, the load generator another.',
    '',
    '## Targets',
    '',
    '| target | value | limit | verdict | how |',
    '| --- | ---: | ---: | --- | --- |',
    ...checks.map(
      (c) =>
        `| ${c.name} | ${fmt(c.value, 2)} | ${c.threshold} | **${c.pass ? 'PASS' : 'MISS'}** | ${c.detail} |`,
    ),
    '',
    '## Ratios from this run',
    '',
    'ours / floor and ours / peer: p50 latency (below 1: ours is faster) and throughput (above 1: ours serves more).',
    '',
    '| workload | concurrency | p50 ours/floor | p50 ours/peer | req/s ours/floor | req/s ours/peer |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...ratios(cells).map(
      (r) =>
        `| ${r.workload} | ${r.concurrency} | ${fmt(r.p50OverFloor, 2)} | ${fmt(r.p50OverPeer, 2)} | ${fmt(r.throughputOverFloor, 2)} | ${fmt(r.throughputOverPeer, 2)} |`,
    ),
    '',
    '## Every cell',
    '',
    '| workload | concurrency | target | p50 ms | p95 ms | p99 ms | req/s | errors | Cypher/request | CPU ms/request: server + Neo4j | peak RSS MB |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...cells.map(
      (c) =>
        `| ${c.workload} | ${c.concurrency} | ${c.target} | ${fmt(c.latencyMs.p50)} | ${fmt(c.latencyMs.p95)} | ${fmt(c.latencyMs.p99)} | ` +
        `${fmt(c.requestsPerSecond, 0)} | ${c.errors} | ${fmt(c.queriesPerRequest, 2)} | ` +
        `${c.cpuMsPerRequest ? `${fmt(c.cpuMsPerRequest.server, 2)} + ${fmt(c.cpuMsPerRequest.neo4j, 2)}` : '–'} | ${c.peakRssMb} |`,
    ),
    '',
    '## Cypher queries per request at two result sizes',
    '',
    '| workload | target | ' +
      (sizeChecks[0]?.sizes.map((s) => `n=${s.n}: queries / items / KB`).join(' | ') ?? '') +
      ' | verdict |',
    '| --- | --- | ' + (sizeChecks[0]?.sizes.map(() => '---:').join(' | ') ?? '') + ' | --- |',
    ...sizeChecks.map(
      (s) =>
        `| ${s.workload} | ${s.target} | ` +
        s.sizes
          .map(
            (x) =>
              `${fmt(x.queriesPerRequest, 2)} / ${fmt(x.items, 1)} / ${fmt(x.bytes / 1024, 1)}`,
          )
          .join(' | ') +
        ` | ${verdictText(sizeVerdict(s))} |`,
    ),
    '',
    '## Memory',
    '',
    'Highest RSS of each server process over the whole run (getrusage):',
    '',
    '| target | max RSS MB |',
    '| --- | ---: |',
    ...Object.entries(ctx.memory).map(([t, v]) => `| ${t} | ${v} |`),
    '',
    '## Workloads',
    '',
    ...ctx.workloads.map(
      (w) =>
        `- **${w.name}**: ${w.title}${w.n ? ` (page size ${w.n})` : ''}.` +
        (w.peerNote ? ` Peer: ${w.peerNote}.` : ''),
    ),
    '',
    ...(ctx.notes.length ? ['## Notes', '', ...ctx.notes.map((n) => `- ${n}`), ''] : []),
  ];
  return `${lines.join('\n')}\n`;
}
