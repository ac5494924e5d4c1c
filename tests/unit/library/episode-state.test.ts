// What the pages and the popup compute from a series' watched episodes: state, progress, catch-up, unwatch.
import { describe, expect, it } from 'vitest';
import {
  catalogueView,
  createEpisodeCatalogue,
  openCatalogueDb,
} from '../../../lib/background/episodes/episode-catalogue';
import { episodeState } from '../../../lib/library/episode-state';
import { catchUpTo, unwatchEpisode, unwatchSeason } from '../../../lib/library/episode-writes';
import type { EpisodeInfo, WatchedSeasons, WriteTarget } from '../../../lib/simkl/api';
import { historyBody } from '../../../lib/simkl/write-bodies';
import { seasonProgress } from '../../../lib/words/episode-label';

const NOW = Date.parse('2025-03-10T00:00:00Z');
const SHOW: WriteTarget = { type: 'show', ids: { simkl: 17465 }, title: 'Game of Thrones', year: 2011 };
const WATCHED: WatchedSeasons = {
  1: { 1: '2025-03-01T20:00:00Z', 2: '2025-03-02T20:00:00Z', 4: null },
  2: { 1: '2025-03-03T20:00:00Z' },
};

/** Seasons 1 and 2 of 5 episodes; season 2's last two air later; a special between them. */
const CATALOGUE: EpisodeInfo[] = [
  ...[1, 2, 3, 4, 5].map((episode) => ({ type: 'episode' as const, season: 1, episode, aired: true })),
  { type: 'special', title: 'Inside the episode', aired: true },
  { type: 'episode', season: 0, episode: 1, aired: true },
  ...[1, 2, 3].map((episode) => ({ type: 'episode' as const, season: 2, episode, aired: true })),
  { type: 'episode', season: 2, episode: 4, aired: false },
  // No `aired` flag: its broadcast date decides.
  { type: 'episode', season: 2, episode: 5, date: '2025-04-01T21:00:00-04:00' },
];

describe('episodeState', () => {
  it("answers watched with Simkl's time, watched without a date, and not watched", () => {
    expect(episodeState(WATCHED, { season: 1, episode: 2 })).toEqual({
      watched: true,
      watchedAt: '2025-03-02T20:00:00Z',
    });
    expect(episodeState(WATCHED, { season: 1, episode: 4 })).toEqual({ watched: true });
    expect(episodeState(WATCHED, { season: 1, episode: 3 })).toEqual({ watched: false });
    expect(episodeState(null, { season: 1, episode: 1 })).toEqual({ watched: false });
  });

  it('reads anime episodes (no season) from season 1', () => {
    expect(episodeState({ 1: { 148: null } }, { episode: 148 })).toEqual({ watched: true });
  });
});

describe("a season's progress, from Simkl's list as the catalogue keeps it to the page's count", () => {
  /** The pages' "Season 2 · 1/3 watched": the cached list's view at `now`, with these watched marks. */
  async function progress(seasons: WatchedSeasons, season: number, now: number) {
    const catalogue = createEpisodeCatalogue({
      api: { episodes: async () => CATALOGUE },
      db: openCatalogueDb(`progress-${Math.random()}`),
      now: () => now,
    });
    const listed = (await catalogue.episodes('show', 17465)) ?? [];
    return seasonProgress({ known: true, seasons, catalogue: catalogueView(listed, now) }, season);
  }

  it('counts aired regular episodes only: specials and the ones still to air are left out', async () => {
    expect(await progress(WATCHED, 1, NOW)).toEqual({ watched: 3, total: 5 });
    expect(await progress(WATCHED, 2, NOW)).toEqual({ watched: 1, total: 3 });
    expect((await progress(WATCHED, 2, Date.parse('2025-04-02T12:00:00Z'))).total).toBe(4);
    expect(await progress({}, 1, NOW)).toEqual({ watched: 0, total: 5 });
  });
});

describe('catchUpTo ("mark watched up to here")', () => {
  it('marks every earlier aired episode not yet watched, and this one, in one history write', () => {
    const catchUp = catchUpTo(
      SHOW,
      WATCHED,
      CATALOGUE,
      { season: 2, episode: 2 },
      NOW,
      '2025-03-10T09:00:00Z',
    );
    expect(catchUp.count).toBe(3);
    expect(catchUp.episodes).toEqual([
      { season: 1, episode: 3 },
      { season: 1, episode: 5 },
      { season: 2, episode: 2 },
    ]);
    // The contract's /sync/history body (docs/simkl-api.md, Sync writes): seasons → episodes, the specials left out.
    expect(historyBody([catchUp.write])).toEqual({
      shows: [
        {
          ids: { simkl: 17465 },
          title: 'Game of Thrones',
          year: 2011,
          watched_at: '2025-03-10T09:00:00Z',
          seasons: [
            { number: 1, episodes: [{ number: 3 }, { number: 5 }] },
            { number: 2, episodes: [{ number: 2 }] },
          ],
        },
      ],
    });
  });

  it('never marks an episode still to air, even past it', () => {
    const catchUp = catchUpTo(SHOW, WATCHED, CATALOGUE, { season: 2, episode: 5 }, NOW);
    expect(catchUp.episodes.filter((ref) => ref.season === 2)).toEqual([
      { season: 2, episode: 2 },
      { season: 2, episode: 3 },
    ]);
  });

  it('has nothing to write when everything up to here is watched', () => {
    expect(catchUpTo(SHOW, WATCHED, CATALOGUE, { season: 1, episode: 2 }, NOW).count).toBe(0);
  });

  it('numbers anime episodes in season 1', () => {
    const anime: WriteTarget = { type: 'anime', ids: { simkl: 38236 } };
    const episodes: EpisodeInfo[] = [1, 2, 3].map((episode) => ({ type: 'episode', episode, aired: true }));
    const catchUp = catchUpTo(anime, { 1: { 1: null } }, episodes, { episode: 3 }, NOW);
    expect(catchUp.write.seasons).toEqual([{ number: 1, episodes: [{ number: 2 }, { number: 3 }] }]);
  });
});

describe('unwatch', () => {
  it('takes back one episode: its /sync/history/remove item', () => {
    const unwatch = unwatchEpisode(SHOW, { season: 1, episode: 2 });
    expect(unwatch.count).toBe(1);
    expect(historyBody([unwatch.write]).shows?.[0]?.seasons).toEqual([
      { number: 1, episodes: [{ number: 2 }] },
    ]);
  });

  it('takes back a season: every watched episode of it, named, and only that season', () => {
    const unwatch = unwatchSeason(SHOW, WATCHED, 1);
    expect(unwatch.count).toBe(3);
    expect(unwatch.write.seasons).toEqual([
      { number: 1, episodes: [{ number: 1 }, { number: 2 }, { number: 4 }] },
    ]);
    expect(unwatchSeason(SHOW, WATCHED, 3).count).toBe(0);
  });
});
