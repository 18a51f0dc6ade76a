// The project's own Neo4j 5 Community server, assembled from Maven Central artifacts and
// started straight from its entry point (no Docker engine, no Neo4j package on these machines).
import { projectFile } from '../server/project-files.ts';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import neo4j from 'neo4j-driver';

const here = projectFile('neo4j');
const localRoot = join(here, '.local');
const libDir = join(localRoot, 'lib');
const pomFile = join(here, 'pom.xml');

export const DEFAULT_LOCAL_PASSWORD = 'credibility-graph';

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export interface Instance {
  /** Folder name under neo4j/.local: `dev` (npm start, db:*), `test` (npm test), `bench`. */
  name: string;
  boltPort: number;
  httpPort: number;
  password: string;
  /** Overrides of neo4j.conf's memory settings, e.g. '4g'. */
  heap?: string;
  pageCache?: string;
  /** A Browser guide to play on connecting (the GraphQL service's, for the dev server). */
  guideUrl?: string;
}

const INSTANCES = {
  dev: { prefix: 'NEO4J', bolt: 7687, http: 7474 },
  test: { prefix: 'TEST_NEO4J', bolt: 7688, http: 7475 },
  // Benchmarks wipe their graph and load up to a million claims: a server of their own, larger.
  bench: { prefix: 'BENCH_NEO4J', bolt: 7689, http: 7476, heap: '4g', pageCache: '4g' },
} as const;

export type InstanceName = keyof typeof INSTANCES;

function portVariables(name: string): string {
  const prefix = name in INSTANCES ? INSTANCES[name as InstanceName].prefix : 'NEO4J';
  return `${prefix}_BOLT_PORT / ${prefix}_HTTP_PORT`;
}

export function instance(name: InstanceName, env = process.env): Instance {
  const d: { prefix: string; bolt: number; http: number; heap?: string; pageCache?: string } =
    INSTANCES[name];
  return {
    name,
    boltPort: Number(env[`${d.prefix}_BOLT_PORT`] ?? d.bolt),
    httpPort: Number(env[`${d.prefix}_HTTP_PORT`] ?? d.http),
    password: env.NEO4J_PASSWORD ?? DEFAULT_LOCAL_PASSWORD,
    heap: env[`${d.prefix}_HEAP`] ?? d.heap,
    pageCache: env[`${d.prefix}_PAGECACHE`] ?? d.pageCache,
    // npm start serves the guide beside GraphiQL; Browser opens on it instead of Neo4j's own.
    ...(name === 'dev' && { guideUrl: `http://localhost:${env.PORT ?? 4000}/browser/guide.html` }),
  };
}

export const boltUri = (i: Instance) => `bolt://localhost:${i.boltPort}`;
export const browserUrl = (i: Instance) => `http://localhost:${i.httpPort}/browser/`;

const paths = (i: Instance) => {
  const home = join(localRoot, i.name);
  return {
    home,
    conf: join(home, 'conf'),
    data: join(home, 'data'),
    logs: join(home, 'logs'),
    run: join(home, 'run'),
    pid: join(home, 'run', 'neo4j.pid'),
    console: join(home, 'logs', 'console.log'),
    authIni: join(home, 'data', 'dbms', 'auth.ini'),
    /** The store of the `neo4j` database: present once the server has created it or a load has. */
    store: join(home, 'data', 'databases', 'neo4j'),
  };
};

function javaBin(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function requireTool(cmd: string, args: string[], what: string, fix: string): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new LocalNeo4jError(`${what} was not found (${cmd} ${args.join(' ')} failed). ${fix}`);
  }
  return `${r.stdout}${r.stderr}`;
}

function checkJava(): void {
  const out = requireTool(
    javaBin(),
    ['-version'],
    'Java',
    'Install a JDK 17 or newer (e.g. `apt-get install openjdk-17-jdk-headless`) or set JAVA_HOME.',
  );
  const major = Number(/version "(\d+)/.exec(out)?.[1] ?? 0);
  if (major < 17) {
    throw new LocalNeo4jError(
      `Neo4j 5.26 needs Java 17 or newer; ${javaBin()} is Java ${major}. Set JAVA_HOME to a JDK 17+.`,
    );
  }
}

/** Resolves the server and Browser jars with Maven once; later runs reuse them. */
export function ensureArtifacts(log: (s: string) => void = console.log): void {
  checkJava();
  const stampFile = join(libDir, '.pom-sha256');
  const pomHash = createHash('sha256').update(readFileSync(pomFile)).digest('hex');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === pomHash) return;
  requireTool(
    'mvn',
    ['-v'],
    'Maven',
    'Install Apache Maven (e.g. `apt-get install maven`): it fetches Neo4j from Maven Central.',
  );
  log('Fetching Neo4j Community and Neo4j Browser from Maven Central (first run only)...');
  rmSync(libDir, { recursive: true, force: true });
  const r = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      pomFile,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${libDir}`,
      '-DincludeScope=runtime',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (r.status !== 0) {
    throw new LocalNeo4jError(
      `Maven could not resolve the Neo4j artifacts in ${pomFile} (exit ${r.status}). Check that Maven Central is reachable.`,
    );
  }
  writeFileSync(stampFile, pomHash);
}

function writeConf(i: Instance): void {
  const p = paths(i);
  for (const d of [p.conf, p.data, p.logs, p.run]) mkdirSync(d, { recursive: true });
  const overrides: Record<string, string> = {
    'server.directories.data': p.data,
    'server.directories.logs': p.logs,
    'server.directories.run': p.run,
    'server.directories.lib': libDir,
    'server.bolt.listen_address': `127.0.0.1:${i.boltPort}`,
    'server.bolt.advertised_address': `localhost:${i.boltPort}`,
    'server.http.listen_address': `127.0.0.1:${i.httpPort}`,
    'server.http.advertised_address': `localhost:${i.httpPort}`,
    ...(i.heap && {
      'server.memory.heap.initial_size': i.heap,
      'server.memory.heap.max_size': i.heap,
    }),
    ...(i.pageCache && { 'server.memory.pagecache.size': i.pageCache }),
    ...(i.guideUrl && { 'browser.post_connect_cmd': `play ${i.guideUrl}` }),
  };
  const lines = readFileSync(join(here, 'neo4j.conf'), 'utf8')
    .split('\n')
    .filter((l) => !Object.keys(overrides).some((k) => l.startsWith(`${k}=`)));
  for (const [k, v] of Object.entries(overrides)) lines.push(`${k}=${v}`);
  writeFileSync(join(p.conf, 'neo4j.conf'), lines.join('\n'));
}

function confValue(i: Instance, key: string): string | undefined {
  const conf = readFileSync(join(paths(i).conf, 'neo4j.conf'), 'utf8');
  return new RegExp(`^${key.replaceAll('.', '\\.')}=(.*)$`, 'm').exec(conf)?.[1]?.trim();
}

function runningPid(i: Instance): number | undefined {
  const pidFile = paths(i).pid;
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  try {
    process.kill(pid, 0);
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('CommunityEntryPoint') && cmdline.includes(paths(i).home)
      ? pid
      : undefined;
  } catch {
    return undefined;
  }
}

export function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function canQuery(i: Instance): Promise<'ok' | 'unauthorized' | 'down'> {
  const driver = neo4j.driver(boltUri(i), neo4j.auth.basic('neo4j', i.password), {
    connectionTimeout: 2000,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.executeQuery('RETURN 1', {}, { database: 'neo4j' });
    return 'ok';
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    return code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')
      ? 'unauthorized'
      : 'down';
  } finally {
    await driver.close();
  }
}

function tail(file: string, lines = 25): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '';
}

const jvmOptions = (heap: string) => [
  // What Neo4j's own launcher passes on Java 17 (server.jvm.additional defaults of 5.26).
  `-Xms${heap}`,
  `-Xmx${heap}`,
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+AlwaysPreTouch',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

export interface StartResult {
  reused: boolean;
  pid: number;
  seconds: number;
}

export async function start(
  i: Instance,
  log: (s: string) => void = console.log,
): Promise<StartResult> {
  const begun = Date.now();
  const p = paths(i);
  const existing = runningPid(i);
  if (existing) {
    const state = await canQuery(i);
    if (state === 'ok') return { reused: true, pid: existing, seconds: 0 };
    if (state === 'unauthorized') throw wrongPassword(i);
  }
  if (!existing) {
    for (const port of [i.boltPort, i.httpPort]) {
      if (await portAnswers(port)) {
        throw new LocalNeo4jError(
          `Port ${port} on 127.0.0.1 is already in use by another program, so the local Neo4j cannot start. ` +
            `Stop that program (see \`ss -ltnp 'sport = :${port}'\`), or point the project at that server with NEO4J_URI, ` +
            `or choose other ports with ${portVariables(i.name)}.`,
        );
      }
    }
    ensureArtifacts(log);
    writeConf(i);
    if (!existsSync(p.authIni)) {
      // The built-in user must change neo4j/neo4j before use; setting it before the first start
      // is what Neo4j's admin tool offers for exactly this.
      const r = spawnSync(
        javaBin(),
        [
          '-cp',
          `${libDir}/*`,
          `-Dbasedir=${p.home}`,
          'org.neo4j.cli.AdminTool',
          'dbms',
          'set-initial-password',
          i.password,
        ],
        { env: { ...process.env, NEO4J_HOME: p.home, NEO4J_CONF: p.conf }, encoding: 'utf8' },
      );
      if (r.status !== 0)
        throw new LocalNeo4jError(
          `Setting the initial Neo4j password failed:\n${r.stdout}${r.stderr}`,
        );
    }
    const out = openSync(p.console, 'a');
    const child = spawn(
      javaBin(),
      [
        ...jvmOptions(confValue(i, 'server.memory.heap.max_size') ?? '1g'),
        '-cp',
        // Plugins on the class path too, as Neo4j's own launcher puts them: APOC's extensions are
        // found there (the bench server adds APOC Core for @neo4j/graphql, bench/apoc.ts).
        `${p.conf}:${libDir}/*:${join(p.home, 'plugins')}/*`,
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${p.home}`,
        `--config-dir=${p.conf}`,
        '--console-mode',
      ],
      { detached: true, stdio: ['ignore', out, out] },
    );
    child.unref();
    writeFileSync(p.pid, String(child.pid));
  }
  const pid = runningPid(i);
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (!runningPid(i)) {
      throw new LocalNeo4jError(
        `Neo4j exited during start-up. Last lines of ${p.console}:\n${tail(p.console)}`,
      );
    }
    const state = await canQuery(i);
    if (state === 'ok') break;
    if (state === 'unauthorized') throw wrongPassword(i);
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        `Neo4j did not answer on Bolt port ${i.boltPort} within 180 s. See ${p.console}.`,
      );
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { reused: false, pid: pid ?? 0, seconds: (Date.now() - begun) / 1000 };
}

function wrongPassword(i: Instance): LocalNeo4jError {
  return new LocalNeo4jError(
    `The local Neo4j (${i.name}) rejected the password from NEO4J_PASSWORD (or the default '${DEFAULT_LOCAL_PASSWORD}'). ` +
      `Its data was created with another password: set NEO4J_PASSWORD to that one, or wipe the local data with \`npm run db:reset\`.`,
  );
}

export async function stop(i: Instance): Promise<boolean> {
  const pid = runningPid(i);
  if (!pid) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (runningPid(i) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (runningPid(i)) process.kill(pid, 'SIGKILL');
  rmSync(paths(i).pid, { force: true });
  return true;
}

export function status(i: Instance): { running: boolean; pid?: number } {
  const pid = runningPid(i);
  return pid ? { running: true, pid } : { running: false };
}

export async function reset(i: Instance): Promise<void> {
  await stop(i);
  rmSync(paths(i).data, { recursive: true, force: true });
}

// --- Backups: neo4j-admin database dump / load of the `neo4j` database ---

/** Where `npm run db:dump` writes when given no file. */
const dumpsDir = join(localRoot, 'dumps');

export interface DumpResult {
  file: string;
  bytes: number;
  /** The server was running: it was stopped for the dump and started again. */
  restarted: boolean;
}

/**
 * Runs neo4j-admin's AdminTool from the jars (no bin/ is installed), with the instance's
 * neo4j.conf; `stdin` / `stdout` are streamed to / from files so that dumps need no staging
 * folder and take any file name.
 */
async function adminTool(
  i: Instance,
  args: string[],
  io: { stdinFrom?: string; stdoutTo?: string } = {},
): Promise<void> {
  const p = paths(i);
  const child = spawn(
    javaBin(),
    ['-Xmx512m', '-cp', `${libDir}/*`, `-Dbasedir=${p.home}`, 'org.neo4j.cli.AdminTool', ...args],
    {
      env: { ...process.env, NEO4J_HOME: p.home, NEO4J_CONF: p.conf },
      stdio: [io.stdinFrom ? 'pipe' : 'ignore', io.stdoutTo ? 'pipe' : 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
  const exited = once(child, 'exit') as Promise<[number | null]>;
  const streams = [
    io.stdinFrom && pipeline(createReadStream(io.stdinFrom), child.stdin!),
    io.stdoutTo && pipeline(child.stdout!, createWriteStream(io.stdoutTo)),
  ].filter(Boolean);
  const [[code]] = await Promise.all([exited, ...streams]);
  if (code !== 0)
    throw new LocalNeo4jError(
      `neo4j-admin ${args.slice(0, 2).join(' ')} failed (exit ${code}):\n${stderr.trim()}`,
    );
}

/** UTC, and no colons (not allowed in Windows file names). */
const timestamp = (d = new Date()) => `${d.toISOString().slice(0, 19).replaceAll(':', '-')}Z`;

/** Stops the server if it runs (the admin tool cannot use a mounted database); its pid if so. */
async function stopForAdmin(i: Instance, log: (s: string) => void): Promise<number | undefined> {
  const pid = runningPid(i);
  if (pid) {
    log(`Stopping the running Neo4j (pid ${pid}): neo4j-admin needs it stopped.`);
    await stop(i);
  }
  return pid;
}

/**
 * `neo4j-admin database dump` of the `neo4j` database into `file` (default: a timestamped file
 * under neo4j/.local/dumps/). The graph only: users and passwords live in the system database.
 */
export async function dump(
  i: Instance,
  options: { file?: string; force?: boolean } = {},
  log: (s: string) => void = console.log,
): Promise<DumpResult> {
  const file = resolve(options.file ?? join(dumpsDir, `${i.name}-${timestamp()}.dump`));
  if (!existsSync(paths(i).store))
    throw new LocalNeo4jError(
      `The local Neo4j (${i.name}) has no database to dump yet: start it once (npm run db:start).`,
    );
  if (existsSync(file) && !options.force)
    throw new LocalNeo4jError(`${file} already exists; pass --force to overwrite it.`);
  ensureArtifacts(log);
  writeConf(i);
  mkdirSync(dirname(file), { recursive: true });
  // Written beside the target and renamed at the end: a failed dump never leaves a file that
  // looks like a backup.
  const partial = `${file}.partial`;
  const wasRunning = await stopForAdmin(i, log);
  try {
    await adminTool(i, ['database', 'dump', 'neo4j', '--to-stdout'], { stdoutTo: partial });
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
    // The database is untouched by a dump, failed or not: the server goes back to what it was.
    if (wasRunning) await start(i, log);
  }
  return { file, bytes: statSync(file).size, restarted: wasRunning !== undefined };
}

/**
 * `neo4j-admin database load` of a dump into the `neo4j` database, then starts the server.
 * Replacing a database that exists needs `force`: its graph is lost.
 */
export async function load(
  i: Instance,
  file: string,
  options: { force?: boolean } = {},
  log: (s: string) => void = console.log,
): Promise<StartResult> {
  const from = resolve(file);
  if (!existsSync(from) || !statSync(from).isFile())
    throw new LocalNeo4jError(`No dump file at ${from}.`);
  if (existsSync(paths(i).store) && !options.force)
    throw new LocalNeo4jError(
      `The local Neo4j (${i.name}) already has a database, which loading ${from} would replace. ` +
        `Pass --force to replace it (npm run db:load -- ${file} --force); npm run db:dump first keeps a copy of it.`,
    );
  ensureArtifacts(log);
  writeConf(i);
  await stopForAdmin(i, log);
  // A failed load may have replaced part of the store: the server stays stopped, and the error
  // says why, rather than starting on a half-loaded graph.
  await adminTool(
    i,
    ['database', 'load', 'neo4j', '--from-stdin', '--overwrite-destination=true'],
    {
      stdinFrom: from,
    },
  );
  return start(i, log);
}
