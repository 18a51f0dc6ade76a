// npm run bench:profile -- --workload claim [--target ours] [--concurrency 16] [--duration 10]
//                          [--node-options "--max-semi-space-size=16"] [--keep]
// Where a benchmark target spends its CPU under load: the target's server (bench/api-server.ts)
// runs V8's CPU profiler (what `node --cpu-prof` runs, here only over the measured seconds, not
// start-up or warm-up) while autocannon sends it one workload, as `npm run bench` does; then the
// profile's self time is summed per package (or file of ours) and per function. Runs
// against the corpus already in the bench Neo4j (`npm run bench -- --claims N --keep-running`).
import { once, type EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import {
  forkTarget,
  loadedPicks,
  option,
  workloadOption,
  workloadRequests,
} from './api-harness.ts';
import { responseOk } from './api-report.ts';
import { TARGETS, type TargetName } from './api-workloads.ts';
import { arg, neo4jCpuMs } from './common.ts';

const workload = workloadOption();
const target = option('target', 'ours') as TargetName;
if (!TARGETS.includes(target)) throw new Error(`unknown target '${target}'`);
const concurrency = arg('concurrency', 16);
const duration = arg('duration', 10);
const top = arg('top', 25);

const picks = await loadedPicks();
const dir = mkdtempSync(join(tmpdir(), 'api-profile-'));
const { child, port, ask } = await forkTarget(target, {
  nodeOptions: option('node-options', '').split(' ').filter(Boolean),
});

let ok = 0;
let failed = 0;
const run = (seconds: number) =>
  autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: concurrency,
    duration: seconds,
    requests: workloadRequests(workload, target, picks, (status, body) => {
      if (responseOk(status, body)) ok++;
      else failed++;
    }),
  }) as unknown as EventEmitter & PromiseLike<autocannon.Result>;
await run(2);
ok = failed = 0;
await ask({ type: 'counters', reset: true });
await ask({ type: 'profile', action: 'start' });
const neo4jBefore = neo4jCpuMs();
const result = await run(duration);
const neo4jCpu = neo4jCpuMs() - neo4jBefore;
const file = join(dir, `${target}-${workload.name}.cpuprofile`);
await ask({ type: 'profile', action: 'stop', file });
const counters = await ask({ type: 'counters', reset: false });
child.disconnect();
await once(child, 'exit');

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
};
const root = fileURLToPath(new URL('../', import.meta.url));

/** A package under node_modules, a file of ours, Node's internals, or V8's pseudo-frames. */
function where(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node internals';
  const path = url.replace('file://', '').replace(root, '');
  return path;
}

const byPlace = new Map<string, number>();
/** Time with a frame of the package or file anywhere on the stack (what it and its callees cost). */
const byPlaceInclusive = new Map<string, number>();
const byFunction = new Map<string, number>();
const parent = new Map<number, ProfileNode>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
let total = 0;
for (const n of profile.nodes) {
  const hits = n.hitCount ?? 0;
  if (!hits) continue;
  total += hits;
  const { functionName, url, lineNumber } = n.callFrame;
  const place = where(url, functionName);
  add(byPlace, place, hits);
  add(byFunction, `${functionName || '(anonymous)'} ${place}:${lineNumber + 1}`, hits);
  // Idle samples sit under (root) too: counted, (root) would pass 100% of the busy time.
  if (place === '(idle)') continue;
  const onStack = new Set<string>();
  for (let f: ProfileNode | undefined = n; f; f = parent.get(f.id))
    onStack.add(where(f.callFrame.url, f.callFrame.functionName));
  for (const p of onStack) add(byPlaceInclusive, p, hits);
}
const busy = total - (byPlace.get('(idle)') ?? 0);
const table = (m: Map<string, number>) =>
  [...m]
    .filter(([k]) => !k.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `  ${((100 * v) / busy).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');

console.log(
  `${workload.name} on ${target}, concurrency ${concurrency}, ${duration} s: ${ok} good answers ` +
    `(${(ok / duration).toFixed(0)}/s), ${failed + result.errors + result.timeouts} failed; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
);
if (counters.type === 'counters')
  console.log(
    `Server: ${counters.queries} Cypher queries for ${counters.requests} requests, peak RSS ${counters.peakRssMb} MB ` +
      `(then V8 heap ${counters.atPeakMb.heapUsed} MB used of ${counters.atPeakMb.heapTotal} MB, outside it ${counters.atPeakMb.external} MB); ` +
      `CPU per request: server ${(counters.cpuMs / counters.requests).toFixed(2)} ms (profiler included), ` +
      `Neo4j ${(neo4jCpu / counters.requests).toFixed(2)} ms; the server was busy in ${((100 * busy) / total).toFixed(0)}% of the samples.`,
  );
console.log(`\nSelf time by package or file (share of busy time):\n${table(byPlace)}`);
console.log(`\nWith callees (a frame of it anywhere on the stack):\n${table(byPlaceInclusive)}`);
console.log(`\nSelf time by function:\n${table(byFunction)}`);
if (process.argv.includes('--keep')) console.log(`\nProfile: ${file}`);
else rmSync(dir, { recursive: true, force: true });
