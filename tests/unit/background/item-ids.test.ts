/**
 * The user's state whatever id the page carries. Simkl's library answers never carry a Netflix id and
 * often lack an anime's IMDb id (docs/simkl-api.md, Ids and media objects): the mirror cannot be found by those page ids, so
 * the item view must look it up again by the Simkl id that `/search/id` gives, and remember that answer.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { HandlerContext, ItemHandlers } from '../../../lib/background/intents/handler-types';
import { createItemHandlers } from '../../../lib/background/items/item-handlers';
import type { DetectedMedia } from '../../../lib/media';
import { openResolveDb } from '../../../lib/resolve/cache';
import { createResolver } from '../../../lib/resolve/resolver';
import type { HistoryWrite, ListWrite } from '../../../lib/simkl/api';
import { entryOf, FMA, freshIndexedDb, GOT } from '../library/fixtures';
import { createHarness, type Harness } from '../outbox/harness';

const page: HandlerContext = { from: 'content', tabId: 1 };
const gotOnNetflix: DetectedMedia = {
  site: 'netflix',
  kind: 'show',
  ids: { netflix: '70305903' },
  title: 'Game of Thrones',
};
const fmaOnImdb: DetectedMedia = {
  site: 'imdb',
  kind: 'show',
  ids: { imdb: 'tt1355642' },
  title: 'Fullmetal Alchemist: Brotherhood',
};

let h: Harness;
let handlers: ItemHandlers;

/** The handlers of a new browser session: the same IndexedDB, nothing kept in memory. */
function nextSession(): ItemHandlers {
  const resolver = createResolver({
    api: h.simkl.api,
    library: h.library,
    db: openResolveDb(),
    clock: h.clock,
  });
  return createItemHandlers({ ...h, resolver, isSignedIn: () => true });
}

beforeEach(async () => {
  freshIndexedDb();
  h = createHarness();
  h.simkl.omitLibraryIds('netflix', 'imdb');
  handlers = createItemHandlers({ ...h, isSignedIn: () => true });
  h.simkl.seed(
    entryOf(GOT, { status: 'watching', watchedEpisodes: 2, totalEpisodes: 73, nextToWatch: 'S01E03' }),
  );
  h.simkl.seed(entryOf(FMA, { status: 'completed', rating: 9 }));
  await h.library.sync();
  h.simkl.resetCalls();
});

describe('a page id the library answers lack', () => {
  it('shows the Watching status of a Netflix title, found by the Simkl id a lookup gives', async () => {
    expect(await h.library.lookup({ netflix: '70305903' })).toBeNull();
    const view = await handlers.status({ media: gotOnNetflix }, page);
    expect(view).toMatchObject({
      known: true,
      simkl: GOT.ids.simkl,
      status: 'watching',
      progress: { watched: 2, total: 73, next: 'S01E03' },
    });
    expect(h.simkl.calls.map((call) => call.method)).toEqual(['searchById']);
  });

  it("shows an anime's status and rating on its IMDb page", async () => {
    expect(await handlers.status({ media: fmaOnImdb }, page)).toMatchObject({
      simkl: FMA.ids.simkl,
      type: 'anime',
      status: 'completed',
      rating: 9,
    });
  });

  it('remembers the answer: a second visit in a new session makes no request at all', async () => {
    await handlers.status({ media: gotOnNetflix }, page);
    h.simkl.resetCalls();
    const view = await nextSession().status({ media: gotOnNetflix }, page);
    expect(view).toMatchObject({ status: 'watching' });
    expect(h.simkl.calls).toEqual([]);
  });
});

describe('writes start from the real state', () => {
  it('marks the next episode after the ones watched, not the first one', async () => {
    const view = await handlers.markWatched({ media: gotOnNetflix, scope: 'next' }, page);
    expect(view).toMatchObject({ status: 'watching', progress: { watched: 3, next: 'S01E04' } });
    await h.outbox.flush();
    const sent = (h.simkl.callsOf('addToHistory')[0]?.args[0] as HistoryWrite[] | undefined)?.[0];
    expect(sent?.seasons).toEqual([{ number: 1, episodes: [{ number: 3 }] }]);
    expect(h.simkl.entry('show', GOT.ids.simkl)).toMatchObject({ status: 'watching', watchedEpisodes: 3 });
  });

  it('rates the listed title in place: it stays Watching with its progress', async () => {
    expect(await handlers.rate({ media: gotOnNetflix, rating: 8 }, page)).toMatchObject({
      status: 'watching',
      rating: 8,
      progress: { watched: 2 },
    });
  });

  it('sends a write by the Simkl id, and the view counts it against the title', async () => {
    const view = await handlers.setStatus({ media: gotOnNetflix, status: 'hold' }, page);
    expect(view).toMatchObject({ status: 'hold', pendingWrites: 1, progress: { watched: 2 } });
    await h.outbox.flush();
    const sent = (h.simkl.callsOf('addToList')[0]?.args[0] as ListWrite[] | undefined)?.[0];
    expect(sent?.ids.simkl).toBe(GOT.ids.simkl);
    expect(await handlers.status({ media: gotOnNetflix }, page)).toMatchObject({
      status: 'hold',
      pendingWrites: 0,
    });
  });
});
