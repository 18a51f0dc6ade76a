// npm run docs:examples — runs the analysts' questions (server/examples) on a graph holding only
// the seed article (it empties the project's test Neo4j, starting it if needed) and writes the
// examples section of docs/api.md: each question, its query and its output.
import { openLocal } from '../../neo4j/connect.ts';
import { createApp } from '../../server/app.ts';
import { applySchema } from '../../server/db/schema.ts';
import { FIXTURES, seedFiles } from '../../seed/cli.ts';
import { CredibilityStore } from '../../server/db/credibility-store.ts';
import { instance, start } from '../../neo4j/local-server.ts';
import { API_DOC, regenerate } from './api-examples.ts';
import { spawnSync } from 'node:child_process';

const test = instance('test');
await start(test);
const db = openLocal(test);
await applySchema(db);
await db.write('MATCH (n) WHERE NOT n:SchemaVersion DETACH DELETE n');
await seedFiles(db, [FIXTURES]);
// Example 11 shows credibility, which is computed, not imported.
await new CredibilityStore(db).recompute();
console.log(`docs/api.md: ${await regenerate(createApp(db))} examples regenerated.`);
spawnSync('npx', ['prettier', '--write', API_DOC], { stdio: 'ignore' });
await db.close();
