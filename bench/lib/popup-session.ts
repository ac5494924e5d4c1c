/**
 * The popup benches' world (bench/popup.bench.ts times it, bench/popup-trace.ts traces it): the demo
 * user's library holds The Matrix (Plan to Watch) and 1,000 made-up titles; the extension signs in from
 * the popup and syncs; a tab shows The Matrix on IMDb. Then each open is popup.html?tab=<that tab> in a
 * fresh page (as the toolbar would open it, minus the browser's own window animation).
 * `BENCH_EXTENSION_DIR` times another build of chrome-mv3 than `.output`'s (e.g. a copy of the build
 * before a change, for runs that interleave the two in one session on a noisy machine).
 */
import { ensureBuilt } from '../../tests/e2e/harness/build-output';
import { type ChromiumSession, launchChromium } from '../../tests/e2e/harness/chromium';
import { startWorld, type World } from '../../tests/e2e/harness/world';
import { DEMO_USER } from '../../tests/simkl-service/index';
import { POPUP_PROBE, type PopupRecord, popupDone } from './popup-probe';

const MATRIX_URL = 'https://www.imdb.com/title/tt0133093/';

export interface PopupSession {
  world: World;
  chrome: ChromiumSession;
  /** popup.html?tab=<the IMDb tab>. */
  popupUrl: string;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Until the local service has seen no request for `ms`: the extension's work is done. */
export async function quiet(world: World, ms = 1_500): Promise<void> {
  let seen = -1;
  while (seen !== world.control.requestLog().length) {
    seen = world.control.requestLog().length;
    await sleep(ms);
  }
}

/** The demo user signs in from the popup, and the first sync is done. */
export async function signInFromPopup(chrome: ChromiumSession, world: World): Promise<void> {
  const signIn = await chrome.context.newPage();
  await signIn.goto(`chrome-extension://${chrome.extensionId}/popup.html`);
  await signIn.click('[data-action="sign-in"]');
  await signIn.waitForSelector('[data-testid="account-name"]', { timeout: 30_000 });
  await quiet(world);
  await signIn.close();
}

export async function startPopupSession(
  extensionDir = process.env.BENCH_EXTENSION_DIR ?? ensureBuilt('chrome-mv3'),
): Promise<PopupSession> {
  const world = await startWorld();
  world.control.seedLibrary(DEMO_USER.id, [
    { ids: { imdb: 'tt0133093' }, type: 'movie', status: 'plantowatch' },
  ]);
  world.control.seedSyntheticLibrary(DEMO_USER.id, 1_000);
  const chrome = await launchChromium({ extensionDir, world });
  const close = async () => {
    await chrome.close();
    await world.close();
  };
  try {
    const base = `chrome-extension://${chrome.extensionId}/popup.html`;
    await signInFromPopup(chrome, world);

    const site = await chrome.context.newPage();
    await site.goto(MATRIX_URL);
    const probe = await chrome.context.newPage();
    await probe.goto(base);
    const tabId = await probe.evaluate(async () => {
      const api = (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }
      ).chrome;
      return (await api.tabs.query({ url: 'https://www.imdb.com/title/tt0133093/*' }))[0]?.id;
    });
    await probe.close();
    if (tabId === undefined) throw new Error('no IMDb tab');
    await quiet(world, 500);
    world.control.clearLog();
    return { world, chrome, popupUrl: `${base}?tab=${tabId}`, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * One open of the popup, "warm" with the worker running, "cold" right after it was stopped as Chrome
 * stops an idle worker; what the probe noted. Returns once the open's sync is done (the worker then
 * goes idle), so the next open starts from a quiet state.
 */
export async function timePopupOpen(session: PopupSession, which: 'warm' | 'cold'): Promise<PopupRecord> {
  if (which === 'cold') await session.chrome.stopServiceWorker();
  const popup = await session.chrome.context.newPage();
  await popup.addInitScript({ content: POPUP_PROBE });
  await popup.goto(session.popupUrl);
  await popup.waitForFunction(popupDone);
  const record = await popup.evaluate(
    () => (window as unknown as { __popupRender: PopupRecord }).__popupRender,
  );
  if (record.status !== 'Plan to Watch') throw new Error(`the popup read "${record.status}" (${which})`);
  await quiet(session.world, 300);
  await popup.close();
  return record;
}
