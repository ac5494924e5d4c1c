/**
 * Which browsers each e2e scenario runs in, and, for every one that skips a browser, why. This is the
 * one place that says so: harness/suite.ts reads it, and a scenario file says nothing of the kind.
 *
 * A key is a scenario (its file's name, `badges` for badges.e2e.test.ts), or `scenario/test` for a
 * single test that runs in one browser while the rest of its file runs in both. A key missing here
 * is an error, so a new scenario is listed (and runs in both browsers) from its first run.
 */

export type BrowserName = 'chromium' | 'firefox';
export type FirefoxBuild = 'firefox-mv2' | 'firefox-mv3';

type Support = 'both' | { only: BrowserName; why: string };

/** The outbox, retry and sync code is one module in every build: faults are injected at the service. */
const ONE_OUTBOX =
  'the outbox, retry and sync code under test is the same module in both builds and the faults are ' +
  "injected at the local service, so a second browser would run the same code again; kept to Chromium's " +
  'network stack to keep `npm test` within its 15 minutes';

const SERVICE_WORKER_STOP =
  "stops the MV3 service worker on demand through CDP's ServiceWorker domain; Firefox's MV2 event page " +
  'can only be suspended by its idle timeout, which a page with a request in flight never reaches';

export const BROWSER_SUPPORT = {
  alerts: 'both',
  'alerts/once': 'both',
  'alerts/chromium-question': {
    only: 'chromium',
    why:
      "Chromium's question for `notifications` stays open (no test can answer it), which is the state this " +
      'test reads; Firefox answers it at once (alerts/once, where Chromium starts with the permission allowed)',
  },

  'anime-sites': 'both',
  'background-parts': 'both',
  'background-parts/first-use': 'both',
  'background-parts/after-update': {
    only: 'firefox',
    why:
      "Chromium refuses the extension's pages for more than 15 s after runtime.reload() of an extension " +
      'loaded with --load-extension (ERR_BLOCKED_BY_CLIENT, measured); every Chromium run installs the ' +
      'extension afresh, so the install event an update fires is what each of its runs starts with',
  },
  'background-parts/after-restart': { only: 'chromium', why: SERVICE_WORKER_STOP },
  'appletv-player': 'both',
  badges: 'both',
  'context-menu': 'both',
  'context-menu/chromium-dispatch': {
    only: 'chromium',
    why:
      "fires the real contextMenus.onClicked and commands.onCommand events with `dispatch` in the worker; Firefox's " +
      'event objects have no `dispatch`, and a right-click or Alt+Shift+J sent over BiDi never leaves the page',
  },
  'context-menu/firefox-message': {
    only: 'firefox',
    why:
      "Chromium's counterpart dispatches the real events (chromium-dispatch above); in Firefox the command is " +
      "exercised from the message the background's onCommand listener sends, the menu items are checked " +
      'with contextMenus.update, and the confirm window from the pending action a click stores',
  },
  episodes: 'both',
  'hulu-player': 'both',
  'faults-after-write': {
    only: 'chromium',
    why: `${ONE_OUTBOX}; its check that nothing is resent also allows for Chromium's own resend of a POST whose reused connection closed`,
  },
  'faults-burst': { only: 'chromium', why: ONE_OUTBOX },
  'faults-network': { only: 'chromium', why: `${ONE_OUTBOX} (the write-lock case alone waits 21 s)` },
  'faults-revoked': { only: 'chromium', why: ONE_OUTBOX },
  'faults-seconds': { only: 'chromium', why: ONE_OUTBOX },
  'faults-worker': { only: 'chromium', why: SERVICE_WORKER_STOP },
  harness: 'both',
  'harness/chromium': {
    only: 'chromium',
    why:
      "Chromium's own launch: the pinned extension id from the manifest key, the host resolver rules, the " +
      'service worker stopped and woken over CDP, and the layout helpers the Chromium-only suites use',
  },
  'harness/firefox': {
    only: 'firefox',
    why: "Firefox's own launch: the MV2 background page, the CONNECT proxy's refusals, the gecko-derived redirect URL",
  },
  hostile: 'both',
  'hostile/chromium': {
    only: 'chromium',
    why:
      "reads the accessible name from Chromium's accessibility tree (CDP), attacks through chrome.runtime with " +
      "the pinned id, and reads the outbox from an extension page; Firefox's test is the Xray-wrapper case",
  },
  'hostile/firefox': {
    only: 'firefox',
    why:
      'the content script sees the page through Xray wrappers in Firefox (an isolated world in Chromium, whose ' +
      'test above does all of this and more)',
  },
  'identity-accounts': {
    only: 'chromium',
    why: `${ONE_OUTBOX}; the mirror and the outbox keyed by account are the same code in both builds`,
  },
  'identity-ids': 'both',
  'identity-ids/restarted-worker': {
    only: 'chromium',
    why: `the second visit comes from a restarted worker: ${SERVICE_WORKER_STOP}`,
  },
  'identity-ids/event-page': {
    only: 'firefox',
    why: 'the second visit comes from the same event page (Chromium restarts its worker in between instead)',
  },
  import: 'both',
  'import/worker-stop': { only: 'chromium', why: SERVICE_WORKER_STOP },
  'import/plan-worker-stop': { only: 'chromium', why: SERVICE_WORKER_STOP },
  'import/from-options': {
    only: 'chromium',
    why:
      'the import from an extension page is one flow for the popup and the options page; Chromium takes the ' +
      'options page and Firefox the popup, so both pages are covered without one more browser start and ' +
      'import (about 10 s in Firefox) in each browser',
  },
  'import/from-popup': {
    only: 'firefox',
    why: 'the import from the popup; Chromium takes the options page (see import/from-options)',
  },
  locales: {
    only: 'chromium',
    why:
      'needs the browser itself in German and Japanese: Chromium switches with --lang and chromium-l10n; ' +
      "Debian's Firefox ESR would need a firefox-esr-l10n-* language pack per locale, which CI does not install",
  },
  match: 'both',
  'max-player': 'both',
  'player-rate': 'both',
  'more-sites': 'both',
  options: 'both',
  popup: 'both',
  'popup/screenshots': {
    only: 'chromium',
    why: "takes the README's popup pictures, light and dark, through Playwright's emulateMedia: one browser's pictures",
  },
  'popup-asleep': 'both',
  'popup-trouble': 'both',
  'popup-asleep/stopped-worker': {
    only: 'chromium',
    why:
      `${SERVICE_WORKER_STOP}; and it holds the popup's messages with an init script, which WebDriver BiDi's ` +
      'preload scripts cannot do in moz-extension:// pages',
  },
  'popup-asleep/suspended-event-page': {
    only: 'firefox',
    why: "suspends Firefox's MV2 event page by its idle timeout (a preference); Chromium's MV3 worker is stopped over CDP instead",
  },
  'popup-seasons': 'both',
  'up-next': 'both',
  'up-next/asleep': { only: 'chromium', why: SERVICE_WORKER_STOP },
  'up-next/screenshot': {
    only: 'chromium',
    why: "takes the README's Up next picture through Playwright's screenshot: one browser's picture",
  },
  screenshots: {
    only: 'chromium',
    why: "takes the README's site pictures: one browser's pictures; the control's place on each site is checked in both by sites",
  },
  scrobble: 'both',
  signin: 'both',
  'signin/pin-link': {
    only: 'chromium',
    why:
      'the two PIN flows (AUTH V2 device code through the link, AUTH V1 typed on simkl.com) are split between ' +
      'the browsers: each waits on the 5 s poll, and the flows are the same code in both builds',
  },
  'signin/pin-typed': { only: 'firefox', why: 'the AUTH V1 PIN typed on simkl.com; see signin/pin-link' },
  'site-access': 'both',
  'site-access/chromium': {
    only: 'chromium',
    why: "IMDb is withheld through Chrome's site access controls (CDP), and Chrome's question stays open",
  },
  'site-access/firefox': {
    only: 'firefox',
    why: "IMDb's permission removed as the add-ons manager does, and Firefox answers the question at once by a preference",
  },
  sites: 'both',
  parts: 'both',
  'parts/sleeping-worker': { only: 'chromium', why: SERVICE_WORKER_STOP },
  crunchyroll: 'both',
  'crunchyroll-player': 'both',
  'disneyplus-player': 'both',
  'primevideo-player': 'both',
  'selfhosted-player': 'both',
  slice: 'both',
  spa: 'both',
  'title-index': 'both',
  'title-index/sleeping-worker': {
    only: 'chromium',
    why: `${SERVICE_WORKER_STOP}, or holds it in the debugger`,
  },
  'tvdb-anidb-sites': 'both',
  trakt: 'both',
} as const satisfies Record<string, Support>;

export type SupportKey = keyof typeof BROWSER_SUPPORT;

const ALL: readonly BrowserName[] = ['chromium', 'firefox'];

/** The browsers `key` runs in; a scenario's single tests also need their scenario to run there. */
export function browsersFor(key: string): readonly BrowserName[] {
  const support = (BROWSER_SUPPORT as Record<string, Support>)[key];
  if (support === undefined) throw new Error(`${key} is not listed in tests/e2e/harness/browser-support.ts`);
  const here = support === 'both' ? ALL : [support.only];
  const scenario = key.split('/')[0] ?? key;
  return scenario === key ? here : here.filter((browser) => browsersFor(scenario).includes(browser));
}
