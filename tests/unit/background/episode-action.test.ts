// The episodeAction intent (docs/architecture.md, Episodes and seasons): counts from the mirror and Simkl's episode list, one
// outbox write (or none), and the item and episodes as they show right after it.
import { beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueEpisode } from '../../../lib/background/episodes/episode-catalogue';
import { createEpisodeHandlers } from '../../../lib/background/episodes/episode-handlers';
import type { EpisodeHandlers, HandlerContext } from '../../../lib/background/intents/handler-types';
import { SimklError } from '../../../lib/errors';
import type { DetectedMedia } from '../../../lib/media';
import type { EpisodeActionRequest } from '../../../lib/messaging';
import type { HistoryWrite } from '../../../lib/simkl/api';
import { entryOf, FMA, freshIndexedDb, GOT } from '../library/fixtures';
import { createHarness, type Harness, writeCalls } from '../outbox/harness';

const NOW = Date.parse('2025-06-01T12:00:00Z');
const AT = '2025-03-03T20:00:00.000Z';
const page: HandlerContext = { from: 'content', tabId: 1 };
const ep = (season: number | undefined, episode: number, aired: boolean | string): CatalogueEpisode =>
  typeof aired === 'string'
    ? { type: 'episode', season, episode, date: aired }
    : { type: 'episode', season, episode, aired };
/** Season 1: 5 aired; season 2: 3 aired, one flagged unaired, one dated after NOW (specials never listed). */
const GOT_LIST = [
  ...[1, 2, 3, 4, 5].map((n) => ep(1, n, true)),
  ...[1, 2, 3].map((n) => ep(2, n, true)),
  ep(2, 4, false),
  ep(2, 5, '2025-06-08T01:00:00Z'),
];
const FMA_LIST = [1, 2, 3, 4, 5, 6].map((n) => ep(undefined, n, n <= 5));

const gotEpisode = (season: number, episode: number): DetectedMedia => ({
  site: 'imdb',
  kind: 'episode',
  ids: { imdb: 'tt1480055' },
  show: { ids: { imdb: 'tt0944947' }, title: 'Game of Thrones' },
  season,
  episode,
});

let h: Harness;
let signedIn: boolean;
let listsAvailable: boolean;
let handlers: EpisodeHandlers;

const catalogue = {
  async episodes(type: 'show' | 'anime') {
    if (!listsAvailable) throw new SimklError('offline');
    return type === 'show' ? GOT_LIST : FMA_LIST;
  },
};
const act = (request: EpisodeActionRequest) => handlers.episodeAction(request, page);

function sentSeasons(method: 'addToHistory' | 'removeFromHistory') {
  const items = h.simkl.callsOf(method).map((call) => call.args[0] as HistoryWrite[]);
  expect(items).toHaveLength(1);
  expect(items[0]).toHaveLength(1);
  return items[0]![0]!;
}

beforeEach(async () => {
  freshIndexedDb();
  h = createHarness();
  signedIn = true;
  listsAvailable = true;
  handlers = createEpisodeHandlers({ ...h, catalogue, isSignedIn: () => signedIn, now: () => NOW });
  h.simkl.seed({
    ...entryOf(GOT, { status: 'watching', watchedEpisodes: 2, totalEpisodes: 73, nextToWatch: 'S01E03' }),
    episodes: { 1: { 1: AT, 2: AT } },
  });
  h.simkl.seed({ ...entryOf(FMA, { status: 'watching', watchedEpisodes: 1 }), episodes: { 1: { 1: AT } } });
  await h.library.sync();
  h.simkl.resetCalls();
});

describe('catch up ("mark watched up to here")', () => {
  it('previews the count of every earlier aired episode not yet watched, writing nothing', async () => {
    const view = await act({ media: gotEpisode(2, 2), action: 'catchUp', preview: true });
    expect(view.count).toBe(5);
    // The confirmation names them: S1E3–S2E2.
    expect(view.range).toEqual({ first: { season: 1, episode: 3 }, last: { season: 2, episode: 2 } });
    expect(view.item).toMatchObject({ simkl: GOT.ids.simkl, progress: { watched: 2 } });
    expect(view.episodes.seasons).toEqual({ 1: { 1: AT, 2: AT } });
    expect((await h.outbox.pending()).pending).toBe(0);
    await h.outbox.flush();
    expect(writeCalls(h)).toEqual([]);
  });

  it('marks them in one write, shown at once, and sends exactly those episodes', async () => {
    const view = await act({ media: gotEpisode(2, 2), action: 'catchUp' });
    expect(view.count).toBe(5);
    expect(view.item).toMatchObject({ progress: { watched: 7 }, pendingWrites: 1 });
    expect(Object.keys(view.episodes.seasons[1]!)).toEqual(['1', '2', '3', '4', '5']);
    expect(Object.keys(view.episodes.seasons[2]!)).toEqual(['1', '2']);
    await h.outbox.flush();
    expect(writeCalls(h)).toEqual(['addToHistory']);
    expect(sentSeasons('addToHistory').seasons).toEqual([
      { number: 1, episodes: [{ number: 3 }, { number: 4 }, { number: 5 }] },
      { number: 2, episodes: [{ number: 1 }, { number: 2 }] },
    ]);
  });

  it('leaves out episodes still to air (by flag or by date)', async () => {
    const view = await act({ media: gotEpisode(2, 5), action: 'catchUp', preview: true });
    // S1E3–5 and S2E1–3: S2E4 (flagged unaired) and S2E5 (airs next week) are not counted.
    expect(view.count).toBe(6);
  });

  it('writes nothing when everything up to here is watched', async () => {
    const view = await act({ media: gotEpisode(1, 2), action: 'catchUp' });
    expect(view.count).toBe(0);
    expect((await h.outbox.pending()).pending).toBe(0);
  });

  it("answers the user's own episodes with the reason Simkl's list is missing", async () => {
    listsAvailable = false;
    const view = await handlers.episodes({ type: 'show', simkl: GOT.ids.simkl, catalogue: true }, page);
    expect(view).toMatchObject({ known: true, catalogueFailed: { kind: 'offline' } });
    expect(view.catalogue).toBeUndefined();
    listsAvailable = true;
    const listed = await handlers.episodes({ type: 'show', simkl: GOT.ids.simkl, catalogue: true }, page);
    expect(listed.catalogueFailed).toBeUndefined();
    expect(listed.catalogue?.length).toBeGreaterThan(0);
  });

  it("says so when Simkl's episode list cannot be read, and writes nothing", async () => {
    listsAvailable = false;
    await expect(act({ media: gotEpisode(2, 2), action: 'catchUp' })).rejects.toMatchObject({
      kind: 'offline',
    });
    expect((await h.outbox.pending()).pending).toBe(0);
  });
});

describe('seasons', () => {
  it('marks the aired episodes of a season not yet watched', async () => {
    const view = await act({ media: gotEpisode(2, 1), action: 'watchSeason' });
    expect(view.count).toBe(3);
    await h.outbox.flush();
    expect(sentSeasons('addToHistory').seasons).toEqual([
      { number: 2, episodes: [{ number: 1 }, { number: 2 }, { number: 3 }] },
    ]);
  });

  it('takes a season back episode by episode, never the whole show', async () => {
    const view = await act({ media: gotEpisode(2, 1), action: 'unwatchSeason', season: 1 });
    expect(view.count).toBe(2);
    expect(view.episodes).toMatchObject({ known: true, seasons: {} });
    expect(view.item).toMatchObject({ progress: { watched: 0 } });
    await h.outbox.flush();
    expect(writeCalls(h)).toEqual(['removeFromHistory']);
    expect(sentSeasons('removeFromHistory').seasons).toEqual([
      { number: 1, episodes: [{ number: 1 }, { number: 2 }] },
    ]);
    expect(h.simkl.entry('show', GOT.ids.simkl)).toMatchObject({ status: 'watching' });
  });

  it('writes nothing for a season with nothing watched', async () => {
    const view = await act({ media: gotEpisode(2, 1), action: 'unwatchSeason' });
    expect(view.count).toBe(0);
    await h.outbox.flush();
    expect(writeCalls(h)).toEqual([]);
  });
});

describe('one episode', () => {
  it("unwatches the page's episode with /sync/history/remove naming it", async () => {
    const view = await act({ media: gotEpisode(1, 2), action: 'unwatch' });
    expect(view.count).toBe(1);
    expect(view.episodes.seasons).toEqual({ 1: { 1: AT } });
    await h.outbox.flush();
    expect(sentSeasons('removeFromHistory').seasons).toEqual([{ number: 1, episodes: [{ number: 2 }] }]);
  });

  it('marks a named episode without reading the episode list', async () => {
    listsAvailable = false;
    const view = await act({ media: gotEpisode(1, 2), action: 'watch', season: 1, episode: 4 });
    expect(view.count).toBe(1);
    expect(view.episodes.seasons[1]).toHaveProperty('4');
    await h.outbox.flush();
    expect(sentSeasons('addToHistory').seasons).toEqual([{ number: 1, episodes: [{ number: 4 }] }]);
  });

  it('writes nothing to mark a watched episode or to unwatch one not watched', async () => {
    expect((await act({ media: gotEpisode(1, 1), action: 'watch' })).count).toBe(0);
    expect((await act({ media: gotEpisode(1, 3), action: 'unwatch' })).count).toBe(0);
    expect((await h.outbox.pending()).pending).toBe(0);
  });
});

describe('who may write', () => {
  it('answers signed out like the other write intents, and writes nothing', async () => {
    signedIn = false;
    await expect(act({ media: gotEpisode(2, 2), action: 'catchUp' })).rejects.toMatchObject({
      kind: 'signed-out',
    });
    expect((await h.outbox.pending()).pending).toBe(0);
  });
});

describe('anime numbered by TVDB seasons (any site but MAL)', () => {
  const fmaOnImdb = (season: number, episode: number): DetectedMedia => ({
    site: 'imdb',
    kind: 'episode',
    ids: { imdb: 'tt9999001' },
    show: { ids: { imdb: FMA.ids.imdb! }, title: FMA.title },
    season,
    episode,
  });
  const fmaOnMal: DetectedMedia = { site: 'mal', kind: 'episode', ids: { mal: FMA.ids.mal! }, episode: 4 };

  it("counts TVDB's season 1 on the entry's own episodes, and catches up in Simkl's numbering", async () => {
    const view = await act({ media: fmaOnImdb(1, 4), action: 'catchUp' });
    expect(view.count).toBe(3);
    await h.outbox.flush();
    const sent = sentSeasons('addToHistory');
    expect(sent.seasons).toEqual([{ number: 1, episodes: [{ number: 2 }, { number: 3 }, { number: 4 }] }]);
    expect(sent.useTvdbAnimeSeasons).toBeUndefined();
  });

  it('marks an episode of a later TVDB season with the flag, without a count the mirror cannot make', async () => {
    const view = await act({ media: fmaOnImdb(2, 3), action: 'watch' });
    expect(view.count).toBe(1);
    expect(view.episodes.seasons).toEqual({ 1: { 1: AT } });
    await h.outbox.flush();
    expect(sentSeasons('addToHistory')).toMatchObject({
      seasons: [{ number: 2, episodes: [{ number: 3 }] }],
      useTvdbAnimeSeasons: true,
    });
  });

  it('refuses catch-up, the season actions and unwatch in a later TVDB season, with a clear message', async () => {
    for (const action of ['catchUp', 'watchSeason', 'unwatchSeason', 'unwatch'] as const) {
      await expect(act({ media: fmaOnImdb(2, 3), action })).rejects.toMatchObject({
        kind: 'bad-request',
        message: expect.stringContaining('separate titles'),
      });
    }
    expect((await h.outbox.pending()).pending).toBe(0);
  });

  it('counts a MAL page in the entry’s own numbering, with no flag', async () => {
    const view = await act({ media: fmaOnMal, action: 'catchUp', preview: true });
    expect(view.count).toBe(3);
    await act({ media: fmaOnMal, action: 'watch' });
    await h.outbox.flush();
    const sent = sentSeasons('addToHistory');
    expect(sent.seasons).toEqual([{ number: 1, episodes: [{ number: 4 }] }]);
    expect(sent.useTvdbAnimeSeasons).toBeUndefined();
  });
});
