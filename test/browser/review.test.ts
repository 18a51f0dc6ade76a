// The review page (/review) on a machine without internet: it loads from the service alone; and,
// once the service has Mutation.extractArticle, an editor goes through the seed article on it:
// extract, see the evidence highlighted by statement type, reject one statement, edit a claim,
// import, see the chains drawn, and the graph holds what was accepted and nothing rejected.
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { gql, listen, setup, unique } from '../helpers.ts';
import { DEFAULT_TIMEOUT, launchChromium } from './browser.ts';
import { offlineContext } from './offline.ts';

const SCREENSHOT = 'test-output/review.png';
const corpus = new URL('../../bench/extraction/corpus/', import.meta.url);
const SEED_ENTRY = JSON.parse(
  readFileSync(new URL('sheinbaum-troops-2025--latin-times.json', corpus), 'utf8'),
) as { url: string; publishedAt: string; title: string; outlet: { id: string }; textFile: string };

/** The seed article's text (kept outside the repo: ../shared/seed, as the extraction corpus says). */
const seedText = () =>
  readFileSync(new URL(SEED_ENTRY.textFile, new URL('../../', import.meta.url)), 'utf8');

async function hasExtractArticle(app: App): Promise<boolean> {
  const res = await gql(app, '{ __type(name: "Mutation") { fields { name } } }');
  return (res.data?.__type?.fields ?? []).some(
    (f: { name: string }) => f.name === 'extractArticle',
  );
}

describe.skipIf(!process.env.NEO4J_URI)('the review page', () => {
  let db: Database;
  let server: Awaited<ReturnType<typeof listen>> | undefined;
  let base: string;
  let browser: Browser | undefined;
  let extractable = false;

  beforeAll(async () => {
    ({ db } = await setup());
    const app = createApp(db);
    extractable = await hasExtractArticle(app);
    server = await listen(app);
    base = `http://localhost:${server.port}`;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  async function open(): Promise<{ page: Page; blocked: string[]; errors: string[] }> {
    const { context, blocked } = await offlineContext(browser!);
    const page = await context.newPage();
    page.setDefaultTimeout(DEFAULT_TIMEOUT);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto(`${base}/review`);
    expect(res?.status()).toBe(200);
    return { page, blocked, errors };
  }

  it('loads from the service alone', async () => {
    const { page, blocked, errors } = await open();
    try {
      await page.getByRole('button', { name: 'Extract' }).waitFor();
      await expect.poll(() => page.getByLabel('Editor API key').isVisible()).toBe(true);
      expect(errors).toEqual([]);
      expect(blocked).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('takes the seed article from text to the graph', async (ctx) => {
    if (!extractable) ctx.skip();
    const { page, blocked, errors } = await open();
    try {
      // A page of its own, so that this test's article and statements are its own.
      const url = `https://www.latintimes.com/${unique('review-test')}`;
      await page.getByLabel('URL').fill(url);
      await page.getByLabel('Published').fill(SEED_ENTRY.publishedAt);
      await page.getByLabel('Title').fill(SEED_ENTRY.title);
      await page.getByLabel('Outlet id').fill(SEED_ENTRY.outlet.id);
      await page.getByLabel('Text or HTML').fill(seedText());
      await page.getByRole('button', { name: 'Extract' }).click();

      const cards = page.locator('.statement');
      await cards.first().waitFor();
      // Sheinbaum's denial is highlighted in the denial colour over the article's own words.
      const denials = page.locator('#article mark.DENIED');
      await denials.first().waitFor();
      expect((await denials.allInnerTexts()).join(' ')).toMatch(/Sheinbaum|not going to happen/i);
      const types = await page
        .locator('#article mark')
        .evaluateAll((ms) => ms.map((m) => m.classList[0]));
      expect(new Set(types).size).toBeGreaterThan(1);

      // Reject the last statement, and give the first one's claim an edited text.
      const count = await cards.count();
      expect(count).toBeGreaterThan(1);
      const statementOf = async (i: number) => {
        const card = cards.nth(i);
        const [type, source] = await card
          .locator('select')
          .evaluateAll((ss) => ss.slice(0, 2).map((s) => (s as HTMLSelectElement).value));
        return { type: type!, source: source!, claim: (await card.getAttribute('data-claim'))! };
      };
      const statements = await Promise.all([...Array(count).keys()].map(statementOf));
      const rejected = statements[count - 1]!;
      await cards
        .nth(count - 1)
        .locator('input.accept')
        .uncheck();
      const edited = `Reviewed claim ${unique('text')}`;
      await cards.first().locator('textarea.claim-text').fill(edited);
      await page.getByRole('button', { name: 'Import the accepted statements' }).click();
      await page.getByText('Imported:').waitFor();
      await page.locator('#pictures img').first().waitFor();
      await mkdir('test-output', { recursive: true });
      // The draft over the text, at the top; the drawn chains are further down.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: SCREENSHOT });

      const article = (await page.locator('#result').getAttribute('data-article'))!;
      const recorded = await db.read(
        `MATCH (s)-[r:SAID|REPORTED|DENIED|CONFIRMED|RETRACTED {article: $article}]->(c:Claim)
         RETURN type(r) AS type, s.id AS source, c.id AS claim, c.text AS text`,
        { article },
      );
      const key = (s: Record<string, unknown>) => `${s.type} ${s.source} ${s.claim}`;
      const accepted = new Set(statements.slice(0, -1).map(key));
      expect(new Set(recorded.map(key))).toEqual(accepted);
      if (!accepted.has(key(rejected))) expect(recorded.map(key)).not.toContain(key(rejected));
      expect(recorded.find((r) => r.claim === statements[0]!.claim)?.text).toBe(edited);
      expect(errors).toEqual([]);
      expect(blocked).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 120_000);
});
