// An analyst opens GraphiQL (/graphql in a browser) on a machine without internet: it must load
// from the service alone, open with the analysts' questions as tabs, and answer one of them.
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { createApp } from '../../server/app.ts';
import { OPEN } from '../../server/security.ts';
import type { Database } from '../../server/db/database.ts';
import { analystQuestions } from '../../server/examples/questions.ts';
import { DEFAULT_TIMEOUT } from './browser.ts';
import { serveSeeded } from './service.ts';
import { offlineContext } from './offline.ts';

const SCREENSHOT = 'test-output/graphiql.png';

// Monaco draws spaces as non-breaking ones.
const text = async (locator: Locator) => (await locator.innerText()).replace(/\u00a0/g, ' ');

describe.skipIf(!process.env.NEO4J_URI)('GraphiQL offline', () => {
  let db: Database;
  let base: string;
  let browser: Browser | undefined;
  let close = async () => {};

  beforeAll(async () => {
    ({ db, base, browser, close } = await serveSeeded());
  }, 120_000);

  afterAll(() => close());

  it('loads from the service alone, opens with the questions as tabs and answers one', async () => {
    const { context, blocked } = await offlineContext(browser!);
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(DEFAULT_TIMEOUT);
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(`${base}/graphql`);

      const tabs = page.locator('.graphiql-tab');
      await tabs.first().waitFor();
      const questions = analystQuestions();
      expect(await tabs.count()).toBe(questions.length);
      // A tab is named after its operation; the second question is the provenance trace.
      const trace = questions[1]!;
      const operation = /query (\w+)/.exec(trace.query)![1]!;
      // With the keyboard: in headless Chromium a mouse click on GraphiQL's tabs (drag-to-reorder
      // items) did not select them; Enter on the tab's button does, as it does for a user.
      await page.getByRole('tab').getByRole('button', { name: operation, exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.graphiql-tab-active').innerText()).toBe(operation);
      await expect.poll(() => text(page.locator('.graphiql-query-editor'))).toContain(trace.title);

      // GraphiQL takes the operation name from the tab's state a moment after the editor shows
      // the tab's query; run before then and it answers "Cannot infer operation" for the old
      // tab's name. Run again until the answer is there, as a person would press Run again.
      const response = page.locator('.graphiql-response');
      await expect
        .poll(
          async () => {
            const before = await text(response);
            if (!before.includes('two current and two former U.S. officials'))
              await page.locator('.graphiql-execute-button').click();
            await page.waitForTimeout(1500);
            return text(response);
          },
          { timeout: DEFAULT_TIMEOUT },
        )
        .toContain('two current and two former U.S. officials');
      const answer = await text(response);
      expect(answer).toContain('"anonymousOrigin": true');
      expect(answer).toContain('Latin Times');

      await mkdir('test-output', { recursive: true });
      await page.screenshot({ path: SCREENSHOT, animations: 'disabled' });
      expect(pageErrors).toEqual([]);
      expect(blocked).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('asks for the API key in the tabs of a keyed service', async () => {
    const keyed = createApp(db, { security: { ...OPEN, auth: 'keys' } });
    const res = await keyed.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    // Asserted on excerpts: the page is 9 MB, too big for a failure message.
    const options = html.slice(
      html.indexOf('"defaultHeaders":'),
      html.indexOf('"defaultHeaders":') + 120,
    );
    expect(options).toContain('Authorization');
    expect(options).toContain('Bearer <your API key>');
    expect(html.match(/<(script|link)[^>]+(src|href)=["']?https?:[^>]*/)?.[0] ?? null).toBeNull();
  });
});
