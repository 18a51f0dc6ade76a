// npm run bench -- [--claims 100000] [--seed 1] [--duration 5] [--warmup 1] [--concurrency 1,16,64]
//                  [--workloads claim,nested] [--targets ours,floor] [--keep-running] [--note "…"]
//                  [--tag name] [--response-cache MS]
// The analyst workloads (bench/api-workloads.ts) through three HTTP servers over the same graph,
// in one run: ours (createApp), the floor (hand-written Cypher, bench/api-floor.ts) and the peer
// (@neo4j/graphql, bench/api-peer.ts). Each target runs in a process of its own; autocannon
// drives them from this one. Results: bench/results/api.{json,md}.
import { openLocal } from '../neo4j/connect.ts';
import { fork, type ChildProcess } from 'node:child_process';
import { once, type EventEmitter } from 'node:events';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { boltUri, reset, start, stop } from '../neo4j/local-server.ts';
import { seedStream } from '../seed/cli.ts';
import { generateDocuments } from '../seed/synthetic.ts';
import { Database } from '../server/db/database.ts';
import { applySchema } from '../server/db/schema.ts';
import { ensureApoc } from './apoc.ts';
import { choosePicks } from './api-picks.ts';
import { compiledServer } from './api-harness.ts';
import { bulkLoad } from './bulk-load.ts';
import { arg, bench, machine, neo4jCpuMs, notesArg, writeResults } from './common.ts';
import {
  type Cell,
  latencySummary,
  type Sample,
  type SizeCheck,
  markdown,
  ratios,
  responseOk,
  summariseRun,
  timedOut,
  scaleChecks,
  targetChecks,
} from './api-report.ts';
import type { Counters, FromTarget, ToTarget } from './api-server.ts';
import {
  TARGETS,
  WORKLOAD_DEFS,
  WORKLOADS,
  checkBody,
  type Picks,
  type TargetName,
  type Workload,
  type WorkloadName,
} from './api-workloads.ts';

const claims = arg('claims', 100_000);
const seed = arg('seed', 1);
const durationSeconds = arg('duration', 5);
const warmupSeconds = arg('warmup', 1);
/** Ours with its response cache on (RESPONSE_CACHE_MS): repeated questions are answered from it. */
const responseCacheMs = arg('response-cache', 0);
const listArg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return (i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback).split(',');
};
const concurrencies = listArg('concurrency', '1,16,64').map(Number);
const workloads = listArg('workloads', WORKLOADS.join(',')) as WorkloadName[];
for (const w of workloads) if (!WORKLOAD_DEFS[w]) throw new Error(`unknown workload '${w}'`);
/** e.g. `--targets ours,floor` to compare a change of ours with the floor without the peer. */
const targetNames = listArg('targets', TARGETS.join(',')) as TargetName[];
for (const t of targetNames) if (!TARGETS.includes(t)) throw new Error(`unknown target '${t}'`);
/** Page sizes of the result-size check, and how many requests measure each. */
const SIZES = [5, 50];
const SIZE_SAMPLES = 20;
/** Every request's limit: a request past it counts as an error (autocannon's and post()'s). */
const REQUEST_TIMEOUT_SECONDS = arg('request-timeout', 15);

/** What the figures mean, and what profiling found. */
const NOTES: string[] = [
  'Ours answers a query with one Cypher query per level of the GraphQL selection (DataLoader ' +
    'batches, one UNWIND query each, whatever the number of items), primed across levels: ' +
    'statements arrive with their sources and claims, provenance with its sources, claim and ' +
    'denials. The peer compiles each GraphQL query into one Cypher query; the floor is one ' +
    'hand-written query per request.',
  'Profiling (PROFILE of the Cypher, CPU profiles of the servers) found and fixed in our ' +
    'server: provenance walked the citation chains twice (once for chains, once for origins) ' +
    'and took two more round trips for sources and denials; statements took a round trip of ' +
    'their own for their sources or claims; a source page counted its statements by expanding ' +
    'them (tens of thousands for a popular outlet) instead of reading the degree store, and ' +
    'sorted them with a label check, a type filter and a property read per statement.',
  'At concurrency 16 and above all three servers share the two Neo4j and Node processes with ' +
    'the load generator on the same cores: throughput there is CPU-bound, and a request costs ' +
    'ours more Node CPU than the floor (GraphQL parsing, validation, limits and execution, and ' +
    'one driver round trip per level).',
];

const log = (s: string) => console.log(s);
const connect = () => openLocal(bench);

// --- The corpus: loaded once per size and seed, recognised by a marker node ---

// The marker has a label of its own that no query of the service, the peer or the floor reads.
const MARKER = `MATCH (m:BenchCorpus) RETURN m.claims AS claims, m.seed AS seed, COUNT { (:Claim) } AS loaded`;
const SET_MARKER = `MERGE (m:BenchCorpus {id: 'bench-corpus'})
  SET m.claims = $claims, m.seed = $seed, m.loader = $loader, m.loadedAt = datetime()`;

async function ensureCorpus(): Promise<string> {
  if (ensureApoc(bench, log)) await stop(bench);
  await start(bench, log);
  let db = connect();
  try {
    const [m] = await db.read(MARKER);
    if (
      m &&
      Number(m.claims) === claims &&
      Number(m.seed) === seed &&
      Number(m.loaded) === claims
    ) {
      // As the service's start-up does: a graph loaded by an older version is migrated here.
      const begun = Date.now();
      await applySchema(db, log);
      return `already loaded; schema and migrations at start-up ${((Date.now() - begun) / 1000).toFixed(1)} s`;
    }
  } finally {
    await db.close();
  }
  log(`Loading ${claims} synthetic claims (seed ${seed}) into the bench Neo4j ...`);
  const begun = Date.now();
  let loader = 'neo4j-admin bulk import (bench/bulk-load.ts)';
  try {
    await bulkLoad(bench, { claims, seed, log });
  } catch (e) {
    log(`The bulk loader failed (${e instanceof Error ? e.message.split('\n')[0] : String(e)}).`);
    log('Falling back to the transactional import (npm run seed), much slower ...');
    loader = 'transactional import (seedStream), after the bulk loader failed';
    await reset(bench);
    await start(bench, log);
    db = connect();
    try {
      await applySchema(db);
      await seedStream(db, asInputs(generateDocuments({ claims, seed })), { progress: true });
    } finally {
      await db.close();
    }
  }
  db = connect();
  try {
    await db.write(SET_MARKER, { claims, seed, loader });
  } finally {
    await db.close();
  }
  return `${loader}, ${((Date.now() - begun) / 1000).toFixed(0)} s`;
}

async function* asInputs(documents: Iterable<unknown>) {
  let n = 0;
  for (const document of documents) yield { where: `synthetic document ${++n}`, document };
}

async function graphFacts(db: Database) {
  const [v] = await db.read(
    `CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition`,
  );
  const [c] = await db.read(
    `CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     RETURN nodes, relationships`,
  );
  return {
    version: String(v?.version ?? 'unknown'),
    nodes: Number(c?.nodes ?? 0),
    relationships: Number(c?.relationships ?? 0),
  };
}

// --- Targets: one forked server each ---

interface Target {
  name: TargetName;
  child: ChildProcess;
  url: string;
  counters(reset: boolean): Promise<Counters>;
}

async function startTarget(name: TargetName): Promise<Target> {
  const child = fork(compiledServer(), [name], {
    execArgv: [],
    env: {
      ...process.env,
      NEO4J_URI: boltUri(bench),
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: bench.password,
      NEO4J_DATABASE: 'neo4j',
      NODE_ENV: 'production',
      BENCH_RESPONSE_CACHE_MS: String(responseCacheMs),
      // Every target's queries end in Neo4j when the load generator gives up on them.
      NEO4J_QUERY_TIMEOUT_MS: String(REQUEST_TIMEOUT_SECONDS * 1000),
      BENCH_TX_TIMEOUT_MS: String(REQUEST_TIMEOUT_SECONDS * 1000),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [ready] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`the ${name} server exited (${code}) before it was ready`);
    }),
  ])) as [FromTarget];
  if (ready.type !== 'ready') throw new Error(`unexpected message from the ${name} server`);
  return {
    name,
    child,
    url: `http://127.0.0.1:${ready.port}`,
    async counters(reset) {
      child.send({ type: 'counters', reset } satisfies ToTarget);
      const [message] = (await once(child, 'message')) as [FromTarget];
      if (message.type !== 'counters') throw new Error('unexpected message');
      return message;
    },
  };
}

async function post(target: Target, workload: Workload, i: number, n: number) {
  const r = workload.request(target.name, picks, i, n);
  let response: Response;
  let body: string;
  try {
    response = await fetch(`${target.url}${r.path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: r.body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_SECONDS * 1000),
    });
    body = await response.text();
  } catch (e) {
    // A request past the limit is a failure on record, not something to wait for.
    return {
      checked: { problem: `no answer within ${REQUEST_TIMEOUT_SECONDS} s (${(e as Error).name})` },
      bytes: 0,
      timedOut: true,
    };
  }
  const checked =
    response.status === 200
      ? checkBody(workload, target.name, body)
      : { problem: `HTTP ${response.status}: ${body.slice(0, 200)}` };
  return { checked, bytes: body.length, timedOut: 'problem' in checked && timedOut(body) };
}

/** autocannon for `seconds` at `connections`, cycling through the picks from `from`. */
async function load(
  target: Target,
  workload: Workload,
  connections: number,
  seconds: number,
  from: number,
) {
  let i = from;
  const samples: Sample[] = [];
  const problems: string[] = [];
  // autocannon calls onResponse and then emits 'response' for the same response, synchronously
  // (httpClient's kOnMessageComplete): the flag set by one is read by the other.
  let lastOk = false;
  /** Failed responses that say their query ran out of time (Neo4j's limit, the request's). */
  let timedOutResponses = 0;
  // Without a callback autocannon returns its event emitter, made thenable (the types say Promise).
  const instance = autocannon({
    url: target.url,
    connections,
    duration: seconds,
    timeout: REQUEST_TIMEOUT_SECONDS,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const r = workload.request(target.name, picks, i++, workload.n);
          return {
            ...request,
            path: r.path,
            body: r.body,
            headers: { 'content-type': 'application/json' },
          };
        },
        onResponse: (status: number, body: string) => {
          lastOk = responseOk(status, body);
          if (!lastOk && timedOut(body)) timedOutResponses++;
          if (!lastOk && problems.length < 3)
            problems.push(`HTTP ${status}: ${body.slice(0, 300)}`);
        },
      },
    ],
  }) as unknown as EventEmitter & PromiseLike<autocannon.Result>;
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    samples.push({ ms, ok: lastOk });
    lastOk = false;
  });
  const result = await instance;
  const run = summariseRun(samples, seconds);
  return {
    ...run,
    // Connection errors and timeouts never produce a response, so no sample either; autocannon
    // counts its timeouts among its errors.
    errors: result.errors + run.failed,
    timeouts: result.timeouts + timedOutResponses,
    problems,
  };
}

// A request the load generator gave up on (past REQUEST_TIMEOUT_SECONDS) may leave its query
// running in Neo4j: the peer does not cancel it. Every target's transactions have the request
// limit as their timeout, but a transaction ends only when it next checks for it, and while it
// runs it holds the cores and part of Neo4j's transaction memory (db.memory.transaction.total.max,
// which the next cell's queries then failed on). Between cells no request is in flight, so
// whatever Neo4j still runs is a leftover of the cell that ended: it is ended, said so, and the
// next cell waits until it is gone.
const RUNNING = `SHOW TRANSACTIONS YIELD transactionId, currentQuery, elapsedTime, status
  WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
    AND NOT currentQuery STARTS WITH 'TERMINATE TRANSACTIONS'
  RETURN transactionId AS id, elapsedTime.milliseconds AS ms, status, left(currentQuery, 80) AS query`;
/** How long a cell waits for ended transactions to go before it starts anyway (and says so). */
const SETTLE_LIMIT_MS = 120_000;
/** How long queries of the last requests of a cell may finish on their own. */
const SETTLE_GRACE_MS = 1_000;
let strayDb: Database | undefined;
async function settle(before: string): Promise<void> {
  strayDb ??= connect();
  const begun = Date.now();
  let ended = 0;
  for (;;) {
    const running = await strayDb.read(RUNNING);
    if (running.length === 0) break;
    // A request still in flight when its load run stopped ends by itself within moments.
    const live =
      Date.now() - begun < SETTLE_GRACE_MS
        ? []
        : running.filter((t) => !String(t.status).startsWith('Terminated'));
    if (live.length > 0) {
      await strayDb.write('TERMINATE TRANSACTIONS $ids', { ids: live.map((t) => t.id) });
      ended += live.length;
      log(
        `    before ${before}: ended ${live.length} transactions of an earlier cell still running ` +
          `(longest ${Math.max(...live.map((t) => Number(t.ms)))} ms: ${String(live[0]!.query).replace(/\s+/g, ' ')})`,
      );
    }
    if (Date.now() - begun > SETTLE_LIMIT_MS) {
      const note = `${before} started with ${running.length} ended transactions still running in Neo4j after ${SETTLE_LIMIT_MS / 1000} s`;
      log(`    ${note}`);
      unsettled.push(note);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  strays += ended;
  if (ended > 0)
    log(`    ${before}: Neo4j idle after ${((Date.now() - begun) / 1000).toFixed(1)} s`);
}
let strays = 0;
const unsettled: string[] = [];

async function measureCell(target: Target, workload: Workload, concurrency: number): Promise<Cell> {
  await settle(`${workload.name} c=${concurrency} ${target.name}`);
  const problems: string[] = [];
  let errors = 0;
  let timeouts = 0;
  // A sample of whole answers is checked for shape and content before the load.
  for (const i of [0, PICKS_SAMPLE_STRIDE, 2 * PICKS_SAMPLE_STRIDE]) {
    const { checked, timedOut } = await post(target, workload, i, workload.n);
    if ('problem' in checked) {
      errors++;
      if (timedOut) timeouts++;
      problems.push(checked.problem);
    } else if (checked.items === 0) {
      errors++;
      problems.push(`empty answer to request ${i}`);
    }
  }
  // Every sample failed (e.g. past the request limit): the load would only wait out failures
  // and leave the database busy with abandoned queries. The cell records the errors instead.
  if (errors === 3)
    return {
      target: target.name,
      workload: workload.name,
      concurrency,
      seconds: 0,
      requests: 0,
      requestsPerSecond: 0,
      latencyMs: latencySummary([]),
      errors,
      timeouts,
      problems,
      queriesPerRequest: Number.NaN,
      peakRssMb: Number.NaN,
    };
  if (warmupSeconds > 0) {
    await load(target, workload, concurrency, warmupSeconds, 1000);
    // The warm-up's own abandoned queries must not weigh on the measured window either.
    await settle(`${workload.name} c=${concurrency} ${target.name} after its warm-up`);
  }
  await target.counters(true);
  const neo4jCpuBefore = neo4jCpuMs();
  const run = await load(target, workload, concurrency, durationSeconds, 0);
  const counters = await target.counters(true);
  const neo4jCpu = neo4jCpuMs() - neo4jCpuBefore;
  return {
    target: target.name,
    workload: workload.name,
    concurrency,
    seconds: durationSeconds,
    requests: run.requests,
    requestsPerSecond: run.requestsPerSecond,
    latencyMs: run.latencyMs,
    errors: errors + run.errors,
    timeouts: timeouts + run.timeouts,
    problems: [...problems, ...run.problems],
    queriesPerRequest: counters.requests ? counters.queries / counters.requests : Number.NaN,
    peakRssMb: counters.peakRssMb,
    cpuMsPerRequest: {
      server: counters.cpuMs / Math.max(1, counters.requests),
      neo4j: neo4jCpu / Math.max(1, counters.requests),
    },
  };
}
/** Sample requests 0, 3 and 6 ask for different claims and outlets, on the first page. */
const PICKS_SAMPLE_STRIDE = 3;

async function measureSizes(target: Target, workload: Workload): Promise<SizeCheck> {
  await settle(`${workload.name} ${target.name} result-size check`);
  const sizes: SizeCheck['sizes'] = [];
  for (const n of SIZES) {
    await target.counters(true);
    let items = 0;
    let bytes = 0;
    let errors = 0;
    let answered = 0;
    for (let i = 0; i < SIZE_SAMPLES; i++) {
      // Page 1 of each source (i multiple of 3), so that both sizes see full pages.
      const r = await post(target, workload, i * PICKS_SAMPLE_STRIDE, n);
      if ('problem' in r.checked) {
        // Counted per target, workload and size: the messages of one failure differ in detail.
        const key = `${target.name} ${workload.name} n=${n}`;
        const seen = sizeProblems.get(key);
        if (seen) seen.times++;
        else {
          log(`    ${key}: ${r.checked.problem}`);
          sizeProblems.set(key, { times: 1, first: r.checked.problem });
        }
        errors++;
        // One failure fails this size's check; the rest would only be waited out.
        break;
      } else {
        items += r.checked.items;
        answered++;
      }
      bytes += r.bytes;
    }
    const c = await target.counters(true);
    sizes.push({
      n,
      queriesPerRequest: c.queries / c.requests,
      items: items / answered,
      bytes: bytes / (answered + errors),
      errors,
    });
  }
  return { target: target.name, workload: workload.name, sizes };
}

// --- The run ---

const loaded = await ensureCorpus();
let picks: Picks;
let facts: Awaited<ReturnType<typeof graphFacts>>;
{
  const db = connect();
  try {
    picks = await choosePicks(db, claims);
    facts = await graphFacts(db);
  } finally {
    await db.close();
  }
}
log(
  `Corpus: ${claims} claims (seed ${seed}), ${facts.nodes} nodes, ${facts.relationships} relationships (${loaded}); ` +
    `requests cycle through ${picks.claims.length} claims, ${picks.outlets.length} outlets, ${picks.terms.length} terms.`,
);

const loadAverage = loadavg();
/** Failed answers in the result-size check, with how often each came. */
const sizeProblems = new Map<string, { times: number; first: string }>();
const targets: Target[] = [];
const cells: Cell[] = [];
const sizeChecks: SizeCheck[] = [];
try {
  for (const name of targetNames) targets.push(await startTarget(name));
  // Targets take turns within each workload and concurrency, so a change in the machine's load
  // during the run falls on all three alike.
  for (const w of workloads) {
    const workload = WORKLOAD_DEFS[w];
    for (const concurrency of concurrencies) {
      for (const target of targets) {
        if (workload.targets && !workload.targets.includes(target.name)) continue;
        const cell = await measureCell(target, workload, concurrency);
        cells.push(cell);
        log(
          `${w.padEnd(16)} c=${String(concurrency).padEnd(3)} ${target.name.padEnd(5)} ` +
            `p50 ${cell.latencyMs.p50.toFixed(1).padStart(7)} ms  p95 ${cell.latencyMs.p95.toFixed(1).padStart(7)}  ` +
            `p99 ${cell.latencyMs.p99.toFixed(1).padStart(7)}  ${cell.requestsPerSecond.toFixed(0).padStart(5)} req/s  ` +
            `errors ${cell.errors}  Cypher/req ${cell.queriesPerRequest.toFixed(2)}  RSS ${cell.peakRssMb} MB  ` +
            `CPU ms/req ${cell.cpuMsPerRequest?.server.toFixed(2)} + Neo4j ${cell.cpuMsPerRequest?.neo4j.toFixed(2)}` +
            (cell.problems.length ? `\n    ${cell.problems[0]}` : ''),
        );
      }
    }
    for (const target of targets) {
      if (workload.targets && !workload.targets.includes(target.name)) continue;
      sizeChecks.push(await measureSizes(target, workload));
    }
  }
} finally {
  const memory = await Promise.all(
    targets.map(async (t) => [t.name, (await t.counters(false)).maxRssMb] as const),
  ).catch(() => []);
  for (const t of targets) t.child.kill();
  await strayDb?.close();
  report(Object.fromEntries(memory) as Record<TargetName, number>);
  if (!process.argv.includes('--keep-running')) await stop(bench);
}

/** When 2x the peer is out of reach because the peer is within 2x of the floor itself. */
function nestedCeiling(): string[] {
  const top = Math.max(...concurrencies);
  const rate = (t: TargetName) =>
    cells.find((c) => c.target === t && c.workload === 'nested' && c.concurrency === top)
      ?.requestsPerSecond;
  const floor = rate('floor');
  const peer = rate('peer');
  if (!floor || !peer) return [];
  const ceiling = floor / peer;
  return [
    `Nested query at concurrency ${top}: the floor serves ${ceiling.toFixed(2)}x the peer's ` +
      'requests per second. ' +
      (ceiling < 2
        ? "The peer's one generated Cypher query is close to the hand-written one here, so 2x the " +
          "peer's throughput would take more than the floor's: out of reach for any GraphQL layer " +
          'that sends the same Cypher work to the same database.'
        : "2x the peer's throughput is within the floor's reach here."),
  ];
}

function report(memory: Record<TargetName, number>) {
  if (cells.length === 0) return;
  const checks = [...targetChecks(cells, sizeChecks), ...scaleChecks(cells)];
  const errors = cells.reduce((s, c) => s + c.errors, 0);
  const notes = [
    ...(errors > 0 ? [`${errors} errors in the run: the figures are not valid.`] : []),
    ...notesArg(),
    ...(responseCacheMs > 0
      ? [
          `Ours ran with its response cache on (RESPONSE_CACHE_MS=${responseCacheMs}): requests cycle ` +
            `through ${picks.claims.length} claims, ${picks.outlets.length} outlets (3 pages each) and ` +
            `${picks.terms.length} search terms, so after the first round nearly every answer of ours ` +
            'comes from the cache; the floor and the peer have none.',
        ]
      : []),
    ...NOTES,
    ...(strays > 0
      ? [
          `${strays} transactions were still running in Neo4j more than a second after the cell that ` +
            "sent them had ended (mostly the peer's queries for requests the load generator had given " +
            'up on); they were ended before the next cell started, so as not to share the cores and ' +
            'the transaction memory with it.',
        ]
      : []),
    ...unsettled,
    ...nestedCeiling(),
    ...[...sizeProblems].map(
      ([key, { times, first }]) =>
        `Result-size check: ${times} of ${SIZE_SAMPLES} requests failed (${key}, the first with: ` +
        `${first.slice(0, 300)}); their item counts are over the successful requests only.`,
    ),
  ];
  const ctx = {
    date: new Date().toISOString(),
    machine: { ...machine(), loadAverage },
    neo4j: {
      version: facts.version,
      heap: bench.heap ?? 'neo4j.conf',
      pageCache: bench.pageCache ?? 'neo4j.conf',
    },
    corpus: { claims, seed, nodes: facts.nodes, relationships: facts.relationships, loaded },
    settings: { durationSeconds, warmupSeconds, concurrencies, responseCacheMs },
    workloads: workloads.map((w) => {
      const { name, title, n, peerNote } = WORKLOAD_DEFS[w];
      return { name, title, n, peerNote };
    }),
    memory,
    notes,
  };
  const md = markdown(ctx, cells, sizeChecks, checks);
  const json = { ...ctx, checks, ratios: ratios(cells), cells, sizeChecks };
  // Each size's run is kept too: bench/api-scaling.ts puts them side by side. A tagged run (an
  // experiment) leaves the untagged results alone.
  const tag = process.argv.includes('--tag')
    ? `-${process.argv[process.argv.indexOf('--tag') + 1]}`
    : '';
  if (!tag) writeResults('api', json, md);
  writeResults(`api-${claims}${tag}`, json, md);
  log('');
  log('Ratios from this run (ours / floor, ours / peer):');
  for (const r of ratios(cells))
    log(
      `  ${r.workload.padEnd(16)} c=${String(r.concurrency).padEnd(3)} p50 ${r.p50OverFloor.toFixed(2)}x floor, ` +
        `${r.p50OverPeer.toFixed(2)}x peer; req/s ${r.throughputOverFloor.toFixed(2)}x floor, ${r.throughputOverPeer.toFixed(2)}x peer`,
    );
  log('');
  for (const c of checks)
    log(`${c.pass ? 'PASS' : 'MISS'}  ${c.name}: ${c.value} (limit ${c.threshold}; ${c.detail})`);
  log(
    `Report: bench/results/${tag ? `api-${claims}${tag}` : 'api'}.md${errors > 0 ? ` — ${errors} ERRORS` : ''}`,
  );
  process.exitCode = errors > 0 ? 1 : 0;
}
