/**
 * The harness itself. Chromium: the extension loads under its pinned id, every mapped host reaches the
 * local world and nothing else resolves, extension pages open, and the worker can be stopped and
 * woken. Firefox, for both its builds: the add-on installs and its background page runs, every mapped
 * host reaches the local world (and nothing else leaves the browser), extension pages open, and the
 * identity redirect URL is the one registered with Simkl. Both: the pages.ts helpers drive a control
 * in a closed shadow root.
 */
import { beforeAll, expect, it } from 'vitest';
import { PINNED_EXTENSION_ID } from './harness/chromium';
import { measureControl } from './harness/control-measure';
import type { AnyPage } from './harness/pages';
import { checkControlHelpers } from './harness/pages-contract';
import { unreachedHosts } from './harness/probe-hosts';
import { describeInBrowsers, type Session } from './harness/suite';
import { fetchFromWorld, titleOf } from './harness/world-fetch';
import { closePage } from './scenarios/extension-pages';
import { horizontalOverflow } from './scenarios/layout-overflow';

interface ChromeGlobal {
  chrome: {
    identity: { getRedirectURL(): string };
    runtime: { sendMessage(message: unknown): Promise<unknown> };
  };
}

interface ExtensionGlobal {
  browser: {
    identity: { getRedirectURL(): string };
    runtime: { getBackgroundPage(): Promise<Window | null> };
  };
}

/** sha1('simkl-extension@simkl.com'): Firefox derives the redirect host from the add-on id. */
const FIREFOX_REDIRECT_URL = 'https://50745f251671b0c3ef86d38c9a79a27051cfc1e6.extensions.allizom.org/';
const MATRIX_URL = 'https://www.imdb.com/title/tt0133093/';

describeInBrowsers(
  'the harness',
  { scenario: 'harness', firefoxBuilds: ['firefox-mv2', 'firefox-mv3'] },
  (suite) => {
    let session: Session;

    beforeAll(async () => {
      session = await suite.start();
    });

    suite.it('chromium', 'loads the extension under the pinned id, with its service worker', async () => {
      expect(session.chrome.extensionId).toBe(PINNED_EXTENSION_ID);
      const worker = await session.chrome.serviceWorker();
      expect(worker.url()).toBe(`chrome-extension://${PINNED_EXTENSION_ID}/background.js`);
    });

    suite.it('chromium', 'sends every mapped host to the local world and resolves nothing else', async () => {
      const page = await session.chrome.context.newPage();
      expect(await unreachedHosts(session.world, (url) => page.goto(url))).toEqual([]);
      const response = await page.goto(MATRIX_URL);
      expect(response?.ok()).toBe(true);
      expect(await response?.serverAddr()).toEqual({ ipAddress: '127.0.0.1', port: session.world.port });
      expect(await page.title()).toBe(titleOf(await fetchFromWorld(session.world, MATRIX_URL)));
      await expect(page.goto('https://example.org/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
      await page.close();
    });

    suite.it('chromium', 'opens the popup page', async () => {
      const popup = await session.chrome.openPopup();
      expect(popup.url()).toBe(`chrome-extension://${PINNED_EXTENSION_ID}/popup.html`);
      expect(await popup.evaluate(() => document.readyState)).toBe('complete');
      await popup.close();
    });

    suite.it('chromium', 'answers the registered identity redirect URL', async () => {
      const worker = await session.chrome.serviceWorker();
      const url = await worker.evaluate(() =>
        (globalThis as unknown as ChromeGlobal).chrome.identity.getRedirectURL(),
      );
      expect(url).toBe(`https://${PINNED_EXTENSION_ID}.chromiumapp.org/`);
    });

    suite.it('chromium', 'stops the service worker, which starts afresh on the next event', async () => {
      const worker = await session.chrome.serviceWorker();
      await worker.evaluate(() => {
        Object.assign(globalThis, { harnessMarker: 'before-stop' });
      });
      await session.chrome.stopServiceWorker();
      const popup = await session.chrome.openPopup();
      // A message is an event that wakes the worker (whether or not anything answers it).
      await popup.evaluate(() =>
        (globalThis as unknown as ChromeGlobal).chrome.runtime
          .sendMessage({ type: 'harness-wake' })
          .catch(() => null),
      );
      const restarted = await session.chrome.serviceWorker();
      expect(await restarted.evaluate(() => 'harnessMarker' in globalThis)).toBe(false);
      await popup.close();
    });

    suite.it(
      'chromium',
      'measures the control through an open or a closed shadow root, clipped label and all',
      async () => {
        const page = await session.chrome.context.newPage();
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
      },
    );

    suite.it('chromium', 'names what overflows a page, and leaves screen-reader text alone', async () => {
      const page = await session.chrome.context.newPage();
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

    suite.it(
      'firefox',
      'installs the add-on, opens its popup page and runs its background page',
      async () => {
        const popup = await session.firefox.openPopup();
        // page.url() stays about:blank: BiDi never reports the moz-extension:// navigation (pitfall 11).
        expect(await popup.evaluate(() => location.href)).toBe(
          `${session.firefox.extensionOrigin}/popup.html`,
        );
        const background = await popup.evaluate(async () => {
          const page = await (globalThis as unknown as ExtensionGlobal).browser.runtime.getBackgroundPage();
          return page?.location.href ?? null;
        });
        expect(background).toBe(`${session.firefox.extensionOrigin}/_generated_background_page.html`);
        await popup.close();
      },
    );

    suite.it('firefox', 'sends every mapped host to the local world and lets nothing else out', async () => {
      const page = await session.firefox.newPage();
      expect(await unreachedHosts(session.world, (url) => page.goto(url))).toEqual([]);
      const response = await page.goto(MATRIX_URL);
      expect(response?.ok()).toBe(true);
      expect(await page.title()).toBe(titleOf(await fetchFromWorld(session.world, MATRIX_URL)));
      await expect(page.goto('https://example.org/')).rejects.toThrow();
      expect(session.firefox.refusedHosts()).toContain('example.org:443');
      expect(
        session.firefox
          .refusedHosts()
          .filter((host) => session.world.hostnames.includes(host.replace(/:\d+$/, ''))),
      ).toEqual([]);
      await page.close();
    });

    suite.it('firefox', 'answers the identity redirect URL derived from the gecko id', async () => {
      const popup = await session.firefox.openPopup();
      const url = await popup.evaluate(() =>
        (globalThis as unknown as ExtensionGlobal).browser.identity.getRedirectURL(),
      );
      expect(url).toBe(FIREFOX_REDIRECT_URL);
      await popup.close();
    });

    it('drives a control in a closed shadow root with the pages.ts helpers', async () => {
      const page: AnyPage = await session.newPage();
      await checkControlHelpers(page);
      await closePage(page);
    });
  },
);
