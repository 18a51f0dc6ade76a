// npm run bench:ab -- --workload claim --a "" --b "BENCH_RESPONSE_CACHE_MS=5000" [--rounds 10]
//                     [--seconds 3] [--concurrency 16]
// Two variants of a benchmark target compared on a machine shared with other work: both servers
// run side by side and take turns under autocannon in short bursts (alternating which goes
// first), so that both see the same machine; medians of requests per second, CPU time per request
// (the server's and Neo4j's) and the highest peak RSS. A variant is `NAME=value,…` environment
// for its server, optionally `target:` first (`floor:` for the floor), `;` then Node options, and
// SERVER_PATH=<another checkout's bench/api-server.ts> to run older code (before/after).
// Runs against the corpus already in the bench Neo4j, like bench:profile.
import { type EventEmitter } from 'node:events';
import autocannon from 'autocannon';
import {
  forkTarget,
  loadedPicks,
  option,
  workloadOption,
  workloadRequests,
} from './api-harness.ts';
import { responseOk } from './api-report.ts';
import type { Counters } from './api-server.ts';
import { TARGETS, type TargetName } from './api-workloads.ts';
import { arg, neo4jCpuMs } from './common.ts';

const workload = workloadOption();
const rounds = arg('rounds', 10);
const seconds = arg('seconds', 3);
const concurrency = arg('concurrency', 16);

interface Variant {
  label: string;
  target: TargetName;
  env: Record<string, string>;
  nodeOptions: string[];
}
function variant(label: string): Variant {
  const [head = '', node = ''] = label.split(';');
  const [maybeTarget, rest] = head.includes(':') ? head.split(/:(.*)/) : ['ours', head];
  const target = maybeTarget as TargetName;
  if (!TARGETS.includes(target)) throw new Error(`unknown target '${target}'`);
  const env = Object.fromEntries(
    (rest ?? '')
      .split(',')
      .filter(Boolean)
      .map((kv) => kv.split(/=(.*)/).slice(0, 2) as [string, string]),
  );
  return { label: label || '(as is)', target, env, nodeOptions: node.split(' ').filter(Boolean) };
}

const picks = await loadedPicks();

async function startServer(v: Variant) {
  const { child, port, ask } = await forkTarget(v.target, v);
  const counters = async (): Promise<Counters> => {
    const m = await ask({ type: 'counters', reset: true });
    if (m.type !== 'counters') throw new Error('unexpected message');
    return m;
  };
  return { ...v, child, port, counters };
}

async function burst(s: Awaited<ReturnType<typeof startServer>>, duration: number) {
  let ok = 0;
  await (autocannon({
    url: `http://127.0.0.1:${s.port}`,
    connections: concurrency,
    duration,
    requests: workloadRequests(workload, s.target, picks, (status, body) => {
      if (responseOk(status, body)) ok++;
    }),
  }) as unknown as EventEmitter & PromiseLike<unknown>);
  return ok;
}

const servers = [
  await startServer(variant(option('a', ''))),
  await startServer(variant(option('b', ''))),
];
const results = servers.map(() => ({
  rps: [] as number[],
  cpu: [] as number[],
  neo4j: [] as number[],
  rss: 0,
}));
try {
  for (const s of servers) await burst(s, 2);
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [1, 0] : [0, 1];
    for (const k of order) {
      const s = servers[k]!;
      await s.counters();
      const before = neo4jCpuMs();
      const ok = await burst(s, seconds);
      const neo4j = neo4jCpuMs() - before;
      const c = await s.counters();
      const res = results[k]!;
      res.rps.push(ok / seconds);
      res.cpu.push(c.cpuMs / c.requests);
      res.neo4j.push(neo4j / c.requests);
      res.rss = Math.max(res.rss, c.peakRssMb);
    }
  }
} finally {
  for (const s of servers) s.child.kill();
}
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
console.log(
  `${workload.name}, concurrency ${concurrency}, ${rounds} rounds of ${seconds} s each (medians):`,
);
servers.forEach((s, k) => {
  const r = results[k]!;
  console.log(
    `  ${s.label.padEnd(36)} ${median(r.rps).toFixed(0).padStart(5)} req/s [${r.rps.map((x) => x.toFixed(0)).join(' ')}]  ` +
      `CPU ms/request: server ${median(r.cpu).toFixed(3)}, Neo4j ${median(r.neo4j).toFixed(3)}  peak RSS ${r.rss} MB`,
  );
});
