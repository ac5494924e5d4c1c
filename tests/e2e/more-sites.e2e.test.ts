/**
 * Letterboxd turned on from the options, used, and turned off (scenarios/more-sites.ts), in one
 * session per browser. The browser's question is answered through its automation: Firefox's
 * `extensions.webextOptionalPermissionPrompts: false` is a user clicking "Allow"; Chromium's
 * question is browser UI no test reaches (harness/chromium-site-access.ts), so the site is first
 * allowed on chrome://extensions, as its site access controls do, and the options' request is then
 * granted without a question.
 */
import { beforeAll, expect, it } from 'vitest';
import { chromeSiteAccess } from './harness/chromium-site-access';
import { type AnyPage, waitForButtonText } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import { click, closePage, evaluate, waitForText } from './scenarios/extension-pages';
import { simklRequests } from './scenarios/list-badges-read';
import {
  FILM,
  filmPageRequests,
  footprintBecomes,
  LETTERBOXD_ORIGINS,
  LIST,
  posterBadges,
  seedMoreSites,
  simklQuiet,
  simklSince,
} from './scenarios/more-sites';
import { goto, inPage, reload, sleep, waitForControlCount } from './scenarios/sites-pages';
import { eventually, signInFromTheControl } from './scenarios/slice';

const SWITCH = 'input[data-optional-site="letterboxd"]';
const OFF = { granted: false, scripts: [], learned: [] };

/**
 * The user withdraws Letterboxd in the browser: Chrome's site access controls on chrome://extensions;
 * Firefox's add-ons manager toggle, which is permissions.remove (as in site-access.e2e.test.ts).
 */
async function withdrawInBrowser(session: Session): Promise<void> {
  if (session.browser === 'chromium') return chromeSiteAccess(session.chrome, 'withhold', ['letterboxd.com']);
  const page = await session.openExtensionPage('popup.html');
  await evaluate(
    page,
    (origins) =>
      (
        globalThis as unknown as {
          browser: { permissions: { remove(p: { origins: string[] }): Promise<boolean> } };
        }
      ).browser.permissions.remove({ origins }),
    LETTERBOXD_ORIGINS,
  );
  await closePage(page);
}

async function waitForChecked(page: AnyPage, checked: boolean): Promise<void> {
  await eventually(
    () => evaluate(page, (selector) => document.querySelector<HTMLInputElement>(selector)?.checked, SWITCH),
    (now) => now === checked,
    10_000,
  );
}

describeInBrowsers('more sites: Letterboxd', { scenario: 'more-sites' }, (suite) => {
  let session: Session;
  let page: AnyPage;

  beforeAll(async () => {
    session = await suite.start({
      seed: seedMoreSites,
      firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
    page = await session.newPage();
    await signInFromTheControl(session.world, page);
  });

  it('runs nothing on Letterboxd before the user turns it on', async () => {
    await goto(page, FILM);
    await sleep(1_500);
    expect(await waitForControlCount(page, 0)).toBe(0);
    const options = await session.openExtensionPage('options.html');
    await footprintBecomes(options, OFF);
    await closePage(options);
  });

  it('turns Letterboxd on from the options: the browser is asked from the click, the scripts registered', async () => {
    if (session.browser === 'chromium') await chromeSiteAccess(session.chrome, 'grant', ['letterboxd.com']);
    const options = await session.openExtensionPage('options.html');
    await waitForText(options, '[data-testid="more-sites"] h2', /More sites/);
    await click(options, SWITCH);
    await footprintBecomes(options, {
      granted: true,
      scripts: ['letterboxd', 'letterboxd-badges'],
      learned: [],
    });
    await closePage(options);
  });

  it("shows the film's state from the mirror by its TMDB id, asking Simkl nothing", async () => {
    await simklQuiet(session.world);
    const before = simklRequests(session.world);
    await goto(page, FILM);
    await waitForButtonText(page, /Completed/, 20_000);
    expect(simklSince(session.world, before)).toEqual([]);
  });

  it("badges a list's posters from ids learned on Letterboxd once, asking Simkl nothing", async () => {
    await simklQuiet(session.world);
    session.world.control.clearLog();
    await goto(page, LIST);
    const seen = await posterBadges(page, 2);
    expect(seen).toEqual([
      { slug: 'inception', label: 'Simkl: Completed, rated 9' },
      { slug: 'chernobyl', label: 'Simkl: On Hold' },
    ]);
    // One film page per poster in view (five films, The Matrix listed twice; Parasite's is a 404):
    // Firefox's smaller window shows four at first, the fifth once scrolled to.
    await eventually(
      () => filmPageRequests(session.world),
      (paths) => paths.length >= 4,
      15_000,
    );
    await inPage(
      page,
      () => document.querySelector('[data-item-slug="parasite-2019"]')?.scrollIntoView(),
      null,
    );
    const asked = await eventually(
      () => filmPageRequests(session.world),
      (paths) => paths.length >= 5,
      15_000,
    );
    await sleep(1_000);
    expect(asked).toEqual(filmPageRequests(session.world));
    expect(asked.sort()).toEqual([
      '/film/chernobyl/',
      '/film/inception/',
      '/film/local-legends/',
      '/film/parasite-2019/',
      '/film/the-matrix/',
    ]);
    session.world.control.clearLog();
    await reload(page);
    expect(await posterBadges(page, 2)).toEqual(seen);
    await inPage(
      page,
      () => document.querySelector('[data-item-slug="parasite-2019"]')?.scrollIntoView(),
      null,
    );
    await sleep(1_500);
    // Learned for good: only Parasite, whose page could not be read, is asked again.
    expect(filmPageRequests(session.world)).toEqual(['/film/parasite-2019/']);
    expect(simklSince(session.world, 0)).toEqual([]);
  });

  it("notices access withdrawn (and, in Chrome, granted) in the browser's own UI: the switch and the scripts follow", async () => {
    const options = await session.openExtensionPage('options.html');
    await waitForChecked(options, true);
    await withdrawInBrowser(session);
    await waitForChecked(options, false);
    await footprintBecomes(options, OFF);
    // On again for the last step. Chrome's site access controls grant it back from the browser's UI,
    // and the switch follows; Firefox's add-ons manager cannot be driven, so its switch is clicked.
    if (session.browser === 'chromium') {
      await chromeSiteAccess(session.chrome, 'grant', ['letterboxd.com']);
      await waitForChecked(options, true);
    } else {
      await click(options, SWITCH);
    }
    await footprintBecomes(options, {
      granted: true,
      scripts: ['letterboxd', 'letterboxd-badges'],
      learned: [],
    });
    await closePage(options);
  });

  it('turned off from the options, leaves nothing behind: no access, no script, no learned id', async () => {
    const options = await session.openExtensionPage('options.html');
    await click(options, SWITCH);
    await footprintBecomes(options, OFF);
    await closePage(options);
    await goto(page, FILM);
    await sleep(1_500);
    expect(await waitForControlCount(page, 0)).toBe(0);
  });
});
