/**
 * Firefox ESR with the extension installed as a temporary add-on over WebDriver BiDi (puppeteer-core),
 * (docs/architecture.md, Browsers in the tests): hosts reach the world through a PAC + local CONNECT proxy, the world's
 * certificate is accepted, and the moz-extension:// UUID is fixed so tests can open extension pages.
 */
import fs from 'node:fs';
import os from 'node:os';
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

/**
 * For several pages that play at once in one Firefox, each in its own tab: media may start in a tab
 * that is not in front, background tabs' timers are not slowed (the minimum of 1 s, the budget) and
 * their video keeps decoding, so a player in the background reports its time as one in front does.
 */
export const BACKGROUND_TABS_PREFS: Readonly<Record<string, string | number | boolean>> = {
  'media.block-autoplay-until-in-foreground': false,
  'dom.min_background_timeout_value': 4,
  'dom.timeout.enable_budget_timer_throttling': false,
  'media.suspend-bkgnd-video.enabled': false,
};

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

/** What a started profile holds of its own run, left out of the copies (the rest only saves time). */
const RUN_STATE = [
  'lock',
  '.parentlock',
  'sessionstore.jsonlz4',
  'sessionstore-backups',
  'storage',
  'cache2',
];

let profileTemplate: Promise<string> | undefined;

/**
 * A profile Firefox has started in once. A fresh profile costs Firefox a first start (its databases,
 * caches and start-up cache are made): about 1.5 s of each 4 s launch on this 2-core machine, and
 * about 0.4 s of its close. Each launch starts in a copy, with its own preferences written over it;
 * the template has never held the extension or a page. It is kept in the temporary folder for this
 * Firefox build (its path, size and date name it), made whole elsewhere and renamed into place, so
 * the test workers and later runs share one and none is left half-made.
 */
function warmProfile(executablePath: string, headless: boolean): Promise<string> {
  profileTemplate ??= (async () => {
    const binary = fs.statSync(fs.realpathSync(executablePath));
    const build = `${path.basename(executablePath)}-${binary.size}-${Math.round(binary.mtimeMs)}`;
    const template = path.join(os.tmpdir(), `simkl-firefox-template-${build}`);
    if (fs.existsSync(template)) return template;
    const making = fs.mkdtempSync(path.join(os.tmpdir(), 'simkl-firefox-making-'));
    try {
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath,
        headless,
        userDataDir: making,
        args: ['--remote-allow-system-access'],
      });
      await browser.close();
      for (const entry of RUN_STATE) fs.rmSync(path.join(making, entry), { recursive: true, force: true });
      fs.renameSync(making, template);
    } catch (error) {
      // Another worker renamed its own into place first: that one serves.
      if (!fs.existsSync(template)) throw error;
    } finally {
      fs.rmSync(making, { recursive: true, force: true });
    }
    return template;
  })();
  return profileTemplate;
}

async function freshProfile(executablePath: string, headless: boolean): Promise<string> {
  const template = await warmProfile(executablePath, headless).catch((error: unknown) => {
    profileTemplate = undefined;
    throw error;
  });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'simkl-firefox-'));
  fs.cpSync(template, profile, { recursive: true });
  return profile;
}

export async function launchFirefox(options: FirefoxOptions): Promise<FirefoxSession> {
  const { extensionDir, world, headless = true, prefs = {} } = options;
  const executablePath = requireFirefox();
  const geckoId = readGeckoId(extensionDir);
  const profile = await freshProfile(executablePath, headless);
  const removeProfile = () => fs.rmSync(profile, { recursive: true, force: true });
  const proxy: ConnectProxy = await startConnectProxy(world).catch((error: unknown) => {
    removeProfile();
    throw error;
  });
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless,
      userDataDir: profile,
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
    removeProfile();
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
      removeProfile();
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
