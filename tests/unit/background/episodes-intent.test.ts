// The `episodes` intent: a title's watched episodes from the mirror, for its pages and the popup.
import { beforeEach, describe, expect, it } from 'vitest';
import { createEpisodeHandlers } from '../../../lib/background/episodes/episode-handlers';
import { createRouter } from '../../../lib/background/intents/router';
import type { SenderInfo } from '../../../lib/background/intents/sender';
import { type EpisodesView, PROTOCOL_TAG } from '../../../lib/messaging';
import type { EpisodeInfo } from '../../../lib/simkl/api';
import type { FakeSimkl } from '../library/fake-simkl';
import { entryOf, FMA, freshIndexedDb, GOT, MATRIX } from '../library/fixtures';
import { createHarness, type Harness } from '../outbox/harness';

const rules = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours' };
const imdbTab: SenderInfo = { id: 'ours', url: 'https://www.imdb.com/title/tt0944947/', tab: { id: 3 } };
const popup: SenderInfo = { id: 'ours', url: 'chrome-extension://ours/popup.html' };
const stranger: SenderInfo = { id: 'another', url: 'https://www.imdb.com/title/tt0944947/', tab: { id: 3 } };
const message = (data: unknown) => ({ protocol: PROTOCOL_TAG, intent: 'episodes', data });
const AT = '2025-03-03T20:00:00Z';

let simkl: FakeSimkl;
let h: Harness;
let listed: EpisodeInfo[] | Error;
let catalogueAsks: number;

/** Simkl's episode list as the catalogue cache hands it out (its own tests: episode-catalogue.test.ts). */
const catalogue = {
  async episodes() {
    catalogueAsks += 1;
    if (listed instanceof Error) return null;
    return listed.filter((info): info is EpisodeInfo & { episode: number } => info.type === 'episode');
  },
};
const handlers = () =>
  createEpisodeHandlers({ ...h, catalogue, isSignedIn: () => true, now: () => Date.parse('2025-06-01') });

beforeEach(async () => {
  freshIndexedDb();
  h = createHarness();
  simkl = h.simkl;
  const library = h.library;
  listed = [];
  catalogueAsks = 0;
  simkl.seed({ ...entryOf(GOT, { status: 'watching' }), episodes: { 2: { 5: AT } } });
  simkl.seed({ ...entryOf(FMA, { status: 'watching' }), episodes: { 1: { 1: null } } });
  simkl.seed(entryOf(MATRIX, { status: 'completed' }));
  await library.sync();
  simkl.resetCalls();
});

describe('episodes', () => {
  it("answers a show's and an anime's watched episodes from the mirror, with no request to Simkl", async () => {
    const route = createRouter(handlers(), rules);
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
    const route = createRouter(handlers(), rules);
    const unknown = { ok: true, value: { known: false, seasons: {} } };
    expect(await route(message({ type: 'show', simkl: 424242 }), popup)).toEqual(unknown);
    expect(await route(message({ type: 'movie', simkl: MATRIX.ids.simkl }), popup)).toEqual(unknown);
  });

  it('refuses a malformed request and is not answered for another extension', async () => {
    const route = createRouter(handlers(), rules);
    expect((await route(message({ type: 'book', simkl: 1 }), popup))?.ok).toBe(false);
    expect((await route(message({ type: 'show', simkl: '17465' }), popup))?.ok).toBe(false);
    expect(route(message({ type: 'show', simkl: GOT.ids.simkl }), stranger)).toBeUndefined();
  });
});

describe('episodes with catalogue: true', () => {
  it("adds Simkl's regular episodes, aired or not, with the user's state", async () => {
    listed = [
      { type: 'episode', season: 1, episode: 1, aired: true, title: 'Winter Is Coming' },
      { type: 'episode', season: 1, episode: 2, aired: true, title: 'The Kingsroad' },
      { type: 'episode', season: 2, episode: 1, date: '2030-01-01T00:00:00Z' },
    ];
    const route = createRouter(handlers(), rules);
    const answer = await route(message({ type: 'show', simkl: GOT.ids.simkl, catalogue: true }), imdbTab);
    expect(answer).toEqual({
      ok: true,
      value: {
        known: true,
        seasons: { 2: { 5: AT } },
        catalogue: [
          { season: 1, episode: 1, title: 'Winter Is Coming', aired: true },
          { season: 1, episode: 2, title: 'The Kingsroad', aired: true },
          { season: 2, episode: 1, aired: false },
        ],
      },
    });
  });

  it('answers without the catalogue when Simkl cannot be asked, and never asks for a movie', async () => {
    listed = new Error('offline');
    const route = createRouter(handlers(), rules);
    const show = await route(message({ type: 'show', simkl: GOT.ids.simkl, catalogue: true }), popup);
    expect(show).toEqual({ ok: true, value: { known: true, seasons: { 2: { 5: AT } } } });
    await route(message({ type: 'movie', simkl: MATRIX.ids.simkl, catalogue: true }), popup);
    await route(message({ type: 'show', simkl: GOT.ids.simkl }), popup);
    expect(catalogueAsks).toBe(1);
  });
});
