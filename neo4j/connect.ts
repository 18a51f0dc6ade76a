// How every command (npm start, seed, export, apikey, credibility) reaches Neo4j: the NEO4J_*
// variables, or without NEO4J_URI the project's own local server, started on demand. It lives
// beside the launcher so that server/ never depends on the launcher.
import { loadConfig, type Config } from '../server/config.ts';
import { Database, verifyConnection } from '../server/db/database.ts';
import { applySchema } from '../server/db/schema.ts';
import {
  DEFAULT_LOCAL_PASSWORD,
  boltUri,
  instance,
  start,
  type Instance,
  type StartResult,
} from './local-server.ts';

export const startupConfig = (env: NodeJS.ProcessEnv = process.env): Config =>
  loadConfig(env, DEFAULT_LOCAL_PASSWORD);

export interface Connection {
  db: Database;
  config: Config;
  /** Set when the local server was used: whether this call started it. */
  local?: StartResult;
}

export async function connectTo(
  options: { schema?: boolean; log?: (s: string) => void } = {},
): Promise<Connection> {
  const config = startupConfig();
  const local = config.useLocalNeo4j ? await start(instance('dev'), options.log) : undefined;
  const db = new Database(config.neo4j);
  await verifyConnection(db, config.neo4j);
  if (options.schema ?? true) await applySchema(db);
  return { db, config, local };
}

/** Connects as the service does, with the schema applied. */
export const connect = async (): Promise<Database> => (await connectTo()).db;

/** The project's own local server `i` (dev, test or bench), as its launcher set it up. */
export const openLocal = (i: Instance): Database =>
  new Database({ uri: boltUri(i), username: 'neo4j', password: i.password, database: 'neo4j' });
