// An analyst can explore the graph in Neo4j Browser: the Browser the local server serves connects
// over Bolt with the local credentials and shows query results. Needs the local Browser (the test
// runner sets NEO4J_BROWSER_URL when it started the project's own Neo4j) and Chromium.
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connect,
  launchChromium,
  openBrowser,
  readTable,
  runQuery,
  screenshot,
} from './browser.ts';

const browserUrl = process.env.NEO4J_BROWSER_URL;
const SCREENSHOT = 'test-output/neo4j-browser.png';
const CREATED = 3;

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; run the tests through \`npm test\`.`);
  return value;
}

describe.skipIf(!browserUrl)('Neo4j Browser', () => {
  // A label no other test uses, so the count the Browser shows is exactly what this test made.
  const label = `BrowserTest_${randomUUID().replaceAll('-', '')}`;
  const database = process.env.NEO4J_DATABASE || undefined;
  let driver: Driver;
  let browser: Browser | undefined;

  beforeAll(async () => {
    driver = neo4j.driver(
      env('NEO4J_URI'),
      neo4j.auth.basic(env('NEO4J_USERNAME'), env('NEO4J_PASSWORD')),
    );
    await driver.executeQuery(
      `UNWIND range(1, $n) AS i CREATE (:${label} {i: i})`,
      { n: neo4j.int(CREATED) },
      { database },
    );
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await driver?.executeQuery(`MATCH (n:${label}) DETACH DELETE n`, {}, { database });
    await driver?.close();
  });

  it('connects with the local credentials and shows query results', async () => {
    const page = await openBrowser(browser!, browserUrl!);
    try {
      await connect(page, {
        uri: env('NEO4J_URI'),
        username: env('NEO4J_USERNAME'),
        password: env('NEO4J_PASSWORD'),
        database,
      });

      const mine = await readTable(await runQuery(page, `MATCH (n:${label}) RETURN count(n) AS c`));
      expect(mine).toEqual({ columns: ['c'], rows: [[String(CREATED)]] });

      const all = await readTable(await runQuery(page, 'MATCH (n) RETURN count(n)'));
      expect(all.columns).toEqual(['count(n)']);
      expect(all.rows).toHaveLength(1);
      const shown = all.rows[0]?.[0] ?? '';
      expect(shown).toMatch(/^\d+$/);
      // Other tests share the database, so only a lower bound holds for the whole graph.
      expect(Number(shown)).toBeGreaterThanOrEqual(CREATED);
    } finally {
      await screenshot(page, SCREENSHOT);
    }
  }, 120_000);
});
