// An analyst opens the project's Neo4j Browser guide from the GraphQL service (:play <url>), applies
// the project's style from its first slide, runs the provenance query from the guide and sees the
// chain Latin Times → NBC News → the anonymous officials → the claim, with Sheinbaum's denial.
// Needs the local Browser (NEO4J_BROWSER_URL, set by the test runner) and Chromium.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_PATH, STYLE_PATH } from '../../server/browser-assets.ts';
import {
  connect,
  frameText,
  graphNodes,
  graphRelationshipCaptions,
  openBrowser,
  runCommand,
  runGuideBlock,
  screenshot,
  settleAndFitGraph,
  showView,
  waitForGraph,
} from './browser.ts';
import { serveSeeded } from './service.ts';

const browserUrl = process.env.NEO4J_BROWSER_URL;
const SCREENSHOT = 'test-output/neo4j-browser-provenance.png';
const GUIDE_SCREENSHOT = 'test-output/neo4j-browser-guide.png';
const GUIDE_TITLE = 'Source credibility graph';
// Colours from neo4j/browser/style.grass.
const OUTLET_COLOR = '#F79767';
const ANONYMOUS_COLOR = '#8E6CB8';
const ACTOR_COLOR = '#4C8EDA';
const CLAIM_COLOR = '#FFC454';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; run the tests through \`npm test\`.`);
  return value;
}

describe.skipIf(!browserUrl)('Neo4j Browser guide and style', () => {
  let base: string;
  let browser: Browser | undefined;
  let close = async () => {};

  beforeAll(async () => {
    ({ base, browser, close } = await serveSeeded());
  }, 120_000);

  afterAll(() => close());

  it('serves the guide and the style to any origin', async () => {
    const origin = new URL(browserUrl!).origin;
    // What the Browser's fetch of a guide sends first: a preflight for its no-cache headers.
    const preflight = await fetch(`${base}${GUIDE_PATH}`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'cache-control,pragma',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/pragma/i);

    const guide = await fetch(`${base}${GUIDE_PATH}`, {
      headers: { origin, pragma: 'no-cache', 'cache-control': 'no-cache' },
    });
    expect(guide.status).toBe(200);
    expect(guide.headers.get('content-type')).toMatch(/^text\/html/);
    expect(guide.headers.get('access-control-allow-origin')).toBe('*');
    const html = await guide.text();
    expect(html).toContain(`<title>${GUIDE_TITLE}</title>`);
    // The first slide's :style block points back at this service.
    expect(html).toContain(`:style ${base}${STYLE_PATH}`);
    expect(html).not.toContain('{{ORIGIN}}');

    const style = await fetch(`${base}${STYLE_PATH}`, { headers: { origin } });
    expect(style.status).toBe(200);
    expect(style.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(style.headers.get('access-control-allow-origin')).toBe('*');
    expect(await style.text()).toMatch(/node\.Claim\s*\{/);
  });

  it('plays the guide, applies the style and draws the provenance chain', async () => {
    const page = await openBrowser(browser!, browserUrl!);
    try {
      await connect(page, {
        uri: env('NEO4J_URI'),
        username: env('NEO4J_USERNAME'),
        password: env('NEO4J_PASSWORD'),
        database: process.env.NEO4J_DATABASE || undefined,
      });

      await runCommand(page, `:play ${base}${GUIDE_PATH}`);
      const guide = page.getByTestId('frame').filter({ has: page.getByTestId('carousel') });
      await guide.waitFor();
      await guide.getByRole('heading', { name: GUIDE_TITLE }).waitFor();
      const guideText = await frameText(guide);
      expect(guideText).toContain(GUIDE_TITLE);
      expect(guideText).toMatch(/1 \/ \d+/); // the carousel's slide counter

      // Slide 1: the style, from its runnable :style block.
      const styleBlock = guide.locator('pre.runnable', { hasText: ':style http' });
      expect((await styleBlock.innerText()).trim()).toBe(`:style ${base}${STYLE_PATH}`);
      const styleFrame = await runGuideBlock(page, styleBlock);
      await styleFrame.getByText(/node\.Claim \{/).waitFor();
      const appliedStyle = await frameText(styleFrame);
      expect(appliedStyle).toMatch(/node\.AnonymousSource \{[^}]*caption: "\{description\}"/);
      expect(appliedStyle).toContain(`color: ${OUTLET_COLOR}`);

      // Slide 2: the provenance query, run from the guide.
      await guide.getByTestId('nextSlide').click();
      await guide.getByRole('heading', { name: 'Where did a claim come from?' }).waitFor();
      await screenshot(page, GUIDE_SCREENSHOT, guide);
      // Only the chains, not every CITED relationship between the same sources.
      const config = await runGuideBlock(
        page,
        guide.locator('pre.runnable', { hasText: ':config autoComplete: false' }),
      );
      await config
        .getByText(/autoComplete/)
        .first()
        .waitFor();
      const result = await runGuideBlock(page, guide.locator('pre[data-query="provenance"]'));
      await result.getByTestId('frame-loaded-contents').waitFor();
      expect(await result.getByTestId('cypherFrameErrorMessage').count()).toBe(0);

      // Latin Times, NBC News, the officials, the claim and Sheinbaum.
      await waitForGraph(result, 5);
      await settleAndFitGraph(result);
      const nodes = await graphNodes(result);
      const colorOf = (caption: string) => nodes.find((n) => n.caption === caption)?.color;
      expect(colorOf('Latin Times')).toBe(OUTLET_COLOR);
      expect(colorOf('NBC News')).toBe(OUTLET_COLOR);
      expect(colorOf('Claudia Sheinbaum')).toBe(ACTOR_COLOR);
      expect(nodes.filter((n) => n.color === ANONYMOUS_COLOR).map((n) => n.caption)).toEqual([
        expect.stringMatching(/^two current/),
      ]);
      expect(nodes.filter((n) => n.color === CLAIM_COLOR).map((n) => n.caption)).toEqual([
        expect.stringMatching(/^The Trump/),
      ]);
      expect(nodes).toHaveLength(5);
      // The overview beside the graph counts what is drawn.
      const overview = await frameText(result);
      expect(overview).toContain('Displaying 5 nodes, 6 relationships');
      for (const count of ['CITED (2)', 'SAID (1)', 'REPORTED (2)', 'DENIED (1)']) {
        expect(overview).toContain(count);
      }
      expect(await graphRelationshipCaptions(result)).toHaveLength(6);
      await screenshot(page, SCREENSHOT, result);

      // The same result as rows: every name in full.
      await showView(result, 'Table');
      const table = await frameText(result);
      for (const name of [
        'Latin Times',
        'NBC News',
        'two current and two former U.S. officials',
        'Claudia Sheinbaum',
        'us-planning-troops-in-mexico',
      ]) {
        expect(table).toContain(name);
      }
    } finally {
      await page.close();
    }
  }, 120_000);
});
