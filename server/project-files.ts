// Files that ship beside the code (the SDL, the import format's JSON Schema, Cypher, pages, the
// Browser guide) are read from the project's folders, whether the code runs from its TypeScript
// sources or compiled into dist/ (npm start): paths relative to a module would point into dist/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root: the first folder above this module that holds package.json. */
export const PROJECT_ROOT = (() => {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error('no package.json above the service');
  }
})();

/** A path under the project's root, e.g. `projectFile('schema', 'claims.graphql')`. */
export const projectFile = (...parts: string[]) => join(PROJECT_ROOT, ...parts);
