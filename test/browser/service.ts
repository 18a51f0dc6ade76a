// What the browser tests of our own pages share: the service exactly as `npm start` runs it
// (createApp, real HTTP on a loopback port) over the seed article, and a headless Chromium.
import type { Browser } from 'playwright-core';
import { FIXTURES, seedFiles } from '../../seed/cli.ts';
import type { App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { listen, setup } from '../helpers.ts';
import { launchChromium } from './browser.ts';

export interface SeededService {
  db: Database;
  app: App;
  /** e.g. http://localhost:41234 */
  base: string;
  browser: Browser;
  close: () => Promise<void>;
}

export async function serveSeeded(): Promise<SeededService> {
  const { db, app } = await setup();
  // Idempotent: the seed article may already be there.
  await seedFiles(db, [FIXTURES]);
  const server = await listen(app);
  const browser = await launchChromium();
  return {
    db,
    app,
    base: `http://localhost:${server.port}`,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await db.close();
    },
  };
}
