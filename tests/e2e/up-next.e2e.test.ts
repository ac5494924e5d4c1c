/**
 * The popup's Up next (docs/architecture.md, Up next): the Watching shows and anime with an aired
 * episode waiting, read from the local stores with no Simkl request, and one episode marked with one
 * write, after which the row shows the next episode.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { DEMO_USER } from '../simkl-service';
import { REPO_ROOT } from './harness/build-output';
import { isExtensionWorkerAwake } from './harness/chromium-worker';
import type { AnyPage } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import type { World } from './harness/world';
import { click, closePage, evaluate, waitForText } from './scenarios/extension-pages';
import { settled } from './scenarios/faults-run';
import { horizontalOverflow } from './scenarios/layout-overflow';
import { serviceEntry, signInFromThePopup } from './scenarios/popup';
import { apiRequests, HOLD_MESSAGES } from './scenarios/popup-asleep';
import { eventually } from './scenarios/slice';

const THE_BOYS = 9200036;
const ONE_PIECE = 38636;

/**
 * Listed: Doctor Who (finished seasons, far behind), One Piece (anime, E1149 of 1,150 aired), The Boys
 * (S5E1 of three aired), The Bear (S5E6, aired yesterday: in the calendar file). Not listed: House of
 * the Dragon (every aired episode watched: Upcoming's), Breaking Bad (on hold), Dark (dropped).
 */
function seedUpNextLibrary(world: World): void {
  world.control.seedLibrary(DEMO_USER.id, [
    { ids: { imdb: 'tt0436992' }, type: 'show', status: 'watching', watchedEpisodes: 12 },
    { ids: { mal: '21' }, type: 'anime', status: 'watching', watchedEpisodes: 1148 },
    { ids: { imdb: 'tt1190634' }, type: 'show', status: 'watching', watchedEpisodes: 32 },
    { ids: { imdb: 'tt14452776' }, type: 'show', status: 'watching', watchedEpisodes: 43 },
    { ids: { imdb: 'tt11198330' }, type: 'show', status: 'watching', watchedEpisodes: 19 },
    { ids: { imdb: 'tt0903747' }, type: 'show', status: 'hold', watchedEpisodes: 3 },
    { ids: { imdb: 'tt5753856' }, type: 'show', status: 'dropped', watchedEpisodes: 2 },
  ]);
}

interface ShownRow {
  simkl: number;
  title: string;
  line: string;
  button: string;
}

function shownRows(page: AnyPage): Promise<ShownRow[]> {
  return evaluate(
    page,
    () =>
      [...document.querySelectorAll('[data-testid="up-next-row"]')].map((row) => ({
        simkl: Number(row.getAttribute('data-simkl')),
        title: row.querySelector('strong')?.textContent ?? '',
        line: row.querySelector('[data-testid="up-next-line"]')?.textContent ?? '',
        button: row.querySelector('button')?.textContent ?? '',
      })),
    null,
  );
}

/** Which extension page, and which of the popup's tabs, a picture would show. */
function picturedView(
  page: AnyPage,
): Promise<{ path: string; selectedTab: string | null; listShown: boolean }> {
  return evaluate(
    page,
    () => {
      const panel = document.querySelector('[data-testid="up-next"]');
      return {
        path: location.pathname,
        selectedTab: document.querySelector('[role="tab"][aria-selected="true"]')?.id ?? null,
        listShown: !!panel && panel.checkVisibility() && panel.getBoundingClientRect().height > 0,
      };
    },
    null,
  );
}

const calendarFetched = (world: World) =>
  ['tv', 'anime'].every((kind) =>
    world.control
      .requestLog()
      .some((entry) => entry.host === 'data.simkl.in' && entry.path.endsWith(`/${kind}.json`)),
  );

const historyWrites = (world: World) =>
  world.control.requestLog().filter((entry) => entry.method === 'POST' && entry.path === '/sync/history');

describeInBrowsers('the popup’s Up next', { scenario: 'up-next' }, (suite) => {
  let session: Session;
  let popup: AnyPage;

  beforeAll(async () => {
    session = await suite.start({ seed: seedUpNextLibrary });
    await signInFromThePopup(session.world, session.pages);
    // The badge's job caches the calendar files after the first sync; Up next reads that cache only.
    await eventually(
      () => calendarFetched(session.world),
      (done) => done,
      20_000,
    );
    popup = await session.openExtensionPage('popup.html');
    // Opening the popup syncs (docs/architecture.md, A sync): that is the popup's, not the tab's.
    await settled(session.world, 800);
  });

  it('lists exactly the Watching series with an aired episode left, asking Simkl nothing', async () => {
    const { world } = session;
    world.control.clearLog();
    await click(popup, '#tab-upnext');
    await waitForText(popup, '[data-testid="up-next"]', /The Boys/, 15_000);
    const rows = await shownRows(popup);
    expect(rows.map((row) => row.title).sort()).toEqual(['Doctor Who', 'One Piece', 'The Bear', 'The Boys']);
    const byId = new Map(rows.map((row) => [row.simkl, row]));
    expect(byId.get(THE_BOYS)).toMatchObject({ line: 'S5E1 · 3 left', button: 'Mark S5E1 watched' });
    expect(byId.get(ONE_PIECE)).toMatchObject({ line: 'E1149 · 2 left', button: 'Mark E1149 watched' });
    expect(rows.find((row) => row.title === 'The Bear')?.line).toMatch(
      /^S5E6 · aired (yesterday|today|\d+ days ago) · 1 left$/,
    );
    await settled(world, 800);
    expect(apiRequests(world)).toEqual([]);
  });

  it('marks one episode with one write, and the row moves to the next one', async () => {
    const { world } = session;
    world.control.clearLog();
    await click(popup, `[data-simkl="${THE_BOYS}"] button`);
    // Optimistic at once; the most recently watched comes first.
    await waitForText(
      popup,
      '[data-testid="up-next-row"] [data-testid="up-next-line"]',
      /^S5E2 · 2 left$/,
      15_000,
    );
    const landed = await eventually(
      () => serviceEntry(world, THE_BOYS),
      (entry) => entry?.watchedEpisodes.some((ep) => ep.season === 5 && ep.episode === 1) ?? false,
      20_000,
    );
    expect(landed?.watchedEpisodes).toHaveLength(33);
    // The sync after the write brings Simkl's own next episode: the same one, and the row stays.
    await settled(world, 1_000);
    expect(historyWrites(world)).toHaveLength(1);
    const [first] = await shownRows(popup);
    expect(first).toMatchObject({ simkl: THE_BOYS, line: 'S5E2 · 2 left', button: 'Mark S5E2 watched' });
    expect(
      await evaluate(
        popup,
        (id) => document.querySelector(`[data-simkl="${id}"] [data-testid="up-next-note"]`),
        THE_BOYS,
      ),
    ).toBeNull();
  });

  suite.it('asleep', 'shows Up next from the local stores while the worker stays stopped', async () => {
    const { world, chrome } = session;
    await settled(world);
    world.control.clearLog();
    await chrome.stopServiceWorker();
    const asleep = await chrome.context.newPage();
    await asleep.addInitScript({ content: HOLD_MESSAGES });
    await asleep.goto(`chrome-extension://${chrome.extensionId}/popup.html?view=upnext`);
    await waitForText(asleep, '[data-testid="up-next"]', /The Boys/, 15_000);
    expect((await shownRows(asleep)).map((row) => row.title).sort()).toEqual([
      'Doctor Who',
      'One Piece',
      'The Bear',
      'The Boys',
    ]);
    expect(await isExtensionWorkerAwake(chrome.context, chrome.extensionId)).toBe(false);
    expect(apiRequests(world)).toEqual([]);
    await asleep.close();
  });

  suite.it(
    'screenshot',
    'takes the README’s picture of Up next, whose rows hold in the popup’s width',
    async () => {
      const dir = process.env.UPDATE_SCREENSHOTS
        ? path.join(REPO_ROOT, 'docs/screenshots')
        : fs.mkdtempSync(path.join(os.tmpdir(), 'simkl-up-next-'));
      const page = popup as Page;
      // The picture is of Up next as the steps above left it, or it is not saved: run alone, this
      // test would find the popup on its first tab.
      expect(await picturedView(page)).toEqual({
        path: '/popup.html',
        selectedTab: 'tab-upnext',
        listShown: true,
      });
      const rows = await shownRows(page);
      expect(rows.map((row) => row.title).sort()).toEqual([
        'Doctor Who',
        'One Piece',
        'The Bear',
        'The Boys',
      ]);
      expect(rows[0]).toMatchObject({ title: 'The Boys', line: 'S5E2 · 2 left' });
      await page.setViewportSize({ width: 384, height: 460 });
      await page.emulateMedia({ colorScheme: 'light' });
      // The rows hold in the popup's width: nothing wider than it, clipped or spilling.
      const widths = await horizontalOverflow(page);
      expect(widths.offenders).toEqual([]);
      expect(widths.scrollWidth).toBeLessThanOrEqual(widths.clientWidth);
      const file = path.join(dir, 'popup-up-next.png');
      await page.screenshot({ path: file });
      expect(fs.statSync(file).size).toBeGreaterThan(5_000);
      await closePage(popup);
    },
  );
});
