// npm start: the local Neo4j (unless NEO4J_URI is set), schema, seed article, GraphQL service.
import { createServer } from 'node:http';
import { createApp } from '../server/app.ts';
import { loadSecurity } from '../server/security.ts';
import { KeyStore } from '../server/db/key-store.ts';
import { StatsStore } from '../server/db/stats-store.ts';
import { FIXTURES, seedFiles } from '../seed/cli.ts';
import { connectTo } from '../neo4j/connect.ts';
import { LocalNeo4jError, browserUrl, instance, stop } from '../neo4j/local-server.ts';

const local = instance('dev');

async function main() {
  const { db, config, local: r } = await connectTo();
  const startedLocal = r ? !r.reused : false;
  if (r)
    console.log(
      r.reused
        ? `Using the local Neo4j already running (pid ${r.pid}).`
        : `Local Neo4j started in ${r.seconds.toFixed(1)} s.`,
    );
  if ((await new StatsStore(db).counts()).claims === 0) {
    console.log('The graph is empty: loading the seed article.');
    const report = await seedFiles(db, [FIXTURES]);
    console.log(
      `Loaded ${report.progress.documents} article(s), ${report.progress.statements} statements.`,
    );
  }

  const security = loadSecurity();
  const firstAdmin =
    security.auth === 'keys'
      ? await new KeyStore(db).ensureFirstAdmin(process.env.ADMIN_API_KEY || undefined)
      : null;
  const app = createApp(db, { security, responseCacheMs: config.responseCacheMs });
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE'
          ? new Error(
              `Port ${config.port} is already in use; stop what holds it or set PORT to another port.`,
            )
          : e,
      ),
    );
    server.listen(config.port, config.host, resolve);
  });
  const base = `http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`;
  console.log(
    security.auth === 'open'
      ? 'Access:        open (AUTH=open, for local development only): no API key needed'
      : 'Access:        API keys (npm run apikey -- create --role reader|editor|admin --name NAME)',
  );
  if (firstAdmin)
    console.log(
      process.env.ADMIN_API_KEY
        ? `First admin:   the key in ADMIN_API_KEY (id ${firstAdmin.id}) is now an admin key.`
        : `First admin:   no admin key existed, so one was made; it is shown only now:\n               ${firstAdmin.key}\n               (send it as \`Authorization: Bearer <key>\`; make others with npm run apikey)`,
    );
  console.log(`GraphiQL:      ${base}/graphql`);
  console.log(`Readiness:     ${base}/ready`);
  console.log(
    `Browser guide: :play ${base}/browser/guide.html  (and :style ${base}/browser/style.grass)`,
  );
  console.log(
    config.useLocalNeo4j
      ? `Neo4j Browser: ${browserUrl(local)} (user neo4j, password from NEO4J_PASSWORD or the local default)`
      : `Neo4j:         ${config.neo4j.uri} (database ${config.neo4j.database})`,
  );

  const shutdown = async (signal: string) => {
    console.log(`\n${signal}: shutting down.`);
    server.close();
    await db.close();
    if (startedLocal) {
      await stop(local);
      console.log(
        'Stopped the local Neo4j that npm start had started (npm run db:start keeps one running).',
      );
    }
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error(
    `error: ${e instanceof LocalNeo4jError || e instanceof Error ? e.message : String(e)}`,
  );
  process.exit(1);
});
