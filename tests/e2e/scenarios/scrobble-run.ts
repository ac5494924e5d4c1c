/**
 * Browsers with the extension, signed in, for the scrobble scenarios: Chromium (Playwright) or Firefox
 * ESR (Puppeteer over BiDi) behind the same few steps.
 *
 * Scenarios at once (`scrobbleScenariosAtOnce`): a browser and its sign-in cost more than most
 * scenarios, so the scenarios of a file run at the same time (`it.concurrent`), in one browser:
 * - `shared(name, episodes, scenario)`: in the one shared session, in a tab of its own, on episodes
 *   no other scenario plays (the service refuses a second stop of an episode within the hour, and each
 *   reads only the requests and watched episodes that name its own: `run.log`, `run.watched()`).
 *   Tracking is on from the start (the settings given), so the player asks nothing.
 * - `alone(name, scenario)`: a session of its own, started and closed by its test, still at the same
 *   time as the others: for a scenario that changes the world for everyone in it (faults injected,
 *   the network cut, the settings written) or asserts that nothing at all was sent.
 * A scenario must not depend on tight timing: other scenarios and other files share the machine.
 * After the file, every scrobble request of the shared world must belong to one of its scenarios.
 */
import { afterAll, expect, it } from 'vitest';
import type { Settings } from '../../../lib/store/settings';
import { BACKGROUND_TABS_PREFS } from '../harness/firefox';
import type { AnyPage } from '../harness/pages';
import type { Session, StartOptions, Suite } from '../harness/suite';
import type { World, WorldOptions } from '../harness/world';
import { closePage, evaluate } from './extension-pages';
import { settled, startFaultRun } from './faults-run';
import { signInFromThePopup } from './popup';
import { EPISODE, type Watching, watchedEpisodes } from './scrobble';
import { episodesLog, scrobbleRecords } from './scrobble-log';

export interface ScrobbleRun extends Watching {
  browser: 'chromium' | 'firefox';
  world: World;
  /** Dungeon's watched episodes on the service (of this scenario's own, in a shared session). */
  watched(): number[];
  newTab(): Promise<AnyPage>;
  /** Writes the user's settings as the options page would (a session of its own only). */
  setSettings(settings: Partial<Settings>): Promise<void>;
  /**
   * Cuts the browser (its extension included) off the network, or gives it back: Chromium goes
   * offline; Firefox, which BiDi cannot switch offline, loses its connections at the proxy (a
   * session of its own only).
   */
  setOffline(offline: boolean): Promise<void>;
}

type Scenario = (run: ScrobbleRun) => Promise<void>;
type Starts = Pick<Suite, 'browser'> & { start(options?: StartOptions): Promise<Session> };

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
 * The suite's browser signed in with its first sync done, in a world of its own, its player on E21
 * still asking the one-time question: Chromium from intents (faults-run.ts), Firefox's build for AMO
 * (MV2) from the popup.
 */
export async function startScrobbleRun(
  suite: Starts,
  world: WorldOptions = {},
): Promise<ScrobbleRun & { session: Session }> {
  let session: Session;
  let settingsPage: AnyPage | null = null;
  if (suite.browser === 'chromium') {
    const run = await startFaultRun(suite, world);
    session = run.session;
    settingsPage = run.page;
  } else {
    session = await suite.start({ world, firefoxPrefs: BACKGROUND_TABS_PREFS });
    await signInFromThePopup(session.world, session.pages);
    await settled(session.world);
    session.world.control.clearLog();
  }
  const started = session.world;
  return {
    session,
    browser: session.browser,
    world: started,
    log: started.control,
    episode: EPISODE,
    asks: true,
    watched: () => watchedEpisodes(started),
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

const refuse = (what: string) => () => {
  throw new Error(`${what} would change the shared session for every scenario in it: run this one alone`);
};

/** One scenario's view of the shared session: its own tabs, episodes, requests and watched episodes. */
function laneOf(shared: ScrobbleRun, episodes: readonly number[]): ScrobbleRun {
  return {
    ...shared,
    episode: episodes[0] ?? EPISODE,
    asks: false,
    log: episodesLog(
      shared.world.control,
      episodes.map((episode) => `S1E${episode}`),
    ),
    watched: () => shared.watched().filter((episode) => episodes.includes(episode)),
    setSettings: refuse('Writing the settings'),
    setOffline: refuse('Going offline'),
  };
}

export interface ScenariosAtOnce {
  /** In the shared session, on `episodes` (the first is the one its player opens). */
  shared(name: string, episodes: readonly number[], scenario: Scenario, timeoutMs: number): void;
  /** In a session of its own, at the same time as the others. */
  alone(name: string, scenario: Scenario, timeoutMs: number): void;
}

/**
 * Registers scenarios that run at once (see the header). `sharedSettings` are the settings of the
 * shared session, written once it is signed in (e.g. `{ trackNetflix: 'on' }`).
 */
export function scrobbleScenariosAtOnce(suite: Suite, sharedSettings: Partial<Settings>): ScenariosAtOnce {
  const starts: Starts = { browser: suite.browser, start: suite.startUntilSuiteEnds };
  let shared: Promise<ScrobbleRun> | undefined;
  const sharedRun = () => {
    // Simkl's 1 POST/s per token is kept by the extension's own limiter, 1.05 s apart; a loaded
    // machine's jitter between several players' requests would still bring the odd 429, which one
    // user's player never meets in these scenarios (the limits have tests of their own:
    // tests/e2e/faults-burst.e2e.test.ts and the limiter's unit tests).
    shared ??= startScrobbleRun(starts, { rateLimits: false }).then(async (run) => {
      await run.setSettings(sharedSettings);
      return run;
    });
    return shared;
  };
  const lanes = new Set<string>();
  afterAll(async () => {
    if (!shared) return;
    const unclaimed = scrobbleRecords((await shared).world.control).filter(
      (record) => !lanes.has(record.episode ?? ''),
    );
    expect(unclaimed, 'scrobble requests of no scenario in the shared session').toEqual([]);
  });
  return {
    shared(name, episodes, scenario, timeoutMs) {
      for (const episode of episodes) {
        if (lanes.has(`S1E${episode}`)) throw new Error(`E${episode} is played by another shared scenario`);
        lanes.add(`S1E${episode}`);
      }
      it.concurrent(name, async () => scenario(laneOf(await sharedRun(), episodes)), timeoutMs);
    },
    alone(name, scenario, timeoutMs) {
      it.concurrent(
        name,
        async () => {
          const run = await startScrobbleRun(starts);
          try {
            await scenario(run);
          } finally {
            await run.session.close();
          }
        },
        timeoutMs,
      );
    },
  };
}
