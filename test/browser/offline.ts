// A Chromium context that behaves as on a closed network: every request to anything but the
// loopback interface is refused and recorded, so a test can say that a page needs nothing else.
import type { Browser, BrowserContext } from 'playwright-core';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface OfflineContext {
  context: BrowserContext;
  /** URLs the pages tried to fetch from outside the machine (all refused). */
  blocked: string[];
}

export async function offlineContext(
  browser: Browser,
  viewport = { width: 1400, height: 900 },
): Promise<OfflineContext> {
  const context = await browser.newContext({ viewport });
  const blocked: string[] = [];
  // data: and blob: URLs never reach the network and are not routed; everything else is.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (LOOPBACK.has(new URL(url).hostname)) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  return { context, blocked };
}
