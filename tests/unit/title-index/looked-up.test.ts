/**
 * A Netflix page of a listed show shows its state from the title index once one lookup found the show
 * by that page's id: Simkl's lists seldom carry Netflix ids, and without the learned id every visit
 * waited for the background (a sleeping worker woken first).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openLibraryDb } from '../../../lib/library/db';
import { createLibrary } from '../../../lib/library/library';
import type { DetectedMedia } from '../../../lib/media';
import { cachedHits, openResolveDb } from '../../../lib/resolve/cache';
import { createResolver } from '../../../lib/resolve/resolver';
import { scanLookup } from '../../../lib/title-index/decode';
import { withLookedUpIds } from '../../../lib/title-index/looked-up';
import { createTitleIndexReader } from '../../../lib/title-index/read';
import { createTitleIndexWriter, keepTitleIndex } from '../../../lib/title-index/writer';
import { ANA, createAccounts } from '../library/accounts';
import { entryOf, freshIndexedDb, GOT, MATRIX } from '../library/fixtures';

/** Game of Thrones as Simkl's lists send it: no Netflix id. */
const LISTED_GOT = { ...GOT, ids: { simkl: GOT.ids.simkl, imdb: GOT.ids.imdb, tmdb: GOT.ids.tmdb } };
const netflixPage: DetectedMedia = { site: 'netflix', kind: 'show', ids: { netflix: '70305903' } };

beforeEach(() => {
  freshIndexedDb();
  fakeBrowser.reset();
});

describe('withLookedUpIds', () => {
  it.each([
    ['adds the id a lookup found the listed item by', [['netflix:70305903', GOT]], { netflix: '70305903' }],
    ['keeps the id Simkl gave the title', [['imdb:tt9999999', GOT]], {}],
    ['learns nothing from another type with the same number', [['netflix:1', { ...GOT, type: 'anime' }]], {}],
    ['learns nothing from keys the rows have no field for', [['anilist:5', GOT]], {}],
    ['learns nothing from scoped TMDB keys', [['tmdb:show:7', GOT]], {}],
  ] as const)('%s', (_, hits, added) => {
    const [got, matrix] = withLookedUpIds([entryOf(LISTED_GOT), entryOf(MATRIX)], hits);
    expect(got?.ids).toEqual({ ...LISTED_GOT.ids, ...added });
    expect(matrix?.ids).toEqual(MATRIX.ids);
  });
});

describe('the title index after a lookup', () => {
  it("names the show by the Netflix id its page was found by, as soon as the lookup's answer is kept", async () => {
    const users = createAccounts();
    users.of(ANA).seed(entryOf(LISTED_GOT, { status: 'watching' }));
    users.signIn(ANA);
    users.of(ANA).addToCatalog(GOT);
    const library = createLibrary({ api: users.api, db: openLibraryDb(), currentUser: users.currentUser });
    await library.sync();
    const db = openResolveDb();
    const hits: Array<() => void> = [];
    const resolver = createResolver({
      api: users.api,
      library,
      db,
      onHit: () => {
        for (const listener of hits) listener();
      },
    });
    const writer = createTitleIndexWriter({
      library,
      currentUser: users.currentUser,
      lookedUp: () => cachedHits(db),
    });
    keepTitleIndex(writer, [library, { onChange: (listener) => hits.push(listener) }]);
    const pageSees = async () =>
      (await createTitleIndexReader(scanLookup, fakeBrowser.storage.local).read())?.(netflixPage)?.status ??
      null;
    await writer.update();
    expect(await pageSees()).toBeNull();

    // No sync, no write: the lookup's hit alone rebuilds the index.
    expect(await resolver.resolve(netflixPage)).toMatchObject({ ids: { simkl: GOT.ids.simkl } });
    await vi.waitFor(async () => expect(await pageSees()).toBe('watching'));
    // Its last run done, the writer writes nothing into the next test's storage.
    await writer.update();
  });
});
