/**
 * One scenario, every browser: `describeInBrowsers` runs a file's tests once in Chromium and once in
 * Firefox (one `describe` each, the browser's name in its title), one after the other in the same
 * worker. Which browsers a scenario (or one of its tests) runs in is read from browser-support.ts,
 * the one place that says why a scenario cannot run somewhere: a test left out of a browser is not
 * registered there at all, never skipped.
 *
 * The suite starts the world and the browser through `suite.start`, and closes what it started: what
 * a test started, when that test ends; what a `beforeAll` started, when the browser's suite ends.
 */
import { afterAll, afterEach, beforeEach, describe, it, type TestFunction } from 'vitest';
import { DEMO_USER } from '../../simkl-service/index';
import type { SeedItem } from '../../simkl-service/types';
import { type Browserish, chromiumPages, firefoxPages } from '../scenarios/extension-pages';
import { type BrowserName, browsersFor, type FirefoxBuild, type SupportKey } from './browser-support';
import { type BuildTarget, ensureBuilt } from './build-output';
import { type ChromiumSession, launchChromium } from './chromium';
import { type FirefoxSession, launchFirefox } from './firefox';
import type { AnyPage } from './pages';
import { startWorld, type World, type WorldOptions } from './world';

export type { BrowserName } from './browser-support';

export interface StartOptions {
  world?: WorldOptions;
  /** The demo user's library before the browser starts. */
  seed?: SeedItem[] | ((world: World) => void);
  /** Chromium's UI language (harness/chromium.ts); Firefox runs in English. */
  locale?: string;
  /** More about:config preferences for Firefox's profile. */
  firefoxPrefs?: Record<string, string | number | boolean>;
  /** Optional API permissions the user has already allowed in Chromium's profile (chromium-granted-permissions.ts). */
  chromiumGrantedPermissions?: readonly string[];
  /** Chromium shown on this X display instead of headless (harness/screen-picture.ts). */
  chromiumDisplay?: string;
}

/** A world and one browser with the extension in it, driven the same way in both browsers. */
export interface Session {
  browser: BrowserName;
  build: BuildTarget;
  world: World;
  /** Extension pages and tabs, as the scenarios take them. */
  pages: Browserish;
  newPage(): Promise<AnyPage>;
  /** Any page of the extension, e.g. 'options.html', loaded. */
  openExtensionPage(pathname: string): Promise<AnyPage>;
  /** The Chromium session; throws in Firefox (a test that needs it is Chromium's in browser-support.ts). */
  readonly chrome: ChromiumSession;
  /** The Firefox session; throws in Chromium. */
  readonly firefox: FirefoxSession;
  /**
   * The browser (its extension included) off the network, or back: Chromium goes offline; Firefox,
   * which BiDi cannot switch offline, loses its connections at the proxy.
   */
  setOffline(offline: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface Suite {
  browser: BrowserName;
  /** 'chrome-mv3', or the Firefox build this suite runs. */
  build: BuildTarget;
  /** 'Chromium' or 'Firefox (firefox-mv2)', as the describe says it. */
  label: string;
  /** A world and this suite's browser; closed when the test (or, from a beforeAll, the suite) ends. */
  start(options?: StartOptions): Promise<Session>;
  /**
   * A world and this suite's browser that live until the browser's suite ends, whichever test
   * starts them (closing them sooner is the caller's choice): for tests that run at once
   * (`it.concurrent`), which `start` cannot tell apart, as it closes what "the" running test started.
   */
  startUntilSuiteEnds(options?: StartOptions): Promise<Session>;
  /**
   * A test that runs only in the browsers browser-support.ts allows for `${scenario}/${key}`; in the
   * others it is not registered at all.
   */
  it(key: string, name: string, fn: TestFunction, timeout?: number): void;
  /** Whether `${scenario}/${key}` runs in this suite's browser (for a group of tests or a hook). */
  runs(key: string): boolean;
}

export interface SuiteOptions {
  /** The scenario's key in browser-support.ts. */
  scenario: SupportKey;
  /** The Firefox builds to run it in, each its own describe. Default: the MV2 build (AMO's). */
  firefoxBuilds?: readonly FirefoxBuild[];
  /**
   * The browsers' describes run at the same time rather than one after the other (each one's tests
   * still in order): for a file whose time is real seconds of playback, not the CPU's.
   */
  browsersAtOnce?: boolean;
}

const LABEL: Record<BrowserName, string> = { chromium: 'Chromium', firefox: 'Firefox' };

/**
 * `${name} in Chromium`, then `${name} in Firefox (firefox-mv2)`: `body` registers the tests (and any
 * hooks) once per browser, given that browser's suite.
 */
export function describeInBrowsers(name: string, options: SuiteOptions, body: (suite: Suite) => void): void {
  const { scenario, firefoxBuilds = ['firefox-mv2'], browsersAtOnce = false } = options;
  const targets: Array<[BrowserName, BuildTarget]> = [];
  for (const browser of browsersFor(scenario)) {
    if (browser === 'chromium') targets.push(['chromium', 'chrome-mv3']);
    else for (const build of firefoxBuilds) targets.push(['firefox', build]);
  }
  if (targets.length === 0) throw new Error(`${scenario}: browser-support.ts leaves it no browser`);
  for (const [browser, build] of targets) {
    const label = browser === 'chromium' ? LABEL.chromium : `${LABEL.firefox} (${build})`;
    // A concurrent describe makes its tests concurrent too: the browser's tests go in a sequential one.
    const inOrder = (register: () => void) =>
      browsersAtOnce ? () => describe.sequential('in order', register) : register;
    describe(
      `${name} in ${label}`,
      { concurrent: browsersAtOnce },
      inOrder(() => {
        const suiteSessions: Session[] = [];
        let testSessions: Session[] | null = null;
        beforeEach(() => {
          testSessions = [];
        });
        afterEach(async () => {
          const started = testSessions ?? [];
          testSessions = null;
          await closeAll(started);
        });
        afterAll(() => closeAll(suiteSessions));
        const runs = (key: string) => browsersFor(`${scenario}/${key}` as SupportKey).includes(browser);
        body({
          browser,
          build,
          label,
          async start(startOptions = {}) {
            const session = await startSession(browser, build, startOptions);
            (testSessions ?? suiteSessions).push(session);
            return session;
          },
          async startUntilSuiteEnds(startOptions = {}) {
            const session = await startSession(browser, build, startOptions);
            suiteSessions.push(session);
            return session;
          },
          runs,
          it(key, testName, fn, timeout) {
            if (runs(key)) it(testName, fn, timeout);
          },
        });
      }),
    );
  }
}

async function closeAll(sessions: Session[]): Promise<void> {
  const closing = sessions.splice(0).reverse();
  for (const session of closing) await session.close();
}

async function startSession(
  browser: BrowserName,
  build: BuildTarget,
  options: StartOptions,
): Promise<Session> {
  const world = await startWorld(options.world);
  try {
    if (typeof options.seed === 'function') options.seed(world);
    else if (options.seed && options.seed.length > 0) world.control.seedLibrary(DEMO_USER.id, options.seed);
    const extensionDir = ensureBuilt(build);
    if (browser === 'chromium') {
      const chrome = await launchChromium({
        extensionDir,
        world,
        locale: options.locale,
        grantedApiPermissions: options.chromiumGrantedPermissions,
        display: options.chromiumDisplay,
      });
      return chromiumSession(world, chrome);
    }
    const firefox = await launchFirefox({ extensionDir, world, prefs: options.firefoxPrefs });
    return firefoxSession(world, build, firefox);
  } catch (error) {
    await world.close();
    throw error;
  }
}

function chromiumSession(world: World, chrome: ChromiumSession): Session {
  const pages = chromiumPages(chrome);
  return {
    browser: 'chromium',
    build: 'chrome-mv3',
    world,
    pages,
    newPage: () => chrome.context.newPage(),
    openExtensionPage: (pathname) => pages.openPage(pathname),
    chrome,
    get firefox(): FirefoxSession {
      throw new Error('A Firefox session was asked for in Chromium: see browser-support.ts');
    },
    setOffline: (offline) => chrome.context.setOffline(offline),
    close: once(async () => {
      await chrome.close();
      await world.close();
    }),
  };
}

function firefoxSession(world: World, build: BuildTarget, firefox: FirefoxSession): Session {
  return {
    browser: 'firefox',
    build,
    world,
    pages: firefoxPages(firefox),
    newPage: () => firefox.newPage(),
    openExtensionPage: (pathname) => firefox.openExtensionPage(pathname),
    get chrome(): ChromiumSession {
      throw new Error('A Chromium session was asked for in Firefox: see browser-support.ts');
    },
    firefox,
    setOffline: async (offline) => firefox.cutNetwork(offline),
    close: once(async () => {
      await firefox.close();
      await world.close();
    }),
  };
}

/** A close that a test may call early and the suite again at its end. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | null = null;
  return () => {
    closing ??= close();
    return closing;
  };
}
