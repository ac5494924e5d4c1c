import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIMKL_HOSTS } from '../../lib/hosts';
import { syntheticTitle } from '../simkl-service/catalogue/synthetic';
import { DEMO_USER } from '../simkl-service/index';
import { ensureBuilt } from './harness/build-output';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { startWorld, type World } from './harness/world';
import { eventually, signInFromTheControl } from './scenarios/slice';

const BADGE = '[data-simkl-badge]';
/** The first 40 made-up films (the chart says its titles are films). */
const KNOWN = Array.from({ length: 80 }, (_, index) => syntheticTitle(index))
  .filter((title) => title.kind === 'movie')
  .slice(0, 40);
const CHART = `https://www.imdb.com/chart/top/?fixture=badges-250&known=${KNOWN.map((title) => title.imdb).join(',')}`;

let world: World;
let chrome: ChromiumSession;
let page: Page;

beforeAll(async () => {
  world = await startWorld();
  world.control.seedSyntheticLibrary(DEMO_USER.id, 80);
  chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
  page = await chrome.context.newPage();
});

afterAll(async () => {
  await chrome?.close();
  await world?.close();
});

/** The badges' accessible names, read through CDP, which pierces closed shadow roots. */
async function badgeLabels(cdp: CDPSession): Promise<string[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: { attributes?: string[]; children?: unknown[]; shadowRoots?: unknown[] };
  };
  const labels: string[] = [];
  const walk = (node: { attributes?: string[]; children?: unknown[]; shadowRoots?: unknown[] }) => {
    const attributes = node.attributes ?? [];
    const label = attributes[attributes.indexOf('aria-label') + 1];
    if (
      attributes.includes('role') &&
      attributes[attributes.indexOf('role') + 1] === 'img' &&
      label?.startsWith('Simkl:')
    )
      labels.push(label);
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child as typeof node);
  };
  walk(root);
  return labels;
}

const simklRequests = () =>
  world.control.requestLog().filter((entry) => (SIMKL_HOSTS as readonly string[]).includes(entry.host))
    .length;

describe('list badges on a 250-entry IMDb chart in Chromium', () => {
  it('shows exactly the 40 titles on the lists, with their labels, and asks Simkl nothing', async () => {
    await signInFromTheControl(world, page);
    const snapshot = world.control.library(DEMO_USER.id);
    const entries = snapshot.movies.filter((entry) => KNOWN.some((title) => title.simkl === entry.simkl));
    expect(entries).toHaveLength(40);
    // The first visit may meet the sign-in's sync; wait until the mirror has all 40.
    await page.goto(CHART);
    await eventually(
      () => page.locator(BADGE).count(),
      (count) => count === 40,
      20_000,
    );
    expect(await page.locator(BADGE).count()).toBe(40);
    const before = simklRequests();
    await page.reload();
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 40, BADGE);
    expect(await page.locator(BADGE).count()).toBe(40);
    const cdp = await chrome.context.newCDPSession(page);
    const labels = await badgeLabels(cdp);
    expect(labels).toHaveLength(40);
    for (const entry of entries) {
      const status = { completed: 'Completed', plantowatch: 'Plan to Watch', dropped: 'Dropped' }[
        entry.status as 'completed'
      ];
      const expected =
        entry.status === 'completed' && entry.rating !== null
          ? `Simkl: Completed, rated ${entry.rating}`
          : `Simkl: ${status}`;
      expect(labels).toContain(expected);
    }
    expect(simklRequests() - before).toBe(0);
  });

  it('a page script cannot read a badge: no shadow root, no text', async () => {
    const seen = await page.evaluate((selector) => {
      const hosts = [...document.querySelectorAll<HTMLElement>(selector)];
      return {
        roots: hosts.filter((host) => host.shadowRoot !== null).length,
        // biome-ignore lint/performance/useDomNodeTextContent: a hostile page reads the rendered text too
        text: hosts.map((host) => host.innerText + host.textContent).join(''),
        widths: new Set(hosts.map((host) => host.getBoundingClientRect().width)).size,
      };
    }, BADGE);
    expect(seen).toEqual({ roots: 0, text: '', widths: 1 });
  });

  it('with IMDb switched off in the options, the chart shows no badge until it is switched back on', async () => {
    const options = await chrome.context.newPage();
    await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
    const toggle = options.locator('input[data-badges=imdb]');
    await toggle.uncheck();
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 0, BADGE);
    await page.reload();
    await page.waitForSelector('a.ipc-title-link-wrapper');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.locator(BADGE).count()).toBe(0);
    await toggle.check();
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 40, BADGE);
    await options.close();
  });
});
