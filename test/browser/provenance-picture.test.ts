// GET /claims/{id}/provenance.svg: the seed article's troops claim drawn, opened in Chromium at
// 600 px wide on a machine without internet, read back through the SVG's DOM; its errors and its
// key check, as the GraphQL API's.
import type { Browser, Page } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { KeyStore } from '../../server/db/key-store.ts';
import { COLORS } from '../../server/pictures/provenance-svg.ts';
import { OPEN } from '../../server/security.ts';
import { gql, unique } from '../helpers.ts';
import { DEFAULT_TIMEOUT } from './browser.ts';
import { serveSeeded } from './service.ts';
import { offlineContext } from './offline.ts';

const CLAIM = 'us-planning-troops-in-mexico';
const SCREENSHOT = 'test-output/provenance.png';
const WIDTH = 600;

interface DrawnNode {
  id: string;
  text: string;
  stroke: string;
  dashed: boolean;
  /** Every text line lies inside the node's box (measured with the real font). */
  fits: boolean;
}
interface DrawnEdge {
  from: string;
  to: string;
  kind: string;
  label: string;
  stroke: string;
}

/** What the picture shows, read through the DOM of the SVG Chromium rendered. */
async function readPicture(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('svg')!;
    const nodes = [...svg.querySelectorAll<SVGGElement>('g.node')].map((g) => {
      const rect = g.querySelector('rect')!;
      const box = rect.getBBox();
      const texts = [...g.querySelectorAll<SVGTextElement>('text')];
      return {
        id: g.dataset.id ?? '',
        text: texts.map((t) => t.textContent).join(' '),
        stroke: rect.getAttribute('stroke') ?? '',
        dashed: rect.hasAttribute('stroke-dasharray'),
        fits: texts.every((t) => {
          const b = t.getBBox();
          return b.x >= box.x && b.x + b.width <= box.x + box.width;
        }),
      };
    });
    const edges = [...svg.querySelectorAll<SVGGElement>('g.edge')].map((g) => ({
      from: g.dataset.from ?? '',
      to: g.dataset.to ?? '',
      kind: g.classList[1] ?? '',
      label: g.querySelector('text')?.textContent ?? '',
      stroke: g.querySelector('path')?.getAttribute('stroke') ?? '',
    }));
    const sizes = [...svg.querySelectorAll('text')].map((t) =>
      Number.parseFloat(getComputedStyle(t).fontSize),
    );
    return {
      width: svg.getBoundingClientRect().width,
      height: svg.getBoundingClientRect().height,
      allText: [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      smallestFont: Math.min(...sizes),
      nodes: nodes as DrawnNode[],
      edges: edges as DrawnEdge[],
    };
  });
}

describe.skipIf(!process.env.NEO4J_URI)('provenance pictures', () => {
  let db: Database;
  let app: App;
  let base: string;
  let browser: Browser | undefined;
  let close = async () => {};

  beforeAll(async () => {
    ({ db, app, base, browser, close } = await serveSeeded());
  }, 120_000);

  afterAll(() => close());

  it('names the picture in the API, with the same asOf', async () => {
    const res = await gql(
      app,
      `{ now: provenance(claimId: "${CLAIM}") { pictureUrl }
         then: provenance(claimId: "${CLAIM}", asOf: "2025-11-03T12:00:00+01:00") { pictureUrl } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      now: { pictureUrl: `/claims/${CLAIM}/provenance.svg` },
      then: {
        pictureUrl: `/claims/${CLAIM}/provenance.svg?asOf=2025-11-03T11%3A00%3A00.000Z`,
      },
    });
  });

  it('draws the troops claim: Latin Times → NBC News → anonymous officials, Sheinbaum denying', async () => {
    const { context, blocked } = await offlineContext(browser!, { width: WIDTH, height: 900 });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(DEFAULT_TIMEOUT);
      const res = await page.goto(`${base}/claims/${CLAIM}/provenance.svg`);
      expect(res?.status()).toBe(200);
      expect(res?.headers()['content-type']).toMatch(/^image\/svg\+xml/);
      const picture = await readPicture(page);
      await mkdir('test-output', { recursive: true });
      // fullPage does not finish on an SVG document: size the viewport to the picture instead.
      await page.setViewportSize({ width: WIDTH, height: Math.ceil(picture.height) });
      await page.screenshot({ path: SCREENSHOT });

      const node = (id: string) => picture.nodes.find((n) => n.id === id);
      expect(node('latin-times')?.text).toMatch(/^Latin Times reporting outlet/);
      expect(node('nbc-news')?.text).toMatch(/^NBC News cited/);
      const officials = node('nbc-news-us-officials');
      expect(officials?.text).toBe('two current and two former U.S. officials anonymous · origin');
      expect(officials?.dashed).toBe(true);
      expect(node(CLAIM)?.text).toMatch(/^The Trump administration is preparing plans .* claim$/);

      const edge = (from: string, to: string) =>
        picture.edges.find((e) => e.from === from && e.to === to);
      expect(edge('latin-times', 'nbc-news')).toMatchObject({
        kind: 'citation',
        label: 'cites · 2025-11-04',
      });
      expect(edge('nbc-news', 'nbc-news-us-officials')).toMatchObject({
        kind: 'citation',
        label: 'cites · 2025-11-03',
      });
      expect(edge('nbc-news-us-officials', 'claim')).toMatchObject({ label: 'said' });

      const denial = edge('claudia-sheinbaum', 'claim');
      expect(denial).toMatchObject({ kind: 'denial', stroke: COLORS.denial });
      expect(denial?.label).toMatch(/^denied · 2025-11-0\d$/);
      expect(node('claudia-sheinbaum')).toMatchObject({ stroke: COLORS.denial });
      expect(node('claudia-sheinbaum')?.text).toMatch(/^Claudia Sheinbaum/);
      expect(picture.edges.filter((e) => e.stroke === COLORS.denial)).toEqual([denial]);

      // Readable at 600 px: drawn at its own size (not shrunk), no text under 12 px, every
      // name inside its box.
      expect(picture.width).toBeLessThanOrEqual(WIDTH);
      expect(picture.smallestFont).toBeGreaterThanOrEqual(12);
      expect(picture.nodes.filter((n) => !n.fits)).toEqual([]);
      expect(blocked).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('draws the claim as known on a date: before the Latin Times report and the denial', async () => {
    const res = await app.fetch(
      `http://test/claims/${CLAIM}/provenance.svg?asOf=2025-11-03T12:00:00Z`,
    );
    expect(res.status).toBe(200);
    const svg = await res.text();
    expect(svg).toContain('data-id="nbc-news"');
    expect(svg).not.toContain('data-id="latin-times"');
    expect(svg).not.toContain('class="edge denial"');
    expect(svg).toContain('as known on 2025-11-03');
  });

  it('answers an unknown claim with 404 NOT_FOUND and a bad asOf with 400', async () => {
    const missing = await app.fetch(`http://test/claims/${unique('no-such')}/provenance.svg`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });

    const bad = await app.fetch(`http://test/claims/${CLAIM}/provenance.svg?asOf=yesterday`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT' } }],
    });
    const post = await app.fetch(`http://test/claims/${CLAIM}/provenance.svg`, { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('needs an API key on a keyed service; a reader key is enough', async () => {
    const keyed = createApp(db, { security: { ...OPEN, auth: 'keys' } });
    const url = `http://test/claims/${CLAIM}/provenance.svg`;
    const anonymous = await keyed.fetch(url);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const wrong = await keyed.fetch(url, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);

    const { key } = await new KeyStore(db).create('reader', unique('picture-reader'));
    const ok = await keyed.fetch(url, { headers: { authorization: `Bearer ${key}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/^<svg /);
  });

  it('counts pictures against the key’s rate limit, with the GraphQL requests', async () => {
    const limited = createApp(db, { security: { ...OPEN, auth: 'keys', ratePerMinute: 4 } });
    const { key } = await new KeyStore(db).create('reader', unique('picture-limited'));
    const headers = { authorization: `Bearer ${key}` };
    const picture = () => limited.fetch(`http://test/claims/${CLAIM}/provenance.svg`, { headers });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await picture()).status);
    const query = await limited.fetch('http://test/graphql', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { claims } }' }),
    });
    statuses.push(query.status);
    const refused = await picture();
    statuses.push(refused.status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    expect(await refused.json()).toMatchObject({
      errors: [{ extensions: { code: 'RATE_LIMITED' } }],
    });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
