// What bench:profile and bench:ab share: the command line's workload, the corpus already in the
// bench Neo4j with its picks, a target's server forked as `npm run bench` forks it, and the
// requests autocannon sends it.
import { openLocal } from '../neo4j/connect.ts';
import { execFileSync, fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import { boltUri, start } from '../neo4j/local-server.ts';
import { choosePicks } from './api-picks.ts';
import type { FromTarget, ToTarget } from './api-server.ts';
import {
  WORKLOAD_DEFS,
  type Picks,
  type TargetName,
  type Workload,
  type WorkloadName,
} from './api-workloads.ts';
import { bench } from './common.ts';
import { PROJECT_ROOT } from '../server/project-files.ts';

export const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};

export function workloadOption(): Workload {
  const workload = WORKLOAD_DEFS[option('workload', 'claim') as WorkloadName];
  if (!workload) throw new Error(`unknown workload '${option('workload', '')}'`);
  return workload;
}

/** The picks of the corpus loaded by `npm run bench -- --claims N`. */
export async function loadedPicks(): Promise<Picks> {
  await start(bench, () => {});
  const db = openLocal(bench);
  try {
    const [marker] = await db.read('MATCH (m:BenchCorpus) RETURN m.claims AS claims');
    if (!marker)
      throw new Error('no corpus in the bench Neo4j: run `npm run bench -- --claims N` first');
    return await choosePicks(db, Number(marker.claims));
  } finally {
    await db.close();
  }
}

let compiled: string | undefined;
/**
 * The targets' server (bench/api-server.ts) compiled as `npm start` runs the service: tsc's
 * JavaScript in dist/, on Node alone. Under tsx, every captured stack trace (the driver takes one
 * per result) goes through source maps, and its transform cache adds to the peak RSS.
 */
export function compiledServer(): string {
  if (!compiled) {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.bench.json'], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
    });
    compiled = join(PROJECT_ROOT, 'dist', 'bench', 'api-server.js');
  }
  return compiled;
}

/** A target's server (compiled, or another checkout's bench/api-server.ts), ready to be asked. */
export async function forkTarget(
  target: TargetName,
  { env = {}, nodeOptions = [] }: { env?: Record<string, string>; nodeOptions?: string[] } = {},
) {
  const script = env.SERVER_PATH ?? compiledServer();
  const child = fork(script, [target], {
    // Compiled JavaScript (npm run build) runs on Node alone, as `npm start` runs it.
    execArgv: [...nodeOptions, ...(script.endsWith('.js') ? [] : ['--import', 'tsx'])],
    env: {
      ...process.env,
      ...env,
      NEO4J_URI: boltUri(bench),
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: bench.password,
      NEO4J_DATABASE: 'neo4j',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [ready] = (await once(child, 'message')) as [FromTarget];
  if (ready.type !== 'ready') throw new Error(`the ${target} server did not start`);
  const ask = async (message: ToTarget): Promise<FromTarget> => {
    child.send(message);
    return ((await once(child, 'message')) as [FromTarget])[0];
  };
  return { child, port: ready.port, ask };
}

/** autocannon's request list: the workload's next question each time, as `npm run bench` asks. */
export function workloadRequests(
  workload: Workload,
  target: TargetName,
  picks: Picks,
  onResponse: (status: number, body: string) => void,
): autocannon.Request[] {
  let i = 0;
  return [
    {
      method: 'POST',
      setupRequest: (request) => {
        const r = workload.request(target, picks, i++, workload.n);
        return {
          ...request,
          path: r.path,
          body: r.body,
          headers: { 'content-type': 'application/json' },
        };
      },
      onResponse,
    },
  ];
}
