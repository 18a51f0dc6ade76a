// Driving Neo4j Browser (5.x) in Debian's Chromium through playwright-core: launch, open and
// connect, run a command in the editor, read the frame it produced, take a screenshot.
//
// Selectors are the Browser's own data-testid attributes (the ones its Cypress suite uses):
//   connect form:  boltaddress, username, password, database, connect
//   editor:        activeEditor (Monaco; its <textarea> takes the keyboard), editor-Run
//   result stream: stream > frame (newest first) > frameCommand, frameContents >
//                  frame-loaded-contents (present once a Cypher request finished; a spinner before),
//                  cypherFrameErrorMessage (a failed query), frameStatusbar
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/**
 * Chromium flags for this machine. The background-networking/component/sync flags stop Chromium
 * from calling Google at start-up: on the closed network those calls fail and take its local
 * connections down with them.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium with a fresh temporary profile (playwright makes and removes it). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

export interface Credentials {
  /** Bolt URL as in NEO4J_URI, e.g. bolt://localhost:7688 or neo4j://localhost:7688. */
  uri: string;
  username: string;
  password: string;
  /** Leave out for the user's home database. */
  database?: string;
}

export const DEFAULT_TIMEOUT = 30_000;

/** A new page showing Neo4j Browser at `browserUrl`, ready for `connect`. */
export async function openBrowser(browser: Browser, browserUrl: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(DEFAULT_TIMEOUT);
  await page.goto(browserUrl);
  // The app renders the :server connect frame once it has asked the server for its Bolt address.
  await page.getByTestId('boltaddress').waitFor();
  return page;
}

/**
 * Fills in the connect form and waits until the Browser says it is connected. The Browser pre-fills
 * the address it discovered from the HTTP port; it is replaced with `creds.uri` (typing a full URL
 * into the address field also switches the scheme selector to that URL's scheme).
 */
export async function connect(page: Page, creds: Credentials): Promise<void> {
  await page.getByTestId('boltaddress').fill(creds.uri);
  if (creds.database) await page.getByTestId('database').fill(creds.database);
  await page.getByTestId('username').fill(creds.username);
  await page.getByTestId('password').fill(creds.password);

  const connectFrame = page
    .getByTestId('frame')
    .filter({ has: page.getByTestId('frameCommand').getByText(':server connect', { exact: true }) })
    .first();
  const connected = connectFrame.getByText('You are connected as user');
  const failed = connectFrame
    .getByTestId('frameStatusbar')
    .filter({ hasText: /error|fail|unauthori[sz]ed|refused|unavailable/i });
  const failedBefore = await failed.isVisible();
  await page.getByTestId('connect').click();
  // A retry after a failed attempt: the old message goes away when the new attempt starts.
  if (failedBefore) await failed.waitFor({ state: 'hidden' });
  await connected.or(failed).first().waitFor();
  if (!(await connected.isVisible())) {
    throw new Error(
      `Neo4j Browser could not connect to ${creds.uri}: ${(await failed.innerText()).trim()}`,
    );
  }
}

/**
 * Types `command` (Cypher or a `:` command such as `:play <url>`) into the main editor, runs it and
 * returns the new frame it produced (newest frames are on top of the stream).
 */
export async function runCommand(page: Page, command: string): Promise<Locator> {
  const frames = page.getByTestId('frame');
  // Mark the frames that exist already, so an older frame of the same command is never mistaken
  // for the new one.
  await frames.evaluateAll((els) => els.forEach((el) => el.setAttribute('data-e2e-seen', '')));

  const editor = page.getByTestId('activeEditor').locator('textarea');
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  // insertText, not type: Monaco would auto-close brackets and quotes typed key by key.
  await page.keyboard.insertText(command);
  await page.getByTestId('editor-Run').click();

  const frame = page
    .locator('[data-testid="frame"]:not([data-e2e-seen])')
    .filter({ has: page.getByTestId('frameCommand').getByText(command.trim(), { exact: true }) })
    .first();
  await frame.waitFor();
  return frame;
}

export class CypherFrameError extends Error {
  override name = 'CypherFrameError';
}

/**
 * Runs a Cypher query in the editor and waits for its result; returns the result frame.
 * Throws CypherFrameError with the Browser's message if the query failed.
 */
export async function runQuery(page: Page, cypher: string): Promise<Locator> {
  const frame = await runCommand(page, cypher);
  await frame.getByTestId('frame-loaded-contents').waitFor();
  const error = frame.getByTestId('cypherFrameErrorMessage');
  if (await error.count()) {
    throw new CypherFrameError(
      `Neo4j Browser reported an error for ${cypher}: ${(await frame.innerText()).trim()}`,
    );
  }
  return frame;
}

/** The newest frame in the stream. */
export const lastFrame = (page: Page): Locator => page.getByTestId('frame').first();

/** The visible text of a frame's contents (for a Cypher result: the current view, Table by default). */
export async function frameText(frame: Locator): Promise<string> {
  return (await frame.getByTestId('frameContents').innerText()).trim();
}

export interface ResultTable {
  columns: string[];
  /** Cell texts, row by row, in column order. */
  rows: string[][];
}

/** Reads a Cypher result frame's Table view. */
export async function readTable(frame: Locator): Promise<ResultTable> {
  const table = frame.getByTestId('frame-loaded-contents').getByRole('table');
  await table.waitFor();
  // Explicit roles only: the table's first column (row numbers) is a plain <th>/<td>.
  const columns = (await table.locator('thead [role="columnheader"]').allInnerTexts()).map((s) =>
    s.trim(),
  );
  const rows: string[][] = [];
  for (const row of await table.locator('tbody [role="row"]').all()) {
    rows.push((await row.locator('[role="cell"]').allInnerTexts()).map((s) => s.trim()));
  }
  return { columns, rows };
}

/**
 * Saves a screenshot of the page with `frame` (by default the newest frame) scrolled to the top of
 * the stream, creating the folder.
 */
export async function screenshot(
  page: Page,
  path: string,
  frame: Locator = lastFrame(page),
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  if (await frame.count()) await frame.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  // Frames slide in; finish those transitions rather than catch them half-way.
  await page.screenshot({ path, animations: 'disabled' });
}

/**
 * Runs `action` (e.g. a click in a guide) and returns the frame it added to the stream: the newest
 * frame that was not there before.
 */
export async function frameAddedBy(page: Page, action: () => Promise<void>): Promise<Locator> {
  // Its own marker, not runCommand's: locators that runCommand returned keep working.
  await page
    .getByTestId('frame')
    .evaluateAll((els) => els.forEach((el) => el.setAttribute('data-e2e-before', '')));
  await action();
  const frame = page.locator('[data-testid="frame"]:not([data-e2e-before])').first();
  await frame.waitFor();
  return frame;
}

/**
 * Runs a guide's runnable code block (`<pre class="runnable">`) with its play icon, as a user
 * would, and returns the frame it produced. (A click on the block itself only copies it into the
 * editor.)
 */
export function runGuideBlock(page: Page, block: Locator): Promise<Locator> {
  return frameAddedBy(page, async () => {
    await block.scrollIntoViewIfNeeded();
    await block.locator('i.fa-play-circle-o').first().click();
  });
}

/** Switches a Cypher result frame to one of its views (the buttons on the frame's left). */
export async function showView(
  frame: Locator,
  view: 'Visualization' | 'Table' | 'Ascii' | 'Code',
): Promise<void> {
  await frame.getByTestId(`cypherFrameSidebar${view}`).click();
}

/** Waits until a result frame's graph visualisation shows at least `minNodes` nodes. */
export async function waitForGraph(frame: Locator, minNodes = 1): Promise<void> {
  await frame
    .locator('svg g.node')
    .nth(minNodes - 1)
    .waitFor();
}

/**
 * Waits until the force layout of a frame's graph stops moving the nodes (or `timeout` ms pass),
 * then zooms the view to fit the whole graph.
 */
export async function settleAndFitGraph(frame: Locator, timeout = 10_000): Promise<void> {
  const positions = () =>
    frame
      .locator('svg g.node')
      .evaluateAll((els) => els.map((el) => el.getAttribute('transform') ?? '').join(';'));
  const deadline = Date.now() + timeout;
  let previous = await positions();
  while (Date.now() < deadline) {
    await frame.page().waitForTimeout(250);
    const current = await positions();
    if (current === previous) break;
    previous = current;
  }
  await frame.locator('[aria-label="zoom-to-fit"]').click();
  // The zoom is animated; let it finish.
  await frame.page().waitForTimeout(1_000);
}

export interface GraphNode {
  /** The caption lines as drawn inside the node, joined with spaces. */
  caption: string;
  /** The node's fill colour, as the graph style gives it. */
  color: string;
}

/** The nodes drawn in a frame's graph visualisation. */
export function graphNodes(frame: Locator): Promise<GraphNode[]> {
  return frame.locator('svg g.node').evaluateAll((els) =>
    els.map((el) => ({
      caption: Array.from(el.querySelectorAll('text.caption'), (t) => t.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
      color: el.querySelector('circle.b-outline')?.getAttribute('fill') ?? '',
    })),
  );
}

/** The captions of the relationships drawn in a frame's graph visualisation. */
export function graphRelationshipCaptions(frame: Locator): Promise<string[]> {
  return frame
    .locator('svg g.relationship text')
    .evaluateAll((els) => els.map((el) => (el.textContent ?? '').trim()).filter(Boolean));
}
