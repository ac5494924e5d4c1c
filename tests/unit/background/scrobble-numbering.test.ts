/**
 * Anime from Netflix keep the numbering Netflix shows (TVDB's seasons); the history write a late
 * stop becomes says so with the contract's `use_tvdb_anime_seasons`, which belongs to /sync/history
 * only: /scrobble/* maps TVDB numbers itself (Apiary "Anime Episode Numbering").
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { watchedAction } from '../../../lib/background/items/watched-action';
import { createScrobbler, LIVE_STOP_MS } from '../../../lib/background/scrobble/scrobbler';
import { SimklError } from '../../../lib/errors';
import type { DetectedMedia, SimklItem } from '../../../lib/media';
import type { PlayerMessage } from '../../../lib/messaging';
import { patchFor } from '../../../lib/outbox/write-patch';
import { historyBody } from '../../../lib/simkl/write-bodies';
import { freshIndexedDb, GOT } from '../library/fixtures';
import { createHarness, type Harness } from '../outbox/harness';

/** Delicious in Dungeon: an anime Netflix numbers Season 1, Episode 21. */
const DUNGEON: SimklItem = {
  type: 'anime',
  ids: { simkl: 9300003, mal: '52701', netflix: '81648953' },
  title: 'Dungeon Meshi',
  year: 2024,
  animeType: 'tv',
};
const ANIME_EPISODE: DetectedMedia = {
  site: 'netflix',
  kind: 'episode',
  ids: { netflix: '81649856' },
  show: { ids: { netflix: '81648953' }, title: 'Delicious in Dungeon' },
  season: 1,
  episode: 21,
};
const SHOW_EPISODE: DetectedMedia = {
  ...ANIME_EPISODE,
  ids: { netflix: '70216940' },
  show: { ids: { netflix: '70305903' }, title: 'Game of Thrones' },
  episode: 3,
};

let h: Harness;

beforeEach(() => {
  freshIndexedDb();
  h = createHarness();
  h.simkl.addToCatalog(DUNGEON);
});

const say = (kind: PlayerMessage['kind'], progress: number, media: DetectedMedia) => ({
  kind,
  media,
  progress,
});

/** Plays to 90 %, and Simkl refuses the live stop, so it lands later through /sync/history. */
async function finishLate(media: DetectedMedia): Promise<unknown[]> {
  const s = createScrobbler({
    api: h.simkl.api,
    resolver: h.resolver,
    outbox: h.outbox,
    isSignedIn: async () => true,
    clock: h.clock,
  });
  await s.message(1, say('start', 2, media));
  await s.message(1, say('stop', 90, media));
  h.simkl.fail('scrobble', new SimklError('server', 'down', { status: 503 }));
  await h.outbox.flush();
  h.clock.advance(LIVE_STOP_MS * 5);
  await h.outbox.flush();
  return h.simkl.callsOf('addToHistory').map((call) => (call.args[0] as unknown[])[0]);
}

describe('TVDB numbering of anime watched on Netflix', () => {
  it("a late stop of an anime episode writes history with Netflix's season and use_tvdb_anime_seasons", async () => {
    expect(await finishLate(ANIME_EPISODE)).toEqual([
      expect.objectContaining({
        type: 'anime',
        ids: expect.objectContaining({ simkl: DUNGEON.ids.simkl }),
        seasons: [{ number: 1, episodes: [{ number: 21 }] }],
        useTvdbAnimeSeasons: true,
      }),
    ]);
  });

  it('the live /scrobble/stop carries the numbering alone (the flag is no scrobble field)', async () => {
    await finishLate(ANIME_EPISODE);
    const targets = h.simkl.callsOf('scrobble').map((call) => call.args[1] as Record<string, unknown>);
    expect(targets.map((target) => [target.season, target.episode])).toEqual([
      [1, 21],
      [1, 21],
    ]);
    expect(targets.some((target) => 'useTvdbAnimeSeasons' in target)).toBe(false);
  });

  it('a series that is no anime never carries the flag', async () => {
    const [written] = await finishLate(SHOW_EPISODE);
    expect(written).toMatchObject({ ids: { simkl: GOT.ids.simkl } });
    expect(written).not.toHaveProperty('useTvdbAnimeSeasons');
  });

  it('marking a Netflix, IMDb or TMDB episode watched says TVDB numbering; a MAL one does not', () => {
    expect(watchedAction(ANIME_EPISODE, 'episode', null, 'anime')).toEqual({
      kind: 'watched',
      scope: 'episode',
      season: 1,
      episode: 21,
      tvdbSeasons: true,
    });
    for (const site of ['imdb', 'tmdb'] as const) {
      const page: DetectedMedia = { site, kind: 'episode', ids: { [site]: '1' }, season: 2, episode: 3 };
      expect(watchedAction(page, 'episode', null, 'anime')).toEqual({
        kind: 'watched',
        scope: 'episode',
        season: 2,
        episode: 3,
        tvdbSeasons: true,
      });
    }
    const mal: DetectedMedia = {
      site: 'mal',
      kind: 'episode',
      ids: {},
      show: { ids: { mal: '1' } },
      episode: 5,
    };
    expect(watchedAction(mal, 'episode', null, 'anime')).toEqual({
      kind: 'watched',
      scope: 'episode',
      episode: 5,
    });
  });

  it('the body has use_tvdb_anime_seasons on anime items only', () => {
    const seasons = [{ number: 2, episodes: [{ number: 4 }] }];
    expect(
      historyBody([
        { type: 'anime', ids: { simkl: 39687 }, seasons, useTvdbAnimeSeasons: true },
        { type: 'show', ids: { simkl: 17465 }, seasons, useTvdbAnimeSeasons: true },
      ]),
    ).toEqual({
      shows: [
        { ids: { simkl: 39687 }, seasons, use_tvdb_anime_seasons: true },
        { ids: { simkl: 17465 }, seasons },
      ],
    });
  });
});

describe('the optimistic patch of a TVDB-numbered anime episode', () => {
  const anime: SimklItem = { type: 'anime', ids: { simkl: 39687 }, title: 'Attack on Titan' };
  const at = '2026-12-03T12:00:00.000Z';
  it('shows TVDB season 1 in the mirror (it maps directly) and leaves a later season to the sync', () => {
    const first = { kind: 'watched', scope: 'episode', season: 1, episode: 4, tvdbSeasons: true } as const;
    expect(patchFor(first, anime, at)).toEqual({ item: anime, watched: { season: 1, episode: 4 }, at });
    expect(patchFor({ ...first, season: 2 }, anime, at)).toBeNull();
    // A show's seasons are Simkl's own: patched whatever the flag says.
    const show: SimklItem = { ...anime, type: 'show' };
    expect(patchFor({ ...first, season: 2 }, show, at)).toEqual({
      item: show,
      watched: { season: 2, episode: 4 },
      at,
    });
  });
});
