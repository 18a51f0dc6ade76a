// The service through the neo4j:// scheme (routing, as on a cluster or Aura) against the local
// server, and read-your-writes: a read right after a mutation sees it, because every session
// shares the driver's bookmark manager with executeQuery.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { Database } from '../../server/db/database.ts';
import { IMPORT, tinyArticle } from '../fixtures.ts';
import { gql, setup } from '../helpers.ts';

let db: Database;
let routed: Database;
let app: App;

beforeAll(async () => {
  ({ db } = await setup());
  const config = loadConfig().neo4j;
  routed = new Database({ ...config, uri: config.uri.replace(/^bolt:/, 'neo4j:') });
  app = createApp(routed);
});
afterAll(async () => {
  await routed.close();
  await db.close();
});

describe('neo4j:// routing', () => {
  it('imports and reads back through routed read and write transactions', async () => {
    expect(routed.driver).toBeDefined();
    const { prefix: _, ...doc } = tinyArticle(2);
    const imported = await gql(app, IMPORT, { input: doc });
    expect(imported.errors, JSON.stringify(imported.errors)).toBeUndefined();
    const claimId = doc.claims![0]!.id;
    const res = await gql(app, `query ($id: ID!) { provenance(claimId: $id) { reports } }`, {
      id: claimId,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.provenance.reports).toBe(1);
  });

  it("a write transaction's bookmark reaches the reads that follow", async () => {
    const manager = routed.driver.executeQueryBookmarkManager;
    const before = await manager.getBookmarks();
    await routed.writeTransaction((tx) => tx.run(`CREATE (:RoutingProbe {at: datetime()})`));
    const after = await manager.getBookmarks();
    expect(after).not.toEqual(before);
    await routed.write('MATCH (p:RoutingProbe) DELETE p');
  });
});
