// APOC Core in a benchmark server's plugins folder: @neo4j/graphql needs it (it formats DateTime
// values with apoc.date.convertFormat and validates with apoc.util.validatePredicate), our
// service does not. Fetched from Maven Central like the server itself, for the bench server only.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Instance } from '../neo4j/local-server.ts';

/**
 * APOC Core of the server's 5.26 line, as the self-contained `core` jar (later 5.26 releases on
 * Maven Central come without it, and their plain jar needs its dependencies beside it).
 */
export const APOC_VERSION = '5.26.0';

const pluginsDir = (target: Instance) =>
  join(fileURLToPath(new URL('../neo4j/.local/', import.meta.url)), target.name, 'plugins');

/** True when it was installed now (a running server must restart to load it). */
export function ensureApoc(target: Instance, log: (s: string) => void = console.log): boolean {
  const dir = pluginsDir(target);
  if (existsSync(dir) && readdirSync(dir).some((f) => f.startsWith('apoc-core-'))) return false;
  log(`Fetching APOC Core ${APOC_VERSION} from Maven Central for @neo4j/graphql ...`);
  const r = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      'dependency:copy',
      `-Dartifact=org.neo4j.procedure:apoc-core:${APOC_VERSION}:jar:core`,
      `-DoutputDirectory=${dir}`,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (r.status !== 0) throw new Error(`Maven could not fetch APOC Core ${APOC_VERSION}`);
  return true;
}
