import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/env.js';
import { buildWeb } from '../../src/web/build/build-web.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/web/build/chromium.js';
import { WEB_BUILD_DIR } from '../../src/web/build/paths.js';
import { graphqlClient, openTestDatabase } from './support/graph.js';
import { startToolingServer } from './support/tooling-server.js';

/** Screenshots land here (git-ignored), for a person to look at after a run. */
const ARTIFACTS_DIR = path.join(PROJECT_ROOT, 'test-artifacts');
/** Waits in the browser: generous, the machine is shared and the layout runs on the CPU. */
const UI_TIMEOUT_MS = 30_000;
/** The workbench's first answer: Monaco and the schema load first, slowly on a busy machine. */
const WORKBENCH_TIMEOUT_MS = 90_000;
/** Pause before pressing run again (a press while a query runs stops it). */
const WORKBENCH_RERUN_MS = 10_000;

const { db } = openTestDatabase();
const graphql = graphqlClient(db);
// Undefined when beforeAll failed before starting them, so afterAll checks.
let server: Awaited<ReturnType<typeof startToolingServer>> | undefined;
let browser: BrowserContext | undefined;
let profile: string;
/** Every request a page made that did not go to the server under test: must stay empty (closed networks). */
const outside: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`${CHROMIUM_PATH} is missing: run "npm test" as root (it installs Debian's chromium) or apt-get install chromium`);
  if (!existsSync(path.join(WEB_BUILD_DIR, 'BUILT'))) await buildWeb();
  server = await startToolingServer(db);
  profile = mkdtempSync(path.join(os.tmpdir(), 'diplograph-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  browser.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server!.url) && !url.startsWith(server!.url.replace(/^http/, 'ws')) && !/^(blob|data):/.test(url)) outside.push(url);
  });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await server?.stop();
  await db.close();
});

async function openPage(pathAndQuery: string): Promise<Page> {
  const page = await browser!.newPage();
  page.setDefaultTimeout(UI_TIMEOUT_MS);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL(pathAndQuery, server!.url).href);
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

const draws = (page: Page) => page.evaluate(() => (window as any).__explorer.draws as number);
const waitForDraw = (page: Page, after: number) =>
  page.waitForFunction((count) => (window as any).__explorer.draws > count && !(window as any).__explorer.loading, after);
const onScreen = (page: Page) => page.evaluate(() => (window as any).__explorer.view.graph.nodes() as string[]);

describe('the pages in a real browser (Debian chromium, offline)', () => {
  it(
    'the workbench opens with the cookbook queries and runs one',
    async () => {
      const page = await openPage('/graphiql');
      await page.getByText('FindAnActorByANameOrAliasWhateverTheAccents', { exact: false }).first().waitFor();
      // Monaco and the schema load after the tabs show, so run until the answer appears. The run
      // button stops a query in flight, so it is pressed again only after a pause.
      let lastClick = 0;
      await expect
        .poll(
          async () => {
            const response = await page
              .locator('.graphiql-response')
              .first()
              .innerText({ timeout: 2000 })
              .catch(() => '');
            if (response.includes('mevlut-cavusoglu')) return true;
            if (Date.now() - lastClick > WORKBENCH_RERUN_MS) {
              lastClick = Date.now();
              await page.locator('.graphiql-execute-button').click();
            }
            return false;
          },
          { timeout: WORKBENCH_TIMEOUT_MS, interval: 1000 },
        )
        .toBe(true);
      expect(await page.locator('a[href="/explorer"]').count()).toBe(1);
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
      await page.close();
    },
    WORKBENCH_TIMEOUT_MS + 30_000,
  );

  it('the explorer: search Shoigu, see Le Drian, read the evidence of their edge, filter it away by date', async () => {
    const page = await openPage('/explorer');
    await page.locator('#actor-input').fill('Shoigu');
    await page.locator('#actor-suggestions [role="option"]', { hasText: 'Sergei Shoigu' }).waitFor();
    const before = await draws(page);
    await page.locator('#actor-input').press('Enter');
    await waitForDraw(page, before);
    expect(new URL(page.url()).searchParams.get('actor')).toBe('sergei-shoigu');

    // Le Drian appears, as the API says he is Shoigu's neighbour.
    expect(await onScreen(page)).toContain('jean-yves-le-drian');
    const label = await page.evaluate(() => (window as any).__explorer.view.graph.getNodeAttribute('jean-yves-le-drian', 'label'));
    expect(label).toBe('Jean-Yves Le Drian');

    // Click the line between them; the panel shows every sentence stating their relations.
    const edge = await page.evaluate(() => (window as any).__explorer.view.edgesBetween('sergei-shoigu', 'jean-yves-le-drian')[0] as string);
    const middle: { x: number; y: number } = await page.evaluate((id) => (window as any).__explorer.view.edgeMidpoint(id), edge);
    const box = (await page.locator('#graph').boundingBox())!;
    await expect
      .poll(
        async () => {
          await page.mouse.click(box.x + middle.x, box.y + middle.y);
          return page
            .locator('#panel blockquote')
            .first()
            .isVisible()
            .catch(() => false);
        },
        { timeout: UI_TIMEOUT_MS, interval: 1000 },
      )
      .toBe(true);
    const expected = await graphql<{ relations: { edges: { node: { evidence: { quote: string }[] } }[] } }>(
      '{ relations(filter: { actorIds: ["sergei-shoigu"], targetIds: ["jean-yves-le-drian"] }, first: 50) { edges { node { evidence { quote } } } } }',
    );
    const quotes = [...new Set(expected.data!.relations.edges.flatMap((e) => e.node.evidence.map((evidence) => evidence.quote)))].sort();
    expect(quotes.length).toBeGreaterThan(0);
    const shown = [...new Set(await page.locator('#panel blockquote').allTextContents())].sort();
    expect(shown).toEqual(quotes);
    const meta = await page.locator('#panel .evidence .meta').first().textContent();
    expect(meta).toMatch(/2015-12-22/);

    // A date filter after their meeting hides the edge (and Le Drian with it), without a reload.
    const beforeFilter = await draws(page);
    await page.locator('#since').fill('2016-01-01');
    await page.locator('#since').dispatchEvent('change');
    await waitForDraw(page, beforeFilter);
    expect(await onScreen(page)).not.toContain('jean-yves-le-drian');
    expect(new URL(page.url()).searchParams.get('since')).toBe('2016-01-01');
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'explorer-shoigu-filtered.png') });

    // The address bar holds the view: opening it again draws the same.
    const again = await openPage(new URL(page.url()).pathname + new URL(page.url()).search);
    await waitForDraw(again, 0);
    expect((await onScreen(again)).sort()).toEqual((await onScreen(page)).sort());
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await again.close();
    await page.close();
  });

  it('path mode highlights the shortest paths the API finds', async () => {
    const expected = await graphql<{ paths: { length: number; nodes: { id: string }[] }[] }>(
      '{ paths(fromId: "jean-yves-le-drian", toId: "vladimir-putin", limit: 3) { length nodes { id } } }',
    );
    const shortest = Math.min(...expected.data!.paths.map((p) => p.length));
    const page = await openPage('/explorer?mode=path&from=jean-yves-le-drian&to=vladimir-putin');
    await waitForDraw(page, 0);
    await expect.poll(() => page.locator('#status').textContent()).toContain(`the shortest (${shortest} steps) highlighted`);
    const drawn = (await onScreen(page)).sort();
    expect(drawn).toEqual([...new Set(expected.data!.paths.flatMap((p) => p.nodes.map((n) => n.id)))].sort());
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'explorer-path.png') });
    await page.close();
  });

  it('fetched nothing from outside the server', () => {
    expect(outside).toEqual([]);
  });
});
