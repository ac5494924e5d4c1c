import { beforeEach, describe, expect, it } from 'vitest';
import { createMenuClickHandler } from '../../../lib/background/context-menu/context-menu-click';
import type { ItemHandlers } from '../../../lib/background/intents/handler-types';
import { createItemHandlers } from '../../../lib/background/items/item-handlers';
import type { HistoryWrite } from '../../../lib/simkl/api';
import { entryOf, freshIndexedDb, GOT, MATRIX } from '../library/fixtures';
import { createHarness, type Harness, writeCalls } from '../outbox/harness';

const MATRIX_LINK = 'https://www.imdb.com/title/tt0133093/?ref_=chttp_t_1';
const GOT_LINK = 'https://www.themoviedb.org/tv/1399-game-of-thrones';

let h: Harness;
let signedIn: boolean;
let handlers: ItemHandlers;
let opened: Array<{ url: string; besideTabId?: number }>;
let click: ReturnType<typeof createMenuClickHandler>;

beforeEach(async () => {
  freshIndexedDb();
  h = createHarness();
  signedIn = true;
  handlers = createItemHandlers({ ...h, isSignedIn: () => signedIn });
  opened = [];
  click = createMenuClickHandler({
    handlers,
    openTab: async (url, besideTabId) => opened.push({ url, besideTabId }),
  });
  h.simkl.seed(
    entryOf(GOT, { status: 'watching', watchedEpisodes: 2, totalEpisodes: 73, nextToWatch: 'S01E03' }),
  );
  await h.library.sync();
  h.simkl.resetCalls();
});

const queued = async () => (await h.outbox.pending()).writes.map((write) => write.label);

describe('a click in the link context menu', () => {
  it('queues the chosen list for the linked title in the outbox, once, and sends it once', async () => {
    await click({ menuItemId: 'simkl-completed', linkUrl: MATRIX_LINK }, 7);
    expect(await queued()).toEqual(['The Matrix (1999) → Completed']);
    expect(writeCalls(h)).toEqual([]);
    await h.outbox.flush();
    await h.outbox.flush();
    expect(h.simkl.callsOf('addToList')).toHaveLength(1);
    expect(h.simkl.entry('movie', MATRIX.ids.simkl)?.status).toBe('completed');
  });

  it('marks a movie watched itself, and a show its next episode', async () => {
    await click({ menuItemId: 'simkl-watched', linkUrl: MATRIX_LINK });
    await click({ menuItemId: 'simkl-watched', linkUrl: GOT_LINK });
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
    expect(await queued()).toEqual([]);
  });

  it('does nothing for a link that is not a title, or an item that is not ours', async () => {
    await click({ menuItemId: 'simkl-completed', linkUrl: 'https://www.imdb.com/chart/top/' });
    await click({ menuItemId: 'simkl-completed', linkUrl: 'https://www.imdb.com/title/tt123/' });
    await click({ menuItemId: 'another-extension', linkUrl: MATRIX_LINK });
    await click({ menuItemId: 'simkl-completed' });
    expect(await queued()).toEqual([]);
    expect(h.simkl.calls).toEqual([]);
  });

  it('writes nothing when a click comes while signed out', async () => {
    signedIn = false;
    await expect(click({ menuItemId: 'simkl-plantowatch', linkUrl: MATRIX_LINK })).rejects.toMatchObject({
      kind: 'signed-out',
    });
    expect(await queued()).toEqual([]);
  });
});
