// The `episodes` intent: a title's watched episodes from the mirror, for its pages and the popup.
import { beforeEach, describe, expect, it } from 'vitest';
import { createEpisodeHandlers } from '../../../lib/background/episode-handlers';
import { createRouter } from '../../../lib/background/router';
import type { SenderInfo } from '../../../lib/background/sender';
import { openLibraryDb } from '../../../lib/library/db';
import { createLibrary } from '../../../lib/library/library';
import type { Library } from '../../../lib/library/types';
import { type EpisodesView, PROTOCOL_TAG } from '../../../lib/messaging';
import { createFakeSimkl, type FakeSimkl } from '../library/fake-simkl';
import { entryOf, FMA, freshIndexedDb, GOT, MATRIX } from '../library/fixtures';

const rules = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours' };
const imdbTab: SenderInfo = { id: 'ours', url: 'https://www.imdb.com/title/tt0944947/', tab: { id: 3 } };
const popup: SenderInfo = { id: 'ours', url: 'chrome-extension://ours/popup.html' };
const stranger: SenderInfo = { id: 'another', url: 'https://www.imdb.com/title/tt0944947/', tab: { id: 3 } };
const message = (data: unknown) => ({ protocol: PROTOCOL_TAG, intent: 'episodes', data });
const AT = '2025-03-03T20:00:00Z';

let simkl: FakeSimkl;
let library: Library;

beforeEach(async () => {
  freshIndexedDb();
  simkl = createFakeSimkl();
  library = createLibrary({ api: simkl.api, db: openLibraryDb() });
  simkl.seed({ ...entryOf(GOT, { status: 'watching' }), episodes: { 2: { 5: AT } } });
  simkl.seed({ ...entryOf(FMA, { status: 'watching' }), episodes: { 1: { 1: null } } });
  simkl.seed(entryOf(MATRIX, { status: 'completed' }));
  await library.sync();
  simkl.resetCalls();
});

describe('episodes', () => {
  it("answers a show's and an anime's watched episodes from the mirror, with no request to Simkl", async () => {
    const route = createRouter(createEpisodeHandlers({ library }), rules);
    const show: EpisodesView = { known: true, seasons: { 2: { 5: AT } } };
    expect(await route(message({ type: 'show', simkl: GOT.ids.simkl }), imdbTab)).toEqual({
      ok: true,
      value: show,
    });
    const anime = await route(message({ type: 'anime', simkl: FMA.ids.simkl }), popup);
    expect(anime).toEqual({ ok: true, value: { known: true, seasons: { 1: { 1: null } } } });
    expect(simkl.calls).toHaveLength(0);
  });

  it('says unknown for a title not on the lists and for a movie', async () => {
    const route = createRouter(createEpisodeHandlers({ library }), rules);
    const unknown = { ok: true, value: { known: false, seasons: {} } };
    expect(await route(message({ type: 'show', simkl: 424242 }), popup)).toEqual(unknown);
    expect(await route(message({ type: 'movie', simkl: MATRIX.ids.simkl }), popup)).toEqual(unknown);
  });

  it('refuses a malformed request and is not answered for another extension', async () => {
    const route = createRouter(createEpisodeHandlers({ library }), rules);
    expect((await route(message({ type: 'book', simkl: 1 }), popup))?.ok).toBe(false);
    expect((await route(message({ type: 'show', simkl: '17465' }), popup))?.ok).toBe(false);
    expect(route(message({ type: 'show', simkl: GOT.ids.simkl }), stranger)).toBeUndefined();
  });
});
