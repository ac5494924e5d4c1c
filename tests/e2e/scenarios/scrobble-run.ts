/**
 * One browser with the extension, signed in, for one scrobble scenario: Chromium (Playwright) or
 * Firefox ESR (Puppeteer over BiDi) behind the same few steps. Each scenario gets a fresh world,
 * since the service refuses a second stop of the same episode within the hour.
 */
import type { Settings } from '../../../lib/store/settings';
import { ensureBuilt } from '../harness/build-output';
import { launchFirefox } from '../harness/firefox';
import type { AnyPage } from '../harness/pages';
import { startWorld, type World } from '../harness/world';
import { closePage, evaluate, firefoxPages } from './extension-pages';
import { settled, startFaultRun } from './faults-run';
import { signInFromThePopup } from './popup';

export interface ScrobbleRun {
  browser: 'chromium' | 'firefox';
  world: World;
  newTab(): Promise<AnyPage>;
  /** Writes the user's settings as the options page would. */
  setSettings(settings: Partial<Settings>): Promise<void>;
  /**
   * Cuts the browser (its extension included) off the network, or gives it back: Chromium goes
   * offline; Firefox, which BiDi cannot switch offline, loses its connections at the proxy.
   */
  setOffline(offline: boolean): Promise<void>;
  close(): Promise<void>;
}

interface StorageGlobal {
  browser?: { storage: { local: { set(items: unknown): Promise<void> } } };
  chrome?: { storage: { local: { set(items: unknown): Promise<void> } } };
}

const writeSettings = (page: AnyPage, settings: Partial<Settings>) =>
  evaluate(
    page,
    async (value) => {
      const scope = globalThis as unknown as StorageGlobal;
      await (scope.browser ?? scope.chrome)?.storage.local.set({ settings: value });
    },
    settings,
  );

export async function startChromiumScrobbleRun(): Promise<ScrobbleRun> {
  const run = await startFaultRun();
  return {
    browser: 'chromium',
    world: run.world,
    newTab: () => run.chrome.context.newPage(),
    setSettings: (settings) => writeSettings(run.page, settings),
    setOffline: (offline) => run.chrome.context.setOffline(offline),
    close: () => run.close(),
  };
}

/** Firefox's build for AMO (MV2), signed in from the popup with its first sync done. */
export async function startFirefoxScrobbleRun(): Promise<ScrobbleRun> {
  const world = await startWorld();
  const firefox = await launchFirefox({ extensionDir: ensureBuilt('firefox-mv2'), world }).catch(
    async (error: unknown) => {
      await world.close();
      throw error;
    },
  );
  const close = async () => {
    await firefox.close();
    await world.close();
  };
  try {
    const pages = firefoxPages(firefox);
    await signInFromThePopup(world, pages);
    await settled(world);
    world.control.clearLog();
    return {
      browser: 'firefox',
      world,
      newTab: () => firefox.newPage(),
      setOffline: async (offline) => firefox.cutNetwork(offline),
      async setSettings(settings) {
        const options = await pages.openPage('options.html');
        await writeSettings(options, settings);
        await closePage(options);
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
