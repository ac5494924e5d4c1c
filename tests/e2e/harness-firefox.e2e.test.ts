/**
 * The Firefox harness itself, for both Firefox builds: the add-on installs and its background page
 * runs, every mapped host reaches the local world (and nothing else leaves the browser), extension
 * pages open, and the identity redirect URL is the one registered with Simkl.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildTarget, ensureBuilt } from './harness/build-output';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { checkControlHelpers } from './harness/pages-contract';
import { unreachedHosts } from './harness/probe-hosts';
import { startWorld, type World } from './harness/world';
import { fetchFromWorld, titleOf } from './harness/world-fetch';

/** sha1('simkl-extension@simkl.com'): Firefox derives the redirect host from the add-on id. */
const FIREFOX_REDIRECT_URL = 'https://50745f251671b0c3ef86d38c9a79a27051cfc1e6.extensions.allizom.org/';
const MATRIX_URL = 'https://www.imdb.com/title/tt0133093/';

interface ExtensionGlobal {
  browser: {
    identity: { getRedirectURL(): string };
    runtime: { getBackgroundPage(): Promise<Window | null> };
  };
}

let world: World;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.close();
});

describe.each<BuildTarget>(['firefox-mv2', 'firefox-mv3'])('Firefox harness (%s)', (target) => {
  let firefox: FirefoxSession;

  beforeAll(async () => {
    firefox = await launchFirefox({ extensionDir: ensureBuilt(target), world });
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('installs the add-on, opens its popup page and runs its background page', async () => {
    const popup = await firefox.openPopup();
    // page.url() stays about:blank: BiDi never reports the moz-extension:// navigation (pitfall 11).
    expect(await popup.evaluate(() => location.href)).toBe(`${firefox.extensionOrigin}/popup.html`);
    const background = await popup.evaluate(async () => {
      const page = await (globalThis as unknown as ExtensionGlobal).browser.runtime.getBackgroundPage();
      return page?.location.href ?? null;
    });
    expect(background).toBe(`${firefox.extensionOrigin}/_generated_background_page.html`);
    await popup.close();
  });

  it('sends every mapped host to the local world and lets nothing else out', async () => {
    const page = await firefox.newPage();
    expect(await unreachedHosts(world, (url) => page.goto(url))).toEqual([]);
    const response = await page.goto(MATRIX_URL);
    expect(response?.ok()).toBe(true);
    expect(await page.title()).toBe(titleOf(await fetchFromWorld(world, MATRIX_URL)));
    await expect(page.goto('https://example.org/')).rejects.toThrow();
    expect(firefox.refusedHosts()).toContain('example.org:443');
    expect(
      firefox.refusedHosts().filter((host) => world.hostnames.includes(host.replace(/:\d+$/, ''))),
    ).toEqual([]);
    await page.close();
  });

  it('answers the identity redirect URL derived from the gecko id', async () => {
    const popup = await firefox.openPopup();
    const url = await popup.evaluate(() =>
      (globalThis as unknown as ExtensionGlobal).browser.identity.getRedirectURL(),
    );
    expect(url).toBe(FIREFOX_REDIRECT_URL);
    await popup.close();
  });

  it('drives a control in a closed shadow root with the pages.ts helpers', async () => {
    const page = await firefox.newPage();
    await checkControlHelpers(page);
    await page.close();
  });
});
