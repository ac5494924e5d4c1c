/** The title index the pages read early must not show the wrong item's state for an overridden page. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openLibraryDb } from '../../../lib/library/db';
import { createLibrary } from '../../../lib/library/library';
import { listOverrides, openOverridesDb, saveOverride } from '../../../lib/resolve/overrides';
import { scanLookup } from '../../../lib/title-index/decode';
import { withOverrides } from '../../../lib/title-index/overridden';
import { createTitleIndexReader } from '../../../lib/title-index/read';
import { createTitleIndexWriter } from '../../../lib/title-index/writer';
import { ANA, createAccounts } from '../library/accounts';
import { COLLIDING_SHOW, entryOf, freshIndexedDb, GOT, MATRIX } from '../library/fixtures';

const local = fakeBrowser.storage.local;
const gotPage = { site: 'imdb', kind: 'show', ids: { imdb: 'tt0944947' } } as const;
/** Listed under Game of Thrones' IMDb id by mistake. */
const WRONG_SHOW = { ...COLLIDING_SHOW, ids: { simkl: COLLIDING_SHOW.ids.simkl, imdb: 'tt0944947' } };

async function pageSees(): Promise<string | null> {
  const find = await createTitleIndexReader(scanLookup, local).read();
  return find?.({ ids: gotPage.ids, kind: 'show' })?.status ?? null;
}

beforeEach(() => {
  freshIndexedDb();
  fakeBrowser.reset();
});

describe('overrides in the title index', () => {
  it("move the page's id from the wrong entry's row to the chosen one's", async () => {
    const users = createAccounts();
    users.of(ANA).seed(entryOf(WRONG_SHOW, { status: 'watching' }));
    users.of(ANA).seed(entryOf(GOT, { status: 'completed' }));
    users.signIn(ANA);
    const library = createLibrary({ api: users.api, db: openLibraryDb(), currentUser: users.currentUser });
    await library.sync();
    const overrides = openOverridesDb();
    const writer = createTitleIndexWriter({
      library,
      currentUser: users.currentUser,
      area: local,
      overrides: () => listOverrides(overrides),
    });
    await writer.update();
    // Without the override, the first row with the id wins: the wrong show.
    expect(await pageSees()).toBe('watching');
    await saveOverride(overrides, gotPage, GOT);
    await writer.update();
    expect(await pageSees()).toBe('completed');
  });

  it('leave entries alone when there is none, and drop the id from an unlisted choice', async () => {
    const entries = [entryOf(WRONG_SHOW, { status: 'watching' })];
    expect(withOverrides(entries, [])).toBe(entries);
    const [moved] = withOverrides(entries, [
      { key: 'imdb:tt0944947', site: 'imdb', pageId: 'tt0944947', item: GOT, at: '2026-01-01T00:00:00.000Z' },
    ]);
    expect(moved?.ids.imdb).toBeUndefined();
    expect(moved?.ids.simkl).toBe(WRONG_SHOW.ids.simkl);
  });

  it("keep TMDB's films and TV apart: a TV override leaves a film with the same number alone", () => {
    const film = entryOf(MATRIX, { status: 'completed' });
    const [kept] = withOverrides(
      [film],
      [{ key: 'tmdb:show:603', site: 'tmdb', pageId: '603', item: GOT, at: '2026-01-01T00:00:00.000Z' }],
    );
    expect(kept).toBe(film);
  });
});
