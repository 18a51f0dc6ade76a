// npm run db:start | db:stop | db:status | db:reset — the local Neo4j used by `npm start`.
// npm run db:dump [-- FILE] | db:load -- FILE [--force] — its backups (neo4j-admin dump/load).
// The instance is the first argument that is not a flag or a file: dev (default), test or bench.
import { statSync } from 'node:fs';
import {
  LocalNeo4jError,
  boltUri,
  browserUrl,
  dump,
  instance,
  load,
  reset,
  start,
  status,
  stop,
} from './local-server.ts';

const USAGE =
  'usage: tsx neo4j/cli.ts start|stop|status|reset [dev|test|bench]\n' +
  '       tsx neo4j/cli.ts dump [FILE] [--force] [dev|test|bench]\n' +
  '       tsx neo4j/cli.ts load FILE [--force] [dev|test|bench]';
const [command, ...rest] = process.argv.slice(2);
const force = rest.includes('--force');
const unknownFlag = rest.find((a) => a.startsWith('--') && a !== '--force');
if (unknownFlag) {
  console.error(`unknown option ${unknownFlag}\n${USAGE}`);
  process.exit(2);
}
const positional = rest.filter((a) => !a.startsWith('--'));
const instanceNames = ['dev', 'test', 'bench'] as const;
const isInstance = (a: string): a is (typeof instanceNames)[number] =>
  (instanceNames as readonly string[]).includes(a);
const name = positional.find(isInstance) ?? 'dev';
const [file] = positional.filter((a) => !isInstance(a));
if (file !== undefined && command !== 'dump' && command !== 'load') {
  console.error(`unknown instance '${file}': dev, test or bench`);
  process.exit(2);
}
const i = instance(name);
const size = (bytes: number) =>
  bytes < 2 ** 20 ? `${Math.ceil(bytes / 1024)} KiB` : `${(bytes / 2 ** 20).toFixed(1)} MiB`;

try {
  switch (command) {
    case 'start': {
      const r = await start(i);
      console.log(
        `${r.reused ? 'Neo4j is already running' : `Neo4j started in ${r.seconds.toFixed(1)} s`} (pid ${r.pid}).\n` +
          `  Bolt:    ${boltUri(i)}  (user neo4j)\n  Browser: ${browserUrl(i)}`,
      );
      break;
    }
    case 'stop':
      console.log((await stop(i)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      break;
    case 'status': {
      const s = status(i);
      console.log(
        s.running
          ? `Neo4j is running (pid ${s.pid}): ${boltUri(i)}, ${browserUrl(i)}`
          : 'Neo4j is not running.',
      );
      process.exitCode = s.running ? 0 : 3;
      break;
    }
    case 'reset':
      await reset(i);
      console.log('Neo4j stopped and its local data wiped. `npm run db:start` starts it empty.');
      break;
    case 'dump': {
      const r = await dump(i, { file, force });
      console.log(
        `Dumped the ${i.name} graph to ${r.file} (${size(r.bytes)}).` +
          (r.restarted ? ' Neo4j was stopped for it and is running again.' : ''),
      );
      break;
    }
    case 'load': {
      if (!file) {
        console.error(`db:load needs the dump file to load.\n${USAGE}`);
        process.exitCode = 2;
        break;
      }
      const r = await load(i, file, { force });
      console.log(
        `Loaded ${file} (${size(statSync(file).size)}) into the ${i.name} Neo4j, now running (pid ${r.pid}): ${boltUri(i)}`,
      );
      break;
    }
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
} catch (e) {
  if (!(e instanceof LocalNeo4jError)) throw e;
  console.error(`error: ${e.message}`);
  process.exitCode = 1;
}
