/**
 * Firefox ESR with the extension installed as a temporary add-on over WebDriver BiDi (puppeteer-core),
 * (docs/architecture.md, Browsers in the tests): hosts reach the world through a PAC + local CONNECT proxy, the world's
 * certificate is accepted, and the moz-extension:// UUID is fixed so tests can open extension pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { requireFirefox } from './browsers';
import { type ConnectProxy, pacUrl, startConnectProxy } from './connect-proxy';
import type { WorldAddress } from './world';

/** The moz-extension:// host; Firefox picks a random one per profile unless told. */
export const FIREFOX_EXTENSION_UUID = '5e1f5e1f-0000-4e2e-9000-00000000e2e0';

export interface FirefoxOptions {
  extensionDir: string;
  world: WorldAddress;
  headless?: boolean;
  /** More about:config preferences for this profile. */
  prefs?: Record<string, string | number | boolean>;
}

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://<uuid> */
  extensionOrigin: string;
  /** The gecko id from the built manifest. */
  extensionId: string;
  openPopup(): Promise<Page>;
  /**
   * Any page of the extension, e.g. 'options.html'. Its page.url() keeps reading about:blank (BiDi
   * never reports the navigation): read `location.href` through evaluate instead.
   */
  openExtensionPage(pathname: string): Promise<Page>;
  newPage(): Promise<Page>;
  /** The proxy's refusals: hosts the browser tried that are not mapped. */
  refusedHosts(): string[];
  /** The network gone (true) or back (false), for the whole browser, its extension included. */
  cutNetwork(cut: boolean): void;
  close(): Promise<void>;
}

const MAX_OPEN_ATTEMPTS = 3;

/**
 * Firefox's BiDi sometimes fails the poll's evaluate when it races the page's own navigation
 * ("right-hand side of 'in' should be an object"); opening the page again works. A real timeout
 * ("… ms exceeded") is not retried.
 */
function isBidiNavigationRace(error: unknown): boolean {
  const text = `${String(error)} ${String((error as { cause?: unknown } | null)?.cause ?? '')}`;
  return /right-hand side of 'in'|Waiting failed/.test(text) && !/ms exceeded/.test(text);
}

export async function launchFirefox(options: FirefoxOptions): Promise<FirefoxSession> {
  const { extensionDir, world, headless = true, prefs = {} } = options;
  const executablePath = requireFirefox();
  const geckoId = readGeckoId(extensionDir);
  const proxy: ConnectProxy = await startConnectProxy(world);
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless,
      acceptInsecureCerts: true,
      // Pitfall 11: BiDi refuses to navigate to moz-extension:// pages without it.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.proxy.type': 2,
        'network.proxy.autoconfig_url': pacUrl(proxy.port),
        'network.proxy.failover_direct': false,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
        ...prefs,
      },
    });
    const installed = await browser.installExtension(extensionDir);
    if (installed !== geckoId) throw new Error(`Installed add-on id ${installed}, expected ${geckoId}`);
  } catch (error) {
    await browser?.close();
    await proxy.close();
    throw error;
  }
  const running = browser;
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const openOnce = async (pathname: string): Promise<Page> => {
    const page = await running.newPage();
    const url = `${extensionOrigin}/${pathname}`;
    // Pitfall 11: goto to a moz-extension:// page never reports 'load'; start it and poll instead.
    page.goto(url).catch(() => {});
    try {
      await page.waitForFunction(
        (expected: string) => location.href === expected && document.readyState === 'complete',
        { polling: 50, timeout: 15_000 },
        url,
      );
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
    return page;
  };
  const openExtensionPage = async (pathname: string): Promise<Page> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await openOnce(pathname);
      } catch (error) {
        if (attempt >= MAX_OPEN_ATTEMPTS || !isBidiNavigationRace(error)) throw error;
      }
    }
  };
  return {
    browser: running,
    extensionOrigin,
    extensionId: geckoId,
    openPopup: () => openExtensionPage('popup.html'),
    openExtensionPage,
    newPage: () => running.newPage(),
    refusedHosts: () => [...proxy.refused],
    cutNetwork: (cut) => proxy.setCut(cut),
    close: async () => {
      await running.close();
      await proxy.close();
    },
  };
}

function readGeckoId(extensionDir: string): string {
  const manifest: unknown = JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const id = (manifest as { browser_specific_settings?: { gecko?: { id?: unknown } } })
    .browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${extensionDir}/manifest.json has no gecko id`);
  return id;
}
