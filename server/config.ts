export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface Config {
  neo4j: Neo4jConfig;
  /** True when no NEO4J_URI is set: the project then starts and uses its own local server. */
  useLocalNeo4j: boolean;
  host: string;
  port: number;
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
    },
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 4000),
  };
}
