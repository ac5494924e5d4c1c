// `use_tvdb_anime_seasons` on /sync/history (docs/simkl-api.md, Sync writes): an anime's seasons as TVDB counts them.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_USER, type RunningSimklService, startSimklService } from './index';
import { api, fakeClock } from './test-client';

const clock = fakeClock();
let svc: RunningSimklService;
let token: string;

beforeAll(async () => {
  svc = await startSimklService({ now: clock.now, rateLimits: false });
});
afterAll(() => svc.close());
beforeEach(() => {
  svc.control.reset();
  token = svc.control.issueToken(DEMO_USER.id).access_token;
  clock.advance(60_000);
});

/** Attack on Titan: Simkl keeps its second season as its own entry (AniDB), TVDB as season 2. */
const TITAN = { title: 'Attack on Titan', ids: { tmdb: '1429' } };
const TITAN_S1 = 39687;
const TITAN_S2 = 439744;
/** Delicious in Dungeon: one season, as Netflix shows it. */
const DUNGEON = 9300003;

type Added = { added: { shows: number; episodes: number }; not_found: { shows: unknown[] } };
const history = async (item: Record<string, unknown>) => {
  const res = await api(svc, '/sync/history', { token, method: 'POST', body: { shows: [item] } });
  expect(res.status).toBe(201);
  return res.json<Added>();
};

/** Watched episodes per entry, as 'S1E4'. */
function watched(simkl: number): string[] {
  const entry = svc.control.library(DEMO_USER.id).anime.find((anime) => anime.simkl === simkl);
  return (entry?.watchedEpisodes ?? []).map((ep) => `S${ep.season}E${ep.episode}`);
}

describe('use_tvdb_anime_seasons on /sync/history', () => {
  it("lands TVDB's season 2 on the anime's second entry, as its own season 1", async () => {
    const body = await history({
      ...TITAN,
      use_tvdb_anime_seasons: true,
      seasons: [
        { number: 1, episodes: [{ number: 25 }] },
        { number: 2, episodes: [{ number: 4 }, { number: 5 }] },
      ],
    });
    expect(body.added).toMatchObject({ shows: 2, episodes: 3 });
    expect(watched(TITAN_S1)).toEqual(['S1E25']);
    expect(watched(TITAN_S2)).toEqual(['S1E4', 'S1E5']);
  });

  it('without the flag a season the anime entry lacks marks nothing (AniDB numbering)', async () => {
    const body = await history({ ...TITAN, seasons: [{ number: 2, episodes: [{ number: 4 }] }] });
    expect(body.added.episodes).toBe(0);
    expect(watched(TITAN_S2)).toEqual([]);
  });

  it('an item naming no episode marks every season of the series, from the first', async () => {
    const body = await history({ ...TITAN, use_tvdb_anime_seasons: true, status: 'completed' });
    expect(body.added.shows).toBe(2);
    expect(watched(TITAN_S1)).toHaveLength(25);
    expect(watched(TITAN_S2)).toHaveLength(12);
  });

  it('a one-season anime from Netflix lands as it is, with or without the flag', async () => {
    await history({
      ids: { simkl: DUNGEON },
      use_tvdb_anime_seasons: true,
      seasons: [{ number: 1, episodes: [{ number: 21 }] }],
    });
    expect(watched(DUNGEON)).toEqual(['S1E21']);
  });

  it('a TVDB season no entry has is not found', async () => {
    const item = {
      ...TITAN,
      use_tvdb_anime_seasons: true,
      seasons: [{ number: 4, episodes: [{ number: 1 }] }],
    };
    const body = await history(item);
    expect(body.not_found.shows).toEqual([item]);
    expect(watched(TITAN_S1)).toEqual([]);
  });

  it('is ignored on a series that is no anime', async () => {
    await history({
      ids: { imdb: 'tt4574334' },
      use_tvdb_anime_seasons: true,
      seasons: [{ number: 2, episodes: [{ number: 1 }] }],
    });
    const shows = svc.control.library(DEMO_USER.id).shows;
    expect(shows[0]?.watchedEpisodes.map((ep) => `S${ep.season}E${ep.episode}`)).toEqual(['S2E1']);
  });
});
