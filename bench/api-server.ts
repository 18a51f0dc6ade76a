// One benchmark target as an HTTP server in a process of its own (forked by bench/api.ts), so that
// its memory is its own and the load generator never shares its event loop. It counts the Cypher
// queries it sends and the requests it answers, samples its RSS, and reports them over IPC.
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Session as InspectorSession } from 'node:inspector/promises';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { TARGETS, type TargetName } from './api-workloads.ts';

export interface Counters {
  queries: number;
  requests: number;
  /** Highest RSS sampled since the last reset. */
  peakRssMb: number;
  /** The process' highest RSS ever (getrusage), in MB. */
  maxRssMb: number;
  /** CPU time (user and system) the process used since the last reset, in ms. */
  cpuMs: number;
  /** V8's heap (reserved, in use) and memory outside it (Buffers), in MB, when RSS peaked. */
  atPeakMb: { heapTotal: number; heapUsed: number; external: number };
}

export type ToTarget =
  | { type: 'counters'; reset: boolean }
  // A CPU profile of the server between start and stop (bench/api-profile.ts), written to `file`.
  | { type: 'profile'; action: 'start' }
  | { type: 'profile'; action: 'stop'; file: string };
export type FromTarget =
  { type: 'ready'; port: number } | ({ type: 'counters' } & Counters) | { type: 'profiled' };

const target = process.argv[2] as TargetName;
if (!TARGETS.includes(target)) throw new Error(`unknown target '${target}'`);
const neo4jConfig = {
  uri: process.env.NEO4J_URI ?? 'bolt://localhost:7689',
  username: process.env.NEO4J_USERNAME ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? '',
  database: process.env.NEO4J_DATABASE ?? 'neo4j',
};

/**
 * Neo4j's time limit for each query of the peer and the floor (ours takes NEO4J_QUERY_TIMEOUT_MS):
 * the bench's request limit, so that a query whose client gave up ends with it instead of holding
 * the cores and Neo4j's transaction memory into the next cell.
 */
const txTimeoutMs = Number(process.env.BENCH_TX_TIMEOUT_MS) || undefined;

let queries = 0;
let requests = 0;
let peakRss = 0;
let cpuSince = process.cpuUsage();
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
/** process.memoryUsage() when RSS peaked: what the peak was made of (V8's heap, buffers, code). */
let atPeak: NodeJS.MemoryUsage | undefined;
const sampleRss = () => {
  const rss = process.memoryUsage.rss();
  if (rss > peakRss || !atPeak) atPeak = process.memoryUsage();
  peakRss = Math.max(peakRss, rss);
};
setInterval(sampleRss, 50).unref();

/**
 * The driver handed to @neo4j/graphql, counting every Cypher statement it runs: the library
 * opens a session per request and runs its query in a managed transaction.
 */
function countingDriver(driver: Driver): Driver {
  const countRuns = <T extends object>(runner: T): T =>
    new Proxy(runner, {
      get(obj, key, receiver) {
        const value = Reflect.get(obj, key, receiver) as unknown;
        if (typeof value !== 'function') return value;
        if (key === 'run')
          return (...args: unknown[]) => {
            queries++;
            return (value as (...a: unknown[]) => unknown).apply(obj, args);
          };
        if (key === 'executeRead' || key === 'executeWrite')
          return (work: (tx: object) => unknown, config?: object) =>
            (value as (w: unknown, c: unknown) => unknown).call(
              obj,
              (tx: object) => work(countRuns(tx)),
              txTimeoutMs ? { ...config, timeout: txTimeoutMs } : config,
            );
        return (value as (...a: unknown[]) => unknown).bind(obj);
      },
    });
  return new Proxy(driver, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver) as unknown;
      if (key === 'session')
        return (...args: unknown[]) =>
          countRuns((value as (...a: unknown[]) => Session).apply(obj, args));
      if (key === 'executeQuery')
        return (...args: unknown[]) => {
          queries++;
          return (value as (...a: unknown[]) => unknown).apply(obj, args);
        };
      return typeof value === 'function' ? (value as () => unknown).bind(obj) : value;
    },
  });
}

const newDriver = (options: { disableLosslessIntegers: boolean }) =>
  neo4j.driver(neo4jConfig.uri, neo4j.auth.basic(neo4jConfig.username, neo4jConfig.password), {
    ...options,
    logging: { level: 'error', logger: () => {} },
    // A transaction ended by its timeout or by the bench between cells is not tried again: a
    // retry (after a second's back-off) would run into the next cell.
    maxTransactionRetryTime: 0,
  });

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

// Each target loads only its own modules, so that its memory is what it would be on its own
// (@neo4j/graphql alone is tens of MB).
async function handler(): Promise<Handler> {
  if (target === 'ours') {
    const [{ createApp }, { Database }, { OPEN }] = await Promise.all([
      import('../server/app.ts'),
      import('../server/db/database.ts'),
      import('../server/security.ts'),
    ]);
    const db = new Database(neo4jConfig);
    db.observe(() => queries++);
    // `npm run bench -- --response-cache MS` measures ours with the response cache on.
    const responseCacheMs = Number(process.env.BENCH_RESPONSE_CACHE_MS ?? 0);
    return createApp(db, { security: OPEN, responseCacheMs }) as unknown as Handler;
  }
  if (target === 'peer') {
    const [{ createYoga }, { peerSchema }] = await Promise.all([
      import('graphql-yoga'),
      import('./api-peer.ts'),
    ]);
    const schema = await peerSchema(countingDriver(newDriver({ disableLosslessIntegers: false })));
    return createYoga({
      schema,
      context: { sessionConfig: { database: neo4jConfig.database } },
      graphiql: false,
      landingPage: false,
      // Errors are counted from the responses, which carry their cause (a log line per failed
      // request would drown it).
      logging: false,
      maskedErrors: false,
    }) as unknown as Handler;
  }
  const { floorAnswer } = await import('./api-floor.ts');
  const driver = newDriver({ disableLosslessIntegers: true });
  return (req, res) => {
    void (async () => {
      try {
        const body = await readBody(req);
        const params = JSON.parse(body || '{}') as Record<string, unknown>;
        const answer = await floorAnswer(
          driver,
          neo4jConfig.database,
          (req.url ?? '/').slice(1),
          params,
          () => queries++,
          txTimeoutMs,
        );
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
      } catch (e) {
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: e instanceof Error ? e.message : String(e) }));
      }
    })();
  };
}

// Requests are counted as they arrive, and counters are read only once none is in flight, so
// that queries per request stay exact when a load run ends with requests still running.
let inflight = 0;
const handle = await handler();
const server = createServer((req, res) => {
  requests++;
  inflight++;
  res.once('close', () => inflight--);
  handle(req, res);
});

async function drained(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (inflight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
}
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.send?.({ type: 'ready', port } satisfies FromTarget);
});

let profiler: InspectorSession | undefined;
async function profile(message: Extract<ToTarget, { type: 'profile' }>): Promise<void> {
  if (message.action === 'start') {
    profiler = new InspectorSession();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
    process.send?.({ type: 'profiled' } satisfies FromTarget);
    return;
  }
  const { profile } = await profiler!.post('Profiler.stop');
  writeFileSync(message.file, JSON.stringify(profile));
  profiler!.disconnect();
  process.send?.({ type: 'profiled' } satisfies FromTarget);
}

process.on('message', async (message: ToTarget) => {
  if (message.type === 'profile') return profile(message);
  await drained();
  sampleRss();
  const counters: FromTarget = {
    type: 'counters',
    queries,
    requests,
    peakRssMb: mb(peakRss),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuMs: ((u) => (u.user + u.system) / 1000)(process.cpuUsage(cpuSince)),
    atPeakMb: {
      heapTotal: mb(atPeak?.heapTotal ?? 0),
      heapUsed: mb(atPeak?.heapUsed ?? 0),
      external: mb(atPeak?.external ?? 0),
    },
  };
  if (message.reset) {
    queries = 0;
    requests = 0;
    peakRss = 0;
    atPeak = undefined;
    cpuSince = process.cpuUsage();
  }
  process.send?.(counters);
});
// The parent going away ends the target too.
process.on('disconnect', () => process.exit(0));
