/**
 * The Chromium harness itself: the extension loads under its pinned id, every mapped host reaches the
 * local world and nothing else resolves, extension pages open, and the worker can be stopped and woken.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './harness/build-output';
import { type ChromiumSession, launchChromium, PINNED_EXTENSION_ID } from './harness/chromium';
import { measureControl } from './harness/control-measure';
import { checkControlHelpers } from './harness/pages-contract';
import { unreachedHosts } from './harness/probe-hosts';
import { startWorld, type World } from './harness/world';
import { fetchFromWorld, titleOf } from './harness/world-fetch';
import { horizontalOverflow } from './scenarios/layout-overflow';

interface ChromeGlobal {
  chrome: {
    identity: { getRedirectURL(): string };
    runtime: { sendMessage(message: unknown): Promise<unknown> };
  };
}

const MATRIX_URL = 'https://www.imdb.com/title/tt0133093/';

let world: World;
let chrome: ChromiumSession;

beforeAll(async () => {
  world = await startWorld();
  chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
});

afterAll(async () => {
  await chrome?.close();
  await world?.close();
});

describe('Chromium harness', () => {
  it('loads the extension under the pinned id, with its service worker', async () => {
    expect(chrome.extensionId).toBe(PINNED_EXTENSION_ID);
    const worker = await chrome.serviceWorker();
    expect(worker.url()).toBe(`chrome-extension://${PINNED_EXTENSION_ID}/background.js`);
  });

  it('sends every mapped host to the local world and resolves nothing else', async () => {
    const page = await chrome.context.newPage();
    expect(await unreachedHosts(world, (url) => page.goto(url))).toEqual([]);
    const response = await page.goto(MATRIX_URL);
    expect(response?.ok()).toBe(true);
    expect(await response?.serverAddr()).toEqual({ ipAddress: '127.0.0.1', port: world.port });
    expect(await page.title()).toBe(titleOf(await fetchFromWorld(world, MATRIX_URL)));
    await expect(page.goto('https://example.org/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
    await page.close();
  });

  it('opens the popup page', async () => {
    const popup = await chrome.openPopup();
    expect(popup.url()).toBe(`chrome-extension://${PINNED_EXTENSION_ID}/popup.html`);
    expect(await popup.evaluate(() => document.readyState)).toBe('complete');
    await popup.close();
  });

  it('answers the registered identity redirect URL', async () => {
    const worker = await chrome.serviceWorker();
    const url = await worker.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.identity.getRedirectURL(),
    );
    expect(url).toBe(`https://${PINNED_EXTENSION_ID}.chromiumapp.org/`);
  });

  it('stops the service worker, which starts afresh on the next event', async () => {
    const worker = await chrome.serviceWorker();
    await worker.evaluate(() => {
      Object.assign(globalThis, { harnessMarker: 'before-stop' });
    });
    await chrome.stopServiceWorker();
    const popup = await chrome.openPopup();
    // A message is an event that wakes the worker (whether or not anything answers it).
    await popup.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.runtime
        .sendMessage({ type: 'harness-wake' })
        .catch(() => null),
    );
    const restarted = await chrome.serviceWorker();
    expect(await restarted.evaluate(() => 'harnessMarker' in globalThis)).toBe(false);
    await popup.close();
  });

  it('measures the control through an open or a closed shadow root, clipped label and all', async () => {
    const page = await chrome.context.newPage();
    for (const mode of ['open', 'closed'] as const) {
      await page.setContent(`<p>Title</p><div data-simkl-control></div><script>
        document.querySelector('[data-simkl-control]').attachShadow({ mode: '${mode}' }).innerHTML =
          '<button data-testid="simkl-button" style="width:60px;overflow:hidden;white-space:nowrap">' +
          'Simkl: far too long a label</button>';
        </script>`);
      const control = await measureControl(page);
      expect(control?.shadowRoot).toBe(mode);
      expect(control?.text).toBe('Simkl: far too long a label');
      expect(control?.clientWidth).toBeLessThan(control?.scrollWidth ?? 0);
      expect(control?.host.top).toBeGreaterThan(0);
    }
    await page.setContent('<p>No control here</p>');
    expect(await measureControl(page)).toBeUndefined();
    await page.close();
  });

  it('names what overflows a page, and leaves screen-reader text alone', async () => {
    const page = await chrome.context.newPage();
    await page.setViewportSize({ width: 200, height: 200 });
    const nowrap = 'width:50px;white-space:nowrap';
    await page.setContent(`<body style="margin:0">
      <div id="clipped" style="${nowrap};overflow:hidden">a label far too long</div>
      <div id="spills" style="${nowrap}">a label far too long</div>
      <div id="outside" style="width:260px">wide</div>
      <span style="position:absolute;width:1px;height:1px;overflow:hidden">screen-reader text</span>
      <div id="fits" style="width:100px">ok</div></body>`);
    const widths = await horizontalOverflow(page);
    expect(widths.scrollWidth).toBeGreaterThan(widths.clientWidth);
    expect(widths.offenders.map(({ what, kind }) => `${kind} ${what}`).sort()).toEqual([
      'clipped div#clipped',
      'outside div#outside',
      'spills div#spills',
    ]);
    await page.close();
  });

  it('drives a shadow-root control with the pages.ts helpers', async () => {
    const page = await chrome.context.newPage();
    await checkControlHelpers(page);
    await page.close();
  });
});
