// npm test: starts the project's own test Neo4j (unless NEO4J_URI is set), runs vitest against
// it, and stops what it started. Extra arguments go to vitest.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  LocalNeo4jError,
  boltUri,
  browserUrl,
  reset,
  status,
  instance,
  start,
  stop,
} from '../neo4j/local-server.ts';

const env: NodeJS.ProcessEnv = { ...process.env };
const test = instance('test');
let started = false;

function ensureChromium(): void {
  const path = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  // The Browser test drives Debian's Chromium; a fresh machine does not have it yet.
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian chromium for the Neo4j Browser test (apt-get)...');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status === 0 && existsSync(path)) return;
  }
  throw new LocalNeo4jError(
    `Chromium was not found at ${path}; the Neo4j Browser test needs it. Install it (\`apt-get install chromium\`) or set CHROMIUM_PATH.`,
  );
}

async function main(): Promise<number> {
  if (!env.NEO4J_URI) {
    // A test server this run starts begins empty, so that every run sees the same graph.
    if (!status(test).running) await reset(test);
    const r = await start(test);
    started = !r.reused;
    console.log(
      `Test Neo4j ${r.reused ? 'already running' : `started in ${r.seconds.toFixed(1)} s`}: ${boltUri(test)}`,
    );
    Object.assign(env, {
      NEO4J_URI: boltUri(test),
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: test.password,
      NEO4J_DATABASE: 'neo4j',
      NEO4J_BROWSER_URL: browserUrl(test),
      // Tests may empty this server's graph (the README examples run on the seed alone).
      TEST_NEO4J_DISPOSABLE: '1',
    });
    ensureChromium();
  }
  const vitest = spawn('npx', ['vitest', 'run', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
  });
  return new Promise((resolve) => vitest.on('exit', (code) => resolve(code ?? 1)));
}

let code = 1;
try {
  code = await main();
} catch (e) {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
} finally {
  if (started) await stop(test);
}
process.exit(code);
