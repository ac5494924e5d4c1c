import { beforeEach, describe, expect, it } from 'vitest';
import { createItemHandlers } from '../../../lib/background/items/item-handlers';
import { createMatchHandlers } from '../../../lib/background/match/match-handlers';
import { openLibraryDb } from '../../../lib/library/db';
import { createLibrary } from '../../../lib/library/library';
import type { DetectedMedia } from '../../../lib/media';
import type { SearchResultView } from '../../../lib/messaging';
import { openOutboxDb } from '../../../lib/outbox/db';
import { createOutbox } from '../../../lib/outbox/outbox';
import { readLocalItemView } from '../../../lib/read-model/local-view';
import { openResolveDb, readAnswer } from '../../../lib/resolve/cache';
import {
  findOverride,
  listOverrides,
  openOverridesDb,
  overrideKeyOf,
  overrideKeys,
  saveOverride,
} from '../../../lib/resolve/overrides';
import { createResolver } from '../../../lib/resolve/resolver';
import { createFakeSimkl } from '../library/fake-simkl';
import { COLLIDING_SHOW, entryOf, FMA, freshIndexedDb, GOT, MATRIX, manualClock } from '../library/fixtures';
import { backgroundWorld } from '../read-model/fixtures';

const page = { from: 'content' } as const;
// IMDb's page of The Matrix, which Simkl's lookup (deliberately) names as Game of Thrones below.
const matrixPage: DetectedMedia = {
  site: 'imdb',
  kind: 'movie',
  ids: { imdb: 'tt0133093' },
  title: 'The Matrix',
};
const matrixChoice: SearchResultView = {
  simkl: MATRIX.ids.simkl,
  type: 'movie',
  title: 'The Matrix',
  year: 1999,
};
const gotPage: DetectedMedia = {
  site: 'imdb',
  kind: 'show',
  ids: { imdb: 'tt0944947' },
  title: 'Game of Thrones',
};
const gotChoice: SearchResultView = {
  simkl: GOT.ids.simkl,
  type: 'show',
  title: 'Game of Thrones',
  year: 2011,
};
/** Another show that Simkl's data files under Game of Thrones' IMDb id: the wrong match. */
const WRONG_SHOW = { ...COLLIDING_SHOW, ids: { simkl: COLLIDING_SHOW.ids.simkl, imdb: 'tt0944947' } };

function world() {
  freshIndexedDb();
  const clock = manualClock();
  const simkl = createFakeSimkl();
  simkl.addToCatalog(MATRIX, GOT, COLLIDING_SHOW, FMA);
  const library = createLibrary({ api: simkl.api, db: openLibraryDb(), clock });
  const resolveDb = openResolveDb();
  const overrides = openOverridesDb();
  const resolver = createResolver({ api: simkl.api, library, db: resolveDb, overrides, clock });
  const outbox = createOutbox({
    api: simkl.api,
    db: openOutboxDb(),
    library,
    resolver,
    clock,
    autoFlush: false,
  });
  const items = createItemHandlers({ library, resolver, outbox, isSignedIn: () => true });
  let changes = 0;
  const match = createMatchHandlers({
    api: simkl.api,
    overrides,
    resolveDb,
    status: (media) => items.status({ media }, page),
    changed: async () => {
      changes++;
    },
    openSearch: async () => true,
  });
  return { simkl, library, resolver, resolveDb, overrides, outbox, items, match, changes: () => changes };
}

let w: ReturnType<typeof world>;
beforeEach(() => {
  w = world();
});

describe('the override store', () => {
  it("keys a choice by the page's own site id (an episode by its show's)", () => {
    expect(overrideKeyOf(matrixPage)).toBe('imdb:tt0133093');
    expect(overrideKeyOf({ site: 'tmdb', kind: 'show', ids: { tmdb: '1399' } })).toBe('tmdb:show:1399');
    expect(overrideKeyOf({ site: 'mal', kind: 'anime', ids: { mal: '5114' } })).toBe('mal:5114');
    expect(
      overrideKeyOf({
        site: 'imdb',
        kind: 'episode',
        ids: { imdb: 'tt1480055' },
        show: { ids: { imdb: 'tt0944947' } },
      }),
    ).toBe('imdb:tt0944947');
  });

  it("keys a Crunchyroll choice by its series' id, never by the title its lookup was made with", () => {
    const episode: DetectedMedia = {
      site: 'crunchyroll',
      kind: 'episode',
      ids: { crunchyroll: 'GX9UQE5P1' },
      show: { ids: { crunchyroll: 'GY5VXG0ZR' }, title: 'Steins;Gate' },
    };
    expect(overrideKeyOf(episode)).toBe('crunchyroll:gy5vxg0zr');
    expect(overrideKeys(episode)).toEqual(['crunchyroll:gy5vxg0zr']);
  });

  it('keeps the chosen item with the site and page id, and finds it again', async () => {
    await saveOverride(w.overrides, { site: 'tmdb', kind: 'show', ids: { tmdb: '1399' } }, GOT, 5);
    expect(await listOverrides(w.overrides)).toEqual([
      { key: 'tmdb:show:1399', site: 'tmdb', pageId: '1399', item: GOT, at: '1970-01-01T00:00:00.005Z' },
    ]);
    expect(
      (await findOverride(w.overrides, { site: 'tmdb', kind: 'show', ids: { tmdb: '1399' } }))?.item,
    ).toEqual(GOT);
    // TMDB's film 1399 is another title.
    expect(
      await findOverride(w.overrides, { site: 'tmdb', kind: 'movie', ids: { tmdb: '1399' } }),
    ).toBeNull();
  });
});

describe('an override takes precedence', () => {
  it("over the resolver's cached lookup, with no request", async () => {
    await w.resolver.resolve({ site: 'imdb', kind: 'show', ids: { imdb: 'tt0944947' } });
    await saveOverride(w.overrides, { site: 'imdb', kind: 'show', ids: { imdb: 'tt0944947' } }, MATRIX);
    w.simkl.resetCalls();
    expect(
      (await w.resolver.resolve({ site: 'imdb', kind: 'show', ids: { imdb: 'tt0944947' } }))?.ids.simkl,
    ).toBe(MATRIX.ids.simkl);
    expect(w.simkl.calls).toEqual([]);
  });

  it("over the mirror's id match: the page reads the chosen item's state, not the listed one's", async () => {
    // The user's lists hold another show under Game of Thrones' IMDb id (Simkl's data is wrong).
    w.simkl.seed(entryOf(WRONG_SHOW, { status: 'watching' }));
    await w.library.sync();
    expect(await w.items.status({ media: gotPage }, page)).toMatchObject({
      status: 'watching',
      simkl: WRONG_SHOW.ids.simkl,
    });

    const view = await w.match.setMatch({ media: gotPage, item: gotChoice }, page);
    expect(view).toMatchObject({ simkl: GOT.ids.simkl, type: 'show', status: null, overridden: true });
    expect((await w.resolver.resolve(gotPage))?.ids.simkl).toBe(GOT.ids.simkl);
    expect(w.changes()).toBe(1);
  });

  it("in the popup's own read of the shared stores too", async () => {
    const popupWorld = await backgroundWorld();
    popupWorld.ana.seed(entryOf(WRONG_SHOW, { status: 'watching' }));
    await popupWorld.library.sync();
    expect(await readLocalItemView(gotPage)).toMatchObject({ simkl: WRONG_SHOW.ids.simkl });
    await saveOverride(openOverridesDb(), gotPage, GOT);
    expect(await readLocalItemView(gotPage)).toMatchObject({
      simkl: GOT.ids.simkl,
      status: null,
      overridden: true,
    });
  });
});

describe('choosing, writing and undoing', () => {
  it('drops the cached lookup, writes to the chosen item, and undo resolves afresh', async () => {
    w.simkl.addToCatalog({ ...GOT, ids: { simkl: GOT.ids.simkl, imdb: 'tt0133093' } });
    expect(await w.items.status({ media: matrixPage }, page)).toMatchObject({ known: true });
    expect(await readAnswer(w.resolveDb, 'imdb:tt0133093')).toBeDefined();

    await w.match.setMatch({ media: matrixPage, item: matrixChoice }, page);
    expect(await readAnswer(w.resolveDb, 'imdb:tt0133093')).toBeUndefined();

    await w.items.setStatus({ media: matrixPage, status: 'plantowatch' }, page);
    await w.outbox.flush();
    const [write] = w.simkl.callsOf('addToList');
    // By the chosen item's Simkl id alone: the page's IMDb id names another item at Simkl.
    expect(write?.args[0]).toEqual([
      expect.objectContaining({ type: 'movie', ids: { simkl: MATRIX.ids.simkl } }),
    ]);
  });

  it('undo removes the override and the cached lookup: the page resolves afresh', async () => {
    w.simkl.addToCatalog(WRONG_SHOW);
    await w.match.setMatch({ media: gotPage, item: gotChoice }, page);
    w.simkl.resetCalls();
    const undone = await w.match.clearMatch({ media: gotPage }, page);
    expect(undone).not.toHaveProperty('overridden');
    expect(await listOverrides(w.overrides)).toEqual([]);
    expect(w.simkl.callsOf('searchById').map((call) => call.args[0])).toEqual([{ imdb: 'tt0944947' }]);
    expect(w.changes()).toBe(2);
  });

  it('lists overrides for the options page and removes one by its key', async () => {
    await w.match.setMatch({ media: matrixPage, item: matrixChoice }, page);
    const listed = await w.match.matchOverrides({}, page);
    expect(listed).toEqual([
      {
        key: 'imdb:tt0133093',
        site: 'imdb',
        pageId: 'tt0133093',
        item: { type: 'movie', ids: { simkl: MATRIX.ids.simkl }, title: 'The Matrix', year: 1999 },
        at: expect.any(String),
      },
    ]);
    expect(await w.match.removeMatchOverride({ key: 'imdb:tt0133093' }, page)).toEqual([]);
    expect(await findOverride(w.overrides, matrixPage)).toBeNull();
  });

  it('survives a sync and a sign-out (the mirror emptied): overrides are about titles', async () => {
    await w.match.setMatch({ media: matrixPage, item: { ...matrixChoice } }, page);
    w.simkl.seed(entryOf(MATRIX, { status: 'completed' }));
    await w.library.sync();
    expect(await w.items.status({ media: matrixPage }, page)).toMatchObject({
      status: 'completed',
      overridden: true,
    });
    await w.library.clear();
    expect((await findOverride(w.overrides, matrixPage))?.item.ids.simkl).toBe(MATRIX.ids.simkl);
  });
});
