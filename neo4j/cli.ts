// npm run db:start | db:stop | db:status | db:reset — the local Neo4j used by `npm start`.
import {
  LocalNeo4jError,
  boltUri,
  browserUrl,
  instance,
  reset,
  start,
  status,
  stop,
} from './local-server.ts';

const name = process.argv[3] ?? 'dev';
if (name !== 'dev' && name !== 'test' && name !== 'bench') {
  console.error(`unknown instance '${name}': dev, test or bench`);
  process.exit(2);
}
const i = instance(name);
const command = process.argv[2];

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
    default:
      console.error('usage: tsx neo4j/cli.ts start|stop|status|reset [dev|test|bench]');
      process.exitCode = 2;
  }
} catch (e) {
  if (!(e instanceof LocalNeo4jError)) throw e;
  console.error(`error: ${e.message}`);
  process.exitCode = 1;
}
