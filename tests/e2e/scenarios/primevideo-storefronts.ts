/**
 * Prime Video on another Amazon storefront (docs/sites.md, Prime Video): www.amazon.de turned on from its
 * own checkbox under the Prime Video switch; an episode on its German /gp/video/ page sends start and stop
 * for the right episode; its shop pages get no script (the registration names its /gp/video/ pages only,
 * and in Chromium the shop page has no world of ours while the /gp/video/ page has one).
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import { expect } from 'vitest';
import { primeDetailUrl, primeShopUrl } from '../../fixtures/sites/primevideo-player';
import { chromeSiteAccess } from '../harness/chromium-site-access';
import type { AnyPage } from '../harness/pages';
import type { Session } from '../harness/suite';
import { click, closePage, evaluate, goto, waitFor } from './extension-pages';
import { eventually } from './slice';
import {
  driverFor,
  printRecords,
  recordsOf,
  type StreamingCase,
  type StreamingRun,
  waitForEpisode,
} from './streaming-flows';

const STOREFRONT = 'www.amazon.de';
const BOX = `input[data-storefront="${STOREFRONT}"]`;

interface ScriptingApi {
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
}

/** Every registered script's patterns that name the storefront, read from the options page. */
const storefrontPatterns = (options: AnyPage) =>
  evaluate(
    options,
    async (host) => {
      const scope = globalThis as unknown as { browser?: ScriptingApi; chrome?: ScriptingApi };
      const api = scope.browser ?? scope.chrome;
      if (!api) throw new Error('no extension API in this page');
      const scripts = await api.scripting.getRegisteredContentScripts();
      return scripts.flatMap((script) =>
        (script.matches ?? []).filter((pattern) => pattern.includes(host)).map((p) => `${script.id} ${p}`),
      );
    },
    STOREFRONT,
  );

/** Chromium only: whether a world of our extension runs in the page (its isolated world, through CDP). */
async function ourWorldIn(page: AnyPage, extensionId: string): Promise<boolean> {
  const playwright = page as PlaywrightPage;
  const cdp = await playwright.context().newCDPSession(playwright);
  const origins: string[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => origins.push(event.context.origin));
  // Enabling reports every context the page already has.
  await cdp.send('Runtime.enable');
  await cdp.detach();
  return origins.includes(`chrome-extension://${extensionId}`);
}

export async function storefrontTracksItsEpisode(
  session: Session,
  options: AnyPage,
  run: StreamingRun,
  boys: StreamingCase,
): Promise<void> {
  // Chromium's permission dialog is browser UI no test answers (streaming-suite.ts): the host is granted
  // as its extensions page grants it, and the checkbox's request then resolves at once.
  if (session.browser === 'chromium') await chromeSiteAccess(session.chrome, 'grant', [STOREFRONT]);
  // The threshold's scenario played E7 and E8 before: what follows is told apart from it.
  run.world.control.clearLog();
  await click(options, BOX);
  await waitFor(options, `${BOX}:checked`);
  const patterns = await eventually(
    () => storefrontPatterns(options),
    (seen) => seen.length > 0,
  );
  expect(patterns).toEqual([`primevideo-player https://${STOREFRONT}/gp/video/*`]);

  const page = await run.newTab();
  await goto(page, primeDetailUrl('boys', 7, STOREFRONT));
  await driverFor(boys).play(page);
  await waitForEpisode(run.world, boys, 7, 1);
  if (session.browser === 'chromium') expect(await ourWorldIn(page, session.chrome.extensionId)).toBe(true);
  await driverFor(boys).seek(page, 50);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  // Left for the storefront's shop page of the same title, which carries the same player.
  await goto(page, `${primeShopUrl('boys', STOREFRONT)}?episode=8`);
  const records = await waitForEpisode(run.world, boys, 7, 2);
  printRecords(run, 'amazon.de: E7 started, left at 50 % for the shop page', records);
  expect(records.map((record) => record.path)).toEqual(['/scrobble/start', '/scrobble/stop']);

  await closePage(page);

  // The shop page in a tab of its own (Chromium keeps a world a frame had for the frame's next page):
  // its player played, nothing sent, and (Chromium) no world of ours in it.
  const shop = await run.newTab();
  await goto(shop, `${primeShopUrl('boys', STOREFRONT)}?episode=8`);
  await driverFor(boys).play(shop);
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  expect(recordsOf(run.world, boys, 8)).toEqual([]);
  if (session.browser === 'chromium') expect(await ourWorldIn(shop, session.chrome.extensionId)).toBe(false);
  await closePage(shop);
}
