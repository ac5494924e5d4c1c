import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMenuClickHandler } from '../../../lib/background/context-menu/context-menu-click';
import { createMenuConfirmHandlers } from '../../../lib/background/context-menu/menu-confirm-handlers';
import {
  createPendingMenuActions,
  type SessionArea,
} from '../../../lib/background/context-menu/pending-menu-actions';
import type { HandlerContext, ItemHandlers } from '../../../lib/background/intents/handler-types';
import { createItemHandlers } from '../../../lib/background/items/item-handlers';
import type { HistoryWrite } from '../../../lib/simkl/api';
import { entryOf, freshIndexedDb, GOT, MATRIX } from '../library/fixtures';
import { createHarness, type Harness, writeCalls } from '../outbox/harness';

const MATRIX_LINK = 'https://www.imdb.com/title/tt0133093/?ref_=chttp_t_1';
const GOT_LINK = 'https://www.themoviedb.org/tv/1399-game-of-thrones';
/** The confirm window's page, as the router names it. */
const CONFIRM_PAGE: HandlerContext = {
  from: 'page',
  url: 'chrome-extension://our-extension-id/confirm.html?id=x',
};

let h: Harness;
let signedIn: boolean;
let handlers: ItemHandlers;
let opened: Array<{ url: string; besideTabId?: number }>;
let windows: string[];
let click: ReturnType<typeof createMenuClickHandler>;
let confirmHandlers: ReturnType<typeof createMenuConfirmHandlers>;

beforeEach(async () => {
  freshIndexedDb();
  fakeBrowser.reset();
  h = createHarness();
  signedIn = true;
  handlers = createItemHandlers({ ...h, isSignedIn: () => signedIn });
  opened = [];
  windows = [];
  const pending = createPendingMenuActions({ area: fakeBrowser.storage.session as SessionArea });
  click = createMenuClickHandler({
    handlers,
    resolver: h.resolver,
    pending,
    openConfirm: async (id) => windows.push(id),
    openTab: async (url, besideTabId) => opened.push({ url, besideTabId }),
  });
  confirmHandlers = createMenuConfirmHandlers({ handlers, pending });
  h.simkl.seed(
    entryOf(GOT, { status: 'watching', watchedEpisodes: 2, totalEpisodes: 73, nextToWatch: 'S01E03' }),
  );
  await h.library.sync();
  h.simkl.resetCalls();
});

const queued = async () => (await h.outbox.pending()).writes.map((write) => write.label);
const confirm = (id: string | undefined) => confirmHandlers.menuConfirm({ id: id ?? '' }, CONFIRM_PAGE);

describe('a click in the link context menu', () => {
  it('opens the confirm window naming the action, the match and the link, and writes nothing', async () => {
    await click({ menuItemId: 'simkl-completed', linkUrl: MATRIX_LINK, linkText: ' The Matrix ' }, 7);
    expect(windows).toHaveLength(1);
    expect(await queued()).toEqual([]);
    expect(writeCalls(h)).toEqual([]);
    expect(await confirmHandlers.menuAction({ id: windows[0] ?? '' }, CONFIRM_PAGE)).toEqual({
      write: { kind: 'status', status: 'completed' },
      link: { url: MATRIX_LINK, text: 'The Matrix' },
      match: { found: true, simkl: MATRIX.ids.simkl, type: 'movie', title: 'The Matrix', year: 1999 },
      listed: null,
    });
  });

  it('reads the link’s text from its frame where the browser does not give it (Chrome)', async () => {
    const asked: unknown[] = [];
    const clickInChrome = createMenuClickHandler({
      handlers,
      resolver: h.resolver,
      pending: createPendingMenuActions({ area: fakeBrowser.storage.session as SessionArea }),
      ...noWindows(),
      linkTextOf: async (...args) => {
        asked.push(args);
        return ' The Matrix ';
      },
    });
    await clickInChrome({ menuItemId: 'simkl-completed', linkUrl: MATRIX_LINK, frameId: 2 }, 7);
    expect(asked).toEqual([[7, 2, MATRIX_LINK]]);
    const shown = await confirmHandlers.menuAction({ id: windows[0] ?? '' }, CONFIRM_PAGE);
    expect(shown.link).toEqual({ url: MATRIX_LINK, text: 'The Matrix' });
    // Firefox tells the text itself: the frame is not read.
    await clickInChrome({ menuItemId: 'simkl-completed', linkUrl: MATRIX_LINK, linkText: 'Matrix' }, 7);
    expect(asked).toHaveLength(1);
  });

  it('still opens the window, without the text, when reading it fails', async () => {
    const clickInChrome = createMenuClickHandler({
      handlers,
      resolver: h.resolver,
      pending: createPendingMenuActions({ area: fakeBrowser.storage.session as SessionArea }),
      ...noWindows(),
      linkTextOf: () => Promise.reject(new Error('Cannot access contents of the page')),
    });
    await clickInChrome({ menuItemId: 'simkl-plantowatch', linkUrl: MATRIX_LINK }, 7);
    const shown = await confirmHandlers.menuAction({ id: windows[0] ?? '' }, CONFIRM_PAGE);
    expect(shown.link).toEqual({ url: MATRIX_LINK });
    expect(await queued()).toEqual([]);
  });

  it('writes the title the window named, whatever the link says by Confirm', async () => {
    await click({ menuItemId: 'simkl-completed', linkUrl: MATRIX_LINK, linkText: 'The Matrix' }, 7);
    // The page points the same link at another title after the click: the action holds the first.
    await click({ menuItemId: 'simkl-plantowatch', linkUrl: GOT_LINK, linkText: 'The Matrix' }, 7);
    expect(await confirm(windows[0])).toEqual({ done: true });
    expect(await queued()).toEqual(['The Matrix (1999): Completed']);
  });

  it('queues the chosen list once on Confirm, and sends it once', async () => {
    await click({ menuItemId: 'simkl-completed', linkUrl: MATRIX_LINK }, 7);
    expect(await confirm(windows[0])).toEqual({ done: true });
    expect(await queued()).toEqual(['The Matrix (1999): Completed']);
    await h.outbox.flush();
    await h.outbox.flush();
    expect(h.simkl.callsOf('addToList')).toHaveLength(1);
    expect(h.simkl.entry('movie', MATRIX.ids.simkl)?.status).toBe('completed');
  });

  it('refuses a second Confirm of the same action, even two at once: one write', async () => {
    await click({ menuItemId: 'simkl-completed', linkUrl: MATRIX_LINK });
    const answers = await Promise.all([confirm(windows[0]), confirm(windows[0])]);
    expect(answers).toContainEqual({ done: true });
    expect(answers).toContainEqual({ done: false, reason: 'expired' });
    expect(await confirm(windows[0])).toEqual({ done: false, reason: 'expired' });
    expect(await queued()).toEqual(['The Matrix (1999): Completed']);
  });

  it('keeps the action over a worker restart (session storage), and still writes it once', async () => {
    await click({ menuItemId: 'simkl-plantowatch', linkUrl: MATRIX_LINK });
    const restarted = createMenuConfirmHandlers({
      handlers,
      pending: createPendingMenuActions({ area: fakeBrowser.storage.session as SessionArea }),
    });
    expect(await restarted.menuConfirm({ id: windows[0] ?? '' }, CONFIRM_PAGE)).toEqual({ done: true });
    expect(await confirm(windows[0])).toEqual({ done: false, reason: 'expired' });
    expect(await queued()).toEqual(['The Matrix (1999): Plan to Watch']);
  });

  it('writes nothing on Cancel, and a Confirm after it is refused', async () => {
    await click({ menuItemId: 'simkl-completed', linkUrl: MATRIX_LINK });
    const id = windows[0] ?? '';
    expect(await confirmHandlers.menuCancel({ id }, CONFIRM_PAGE)).toEqual({ cancelled: true });
    expect(await confirm(id)).toEqual({ done: false, reason: 'expired' });
    await expect(confirmHandlers.menuAction({ id }, CONFIRM_PAGE)).rejects.toMatchObject({
      kind: 'not-found',
    });
    expect(await queued()).toEqual([]);
  });

  it('refuses an action left past its time', async () => {
    let now = 1_000;
    const pending = createPendingMenuActions({
      area: fakeBrowser.storage.session as SessionArea,
      now: () => now,
    });
    const late = { handlers, pending };
    const clickLate = createMenuClickHandler({ ...late, resolver: h.resolver, ...noWindows() });
    await clickLate({ menuItemId: 'simkl-completed', linkUrl: MATRIX_LINK });
    now += 11 * 60_000;
    const id = windows[0] ?? '';
    expect(await createMenuConfirmHandlers(late).menuConfirm({ id }, CONFIRM_PAGE)).toEqual({
      done: false,
      reason: 'expired',
    });
    expect(await queued()).toEqual([]);
  });

  it('marks a movie watched itself, and a show its next episode, each on its Confirm', async () => {
    await click({ menuItemId: 'simkl-watched', linkUrl: MATRIX_LINK });
    await click({ menuItemId: 'simkl-watched', linkUrl: GOT_LINK });
    const show = await confirmHandlers.menuAction({ id: windows[1] ?? '' }, CONFIRM_PAGE);
    expect(show.write).toEqual({ kind: 'watched', scope: 'next', episode: 'S01E03' });
    for (const id of windows) await confirm(id);
    await h.outbox.flush();
    const history = h.simkl.callsOf('addToHistory').map((call) => (call.args[0] as HistoryWrite[])[0]);
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ ids: { simkl: MATRIX.ids.simkl } });
    expect(history[0]?.seasons).toBeUndefined();
    expect(history[1]?.seasons).toEqual([{ number: 1, episodes: [{ number: 3 }] }]);
  });

  it('opens the resolved title on simkl.com beside the tab, writing nothing', async () => {
    await click({ menuItemId: 'simkl-open', linkUrl: GOT_LINK }, 4);
    expect(opened).toEqual([{ url: `https://simkl.com/tv/${GOT.ids.simkl}`, besideTabId: 4 }]);
    expect(windows).toEqual([]);
    expect(await queued()).toEqual([]);
  });

  it('does nothing for a link that is not a title, or an item that is not ours', async () => {
    await click({ menuItemId: 'simkl-completed', linkUrl: 'https://www.imdb.com/chart/top/' });
    await click({ menuItemId: 'simkl-completed', linkUrl: 'https://www.imdb.com/title/tt123/' });
    await click({ menuItemId: 'another-extension', linkUrl: MATRIX_LINK });
    await click({ menuItemId: 'simkl-completed' });
    expect(windows).toEqual([]);
    expect(await queued()).toEqual([]);
    expect(h.simkl.calls).toEqual([]);
  });

  it('opens no window and writes nothing when a click comes while signed out', async () => {
    signedIn = false;
    await click({ menuItemId: 'simkl-plantowatch', linkUrl: MATRIX_LINK });
    expect(windows).toEqual([]);
    expect(await queued()).toEqual([]);
  });
});

function noWindows() {
  return {
    openConfirm: async (id: string) => windows.push(id),
    openTab: async () => undefined,
  };
}
