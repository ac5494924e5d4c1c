/**
 * Chromium with the unpacked extension, (docs/architecture.md, Browsers in the tests): a fresh profile, every mapped host resolved
 * to the local world (and every other name to nothing, so no test reaches the internet), the world's
 * self-signed certificate accepted everywhere including the identity auth window.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { requireChromium } from './browsers';
import { grantApiPermissionsInProfile } from './chromium-granted-permissions';
import { assertUiLanguage, localeLaunch } from './chromium-locale';
import { stopExtensionWorker } from './chromium-worker';
import type { WorldAddress } from './world';

/** Chrome derives it from the manifest `key` (wxt.config.ts); the OAuth redirect URI depends on it. */
export const PINNED_EXTENSION_ID = 'ipiaceghicoilgacfkgcjngihaipdfab';

const DEFAULT_LOCALE = 'en-US';

export interface ChromiumOptions {
  extensionDir: string;
  world: WorldAddress;
  /** Default true (`--headless=new`); false opens a window and needs a display. */
  headless?: boolean;
  /** An X display to show the browser on (headful), with Chromium drawing its own notifications there (screen-picture.ts). */
  display?: string;
  executablePath?: string;
  /**
   * The browser's UI language ('de', 'ja', 'pt_BR'), which picks the extension's `_locales` folder.
   * Default: en-US whatever the machine speaks, so the English assertions hold on a German desktop
   * too. Launching fails when Chromium cannot run in it (chromium-locale.ts).
   */
  locale?: string;
  /** Optional API permissions (e.g. 'notifications') the user has already allowed in this profile. */
  grantedApiPermissions?: readonly string[];
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's worker. Evaluating on a stopped worker waits until an event wakes it. */
  serviceWorker(): Promise<Worker>;
  /** Stops the worker the way Chrome does when idle; resolves once it reports stopped. */
  stopServiceWorker(): Promise<void>;
  /** popup.html in a tab of its own. */
  openPopup(): Promise<Page>;
  close(): Promise<void>;
}

export function hostResolverRules(world: WorldAddress): string {
  const mapped = world.hostnames.map((host) => `MAP ${host} 127.0.0.1:${world.port}`);
  return [...mapped, 'MAP * ~NOTFOUND', 'EXCLUDE localhost'].join(', ');
}

export async function launchChromium(options: ChromiumOptions): Promise<ChromiumSession> {
  const { extensionDir, world, display, locale = DEFAULT_LOCALE } = options;
  const headless = display ? false : (options.headless ?? true);
  const language = localeLaunch(locale);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'simkl-chromium-'));
  const open = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: options.executablePath ?? requireChromium(),
      headless: false, // the real switch is --headless=new below; Playwright's would be the old mode
      viewport: headless ? { width: 1280, height: 900 } : null,
      ignoreHTTPSErrors: true,
      env: { ...process.env, ...language.env, ...(display ? { DISPLAY: display } : {}) },
      args: [
        ...language.args,
        ...(headless ? ['--headless=new'] : []),
        // Chromium's own notification popups, drawn on the display, rather than a desktop's (none under Xvfb).
        ...(display ? ['--disable-features=NativeNotifications,SystemNotifications'] : []),
        '--no-sandbox',
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        `--host-resolver-rules=${hostResolverRules(world)}`,
        // Pitfall 8: without it the identity auth window rejects the world's certificate.
        '--ignore-certificate-errors',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--no-default-browser-check',
      ],
    });
  if (options.grantedApiPermissions?.length) {
    // The user allowed these earlier (chromium-granted-permissions.ts): installed once, then granted.
    const first = await open();
    await firstExtensionWorker(first).finally(() => first.close());
    grantApiPermissionsInProfile(profile, PINNED_EXTENSION_ID, options.grantedApiPermissions);
  }
  const context = await open();
  const close = async (): Promise<void> => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  const prefix = `chrome-extension://${PINNED_EXTENSION_ID}/`;
  const serviceWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find((worker) => worker.url().startsWith(prefix)) ??
    context.waitForEvent('serviceworker', { predicate: (worker) => worker.url().startsWith(prefix) });
  try {
    const worker = await firstExtensionWorker(context);
    await assertUiLanguage(worker, locale);
    const extensionId = new URL(worker.url()).host;
    if (extensionId !== PINNED_EXTENSION_ID) {
      throw new Error(
        `Extension id ${extensionId} is not the pinned ${PINNED_EXTENSION_ID}: is the manifest key set?`,
      );
    }
    return {
      context,
      extensionId,
      serviceWorker,
      stopServiceWorker: () => stopExtensionWorker(context, extensionId),
      openPopup: async () => {
        const page = await context.newPage();
        await page.goto(`${prefix}popup.html`);
        return page;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function firstExtensionWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (worker: Worker): boolean => worker.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isExtension);
  if (existing) return existing;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 15_000 });
  } catch {
    throw new Error('The extension did not load: no extension service worker within 15 s (manifest error?)');
  }
}
