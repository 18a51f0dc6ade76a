export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database: string;
  /**
   * How long a read or write may run before Neo4j ends it (NEO4J_QUERY_TIMEOUT_MS): one
   * analyst's expensive question ends with QUERY_TIMEOUT instead of holding the database.
   */
  queryTimeoutMs?: number;
}

export interface Config {
  neo4j: Neo4jConfig;
  /** True when no NEO4J_URI is set: the project then starts and uses its own local server. */
  useLocalNeo4j: boolean;
  host: string;
  port: number;
  /** RESPONSE_CACHE_MS: how long a query's answer may be served again; 0 (the default): never. */
  responseCacheMs: number;
}

/**
 * `localPassword` is the password of the project's own server, used when NEO4J_URI is unset;
 * the start-up module (neo4j/connect.ts) passes it so that server/ needs nothing of the launcher.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, localPassword = ''): Config {
  const useLocalNeo4j = !env.NEO4J_URI;
  return {
    useLocalNeo4j,
    neo4j: {
      uri: env.NEO4J_URI ?? `bolt://localhost:${env.NEO4J_BOLT_PORT ?? 7687}`,
      username: env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? (useLocalNeo4j ? localPassword : ''),
      database: env.NEO4J_DATABASE ?? 'neo4j',
      queryTimeoutMs: queryTimeout(env.NEO4J_QUERY_TIMEOUT_MS),
    },
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 4000),
    responseCacheMs: wholeMs('RESPONSE_CACHE_MS', env.RESPONSE_CACHE_MS, 0),
  };
}

/** Default limit of one query: ten times the slowest ordinary question at a million claims. */
export const DEFAULT_QUERY_TIMEOUT_MS = 10_000;

function queryTimeout(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_QUERY_TIMEOUT_MS;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms <= 0)
    throw new Error(
      `NEO4J_QUERY_TIMEOUT_MS must be a positive whole number of milliseconds, not '${value}'.`,
    );
  return ms;
}

function wholeMs(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0)
    throw new Error(`${name} must be a whole number of milliseconds (0: off), not '${value}'.`);
  return ms;
}
