/**
 * One browser with the extension, signed in, for one scrobble scenario: Chromium (Playwright) or
 * Firefox ESR (Puppeteer over BiDi) behind the same few steps. Each scenario gets a fresh world,
 * since the service refuses a second stop of the same episode within the hour.
 */
import type { Settings } from '../../../lib/store/settings';
import type { AnyPage } from '../harness/pages';
import type { Session, Suite } from '../harness/suite';
import type { World } from '../harness/world';
import { closePage, evaluate } from './extension-pages';
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

/**
 * The suite's browser signed in with its first sync done: Chromium from intents (faults-run.ts),
 * Firefox's build for AMO (MV2) from the popup.
 */
export async function startScrobbleRun(suite: Pick<Suite, 'browser' | 'start'>): Promise<ScrobbleRun> {
  let session: Session;
  let settingsPage: AnyPage | null = null;
  if (suite.browser === 'chromium') {
    const run = await startFaultRun(suite);
    session = run.session;
    settingsPage = run.page;
  } else {
    session = await suite.start();
    await signInFromThePopup(session.world, session.pages);
    await settled(session.world);
    session.world.control.clearLog();
  }
  return {
    browser: session.browser,
    world: session.world,
    newTab: () => session.newPage(),
    setOffline: (offline) => session.setOffline(offline),
    async setSettings(settings) {
      if (settingsPage) return writeSettings(settingsPage, settings);
      const options = await session.openExtensionPage('options.html');
      await writeSettings(options, settings);
      await closePage(options);
    },
  };
}
