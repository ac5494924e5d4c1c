// Scrobbling: start / pause / stop, the paused playbacks /sync/playback lists, and the 409 duplicate guard.
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

type Activities = Record<string, Record<string, string | null> | string>;
type Playback = Record<string, unknown>;

const post = (path: string, body: unknown) => api(svc, path, { token, method: 'POST', body });
const get = (path: string) => api(svc, path, { token });
const library = () => svc.control.library(DEMO_USER.id);
const playbacks = async (path = '/sync/playback') => (await get(path)).json<Playback[]>();
const second = () => clock.advance(1000);
const MINUTE = 60_000;

/** Inception (148 min) by its Netflix id, as the Netflix page names it. */
const inception = (progress: number) => ({ progress, movie: { ids: { netflix: '70131314' } } });
/** Stranger Things S01E03 by IMDb id. */
const stranger = (progress: number, number = 3) => ({
  progress,
  show: { title: 'Stranger Things', ids: { imdb: 'tt4574334' } },
  episode: { season: 1, number },
});

describe('start', () => {
  it('answers id 0 with the resolved film, and plays until the remaining runtime has elapsed', async () => {
    const before = library().activities;
    const res = await post('/scrobble/start', inception(12.5));
    expect(res.status).toBe(201);
    expect(res.json()).toEqual({
      id: 0,
      action: 'start',
      progress: 12.5,
      movie: {
        title: 'Inception',
        year: 2010,
        anime_type: null,
        ids: expect.objectContaining({ simkl: 472214, imdb: 'tt1375666', netflix: '70131314' }),
      },
    });
    const now = library();
    expect(now.playing).toEqual({
      simkl: 472214,
      title: 'Inception',
      expiresAt: new Date(clock.now() + 148 * MINUTE * 0.875).toISOString().replace('.000Z', 'Z'),
    });
    expect(now.movies).toEqual([]);
    expect(now.activities).toEqual(before);
    clock.advance(130 * MINUTE);
    expect(library().playing).toBeNull();
  });

  it('echoes the episode, and a show that is an anime under the anime key', async () => {
    const show = await post('/scrobble/start', stranger(42));
    expect(show.json()).toMatchObject({
      id: 0,
      progress: 42,
      show: { title: 'Stranger Things', year: 2016 },
      episode: { season: 1, number: 3, title: 'Chapter Three: Holly, Jolly' },
    });
    second();
    const anime = await post('/scrobble/start', {
      progress: 5,
      show: { ids: { tmdb: 1429 } },
      episode: { season: 1, number: 5 },
    });
    const body = anime.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      anime: { title: 'Shingeki no Kyojin', anime_type: 'tv' },
      episode: { season: 1, number: 5 },
    });
    expect(body).not.toHaveProperty('show');
    expect(library().playing).toMatchObject({ simkl: 39687, season: 1, episode: 5 });
  });

  it('scrobbles the previous session once it has played 80 %, and resumes a paused title', async () => {
    await post('/scrobble/start', inception(0));
    clock.advance(130 * MINUTE); // 88 % of 148 minutes
    await post('/scrobble/start', stranger(0));
    expect(library().movies).toEqual([expect.objectContaining({ title: 'Inception', status: 'completed' })]);
    second();
    await post('/scrobble/pause', stranger(30));
    expect(await playbacks()).toHaveLength(1);
    second();
    await post('/scrobble/start', stranger(30)); // resuming clears the title's paused playback
    expect(await playbacks()).toEqual([]);
    clock.advance(10 * MINUTE); // 30 % + 20 % of 50 minutes: below 80 %
    await post('/scrobble/start', inception(0));
    expect(library().shows).toEqual([]);
  });
});

describe('pause and /sync/playback', () => {
  it('saves one paused playback per title, shaped as the contract lists them, newest first', async () => {
    await post('/scrobble/start', stranger(10));
    second();
    const res = await post('/scrobble/pause', stranger(45.5));
    expect(res.status).toBe(201);
    const paused = res.json<{ id: number; action: string }>();
    expect(paused).toMatchObject({ action: 'pause', progress: 45.5, show: { title: 'Stranger Things' } });
    expect(paused.id).toBeGreaterThan(0);
    expect(library().playing).toBeNull();
    const act = (await get('/sync/activities')).json<Activities>();
    expect(act.tv_shows).toMatchObject({ playback: act.all });
    second();
    await post('/scrobble/pause', inception(75));
    expect(await playbacks()).toEqual([
      {
        id: expect.any(Number),
        progress: 75,
        paused_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
        type: 'movie',
        movie: {
          title: 'Inception',
          year: 2010,
          ids: { simkl: 472214, slug: 'inception', imdb: 'tt1375666', tmdb: '27205' },
        },
      },
      {
        id: paused.id,
        progress: 45.5,
        paused_at: expect.any(String),
        type: 'episode',
        episode: {
          season: 1,
          episode: 3,
          title: 'Chapter Three: Holly, Jolly',
          tvdb_season: 1,
          tvdb_number: 3,
        },
        show: expect.objectContaining({ title: 'Stranger Things', year: 2016 }),
      },
    ]);
    second();
    await post('/scrobble/pause', stranger(12, 4)); // the next episode replaces the show's playback
    const [latest, ...rest] = await playbacks();
    expect(latest).toMatchObject({ progress: 12, episode: { episode: 4 } });
    expect(rest).toHaveLength(1);
    expect(await playbacks('/sync/playback/movies')).toEqual([expect.objectContaining({ type: 'movie' })]);
    expect(await playbacks('/sync/playback/episodes')).toEqual([
      expect.objectContaining({ type: 'episode' }),
    ]);
    expect(await playbacks('/sync/playback?limit=1')).toHaveLength(1);
  });

  it('hides a playback watched after the pause unless hide_watched=false, and deletes one by id', async () => {
    const { id } = (await post('/scrobble/pause', inception(40))).json<{ id: number }>();
    second();
    await post('/sync/history', { movies: [{ ids: { imdb: 'tt1375666' } }] });
    expect(await playbacks()).toEqual([]);
    expect(await playbacks('/sync/playback?hide_watched=false')).toEqual([expect.objectContaining({ id })]);
    second();
    const deleted = await api(svc, `/sync/playback/${id}`, { token, method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(library().playbacks).toEqual([]);
    const again = await api(svc, `/sync/playback/${id}`, { token, method: 'DELETE' });
    expect(again.status).toBe(404);
    expect(again.json()).toEqual({ error: 'empty', code: 404 });
    second();
    await post('/scrobble/pause', inception(20)); // re-viewing a watched film: paused after the watch
    expect(await playbacks()).toEqual([expect.objectContaining({ progress: 20 })]);
  });
});

describe('stop', () => {
  it('below 80 % keeps a paused playback and marks nothing', async () => {
    await post('/scrobble/start', inception(10));
    second();
    const res = await post('/scrobble/stop', inception(79.99));
    expect(res.json()).toMatchObject({ action: 'pause', progress: 79.99 });
    expect(library()).toMatchObject({ movies: [], playing: null, playbacks: [{ progress: 79.99 }] });
  });

  it('at 80 % marks the film watched, clears its playback, and a repeat within the hour is 409', async () => {
    await post('/scrobble/pause', inception(50));
    second();
    const res = await post('/scrobble/stop', inception(80));
    expect(res.status).toBe(201);
    const body = res.json<{ id: number; action: string }>();
    expect(body).toMatchObject({ action: 'scrobble', progress: 80, movie: { title: 'Inception' } });
    expect(body.id).toBeGreaterThan(0);
    const watchedAt = new Date(clock.now()).toISOString().replace('.000Z', 'Z');
    expect(library()).toMatchObject({
      movies: [{ title: 'Inception', status: 'completed', lastWatchedAt: watchedAt }],
      playbacks: [],
    });
    const act = (await get('/sync/activities')).json<Activities>();
    expect(act.movies).toMatchObject({ completed: act.all, playback: act.all });
    clock.advance(30 * MINUTE);
    const expires = new Date(Date.parse(watchedAt) + 60 * MINUTE).toISOString().replace('.000Z', 'Z');
    const conflict = { error: 'already_watched', code: 409, watched_at: watchedAt, expires_at: expires };
    for (const path of ['/scrobble/stop', '/scrobble/pause']) {
      const repeat = await post(path, inception(95));
      expect(repeat.status).toBe(409);
      expect(repeat.json()).toEqual(conflict);
    }
    expect(library().playbacks).toEqual([]);
    clock.advance(31 * MINUTE);
    expect((await post('/scrobble/stop', inception(95))).status).toBe(201);
  });

  it('marks an episode exactly as the same /sync/history write would', async () => {
    const other = svc.control.createUser('Other');
    await post('/scrobble/stop', {
      progress: 90,
      show: { ids: { simkl: 11121 } },
      episode: { season: 2, number: 1 },
    });
    await api(svc, '/sync/history', {
      token: other.token,
      method: 'POST',
      body: { shows: [{ ids: { simkl: 11121 }, seasons: [{ number: 2, episodes: [{ number: 1 }] }] }] },
    });
    const scrobbled = library();
    const written = svc.control.library(other.id);
    expect(scrobbled.shows).toEqual(written.shows);
    expect(scrobbled.shows[0]).toMatchObject({ status: 'watching', watchedCount: 1 });
    const moved = (act: Record<string, unknown>) =>
      Object.entries(act.tv_shows as Record<string, string | null>)
        .filter(([, stamp]) => stamp === act.all)
        .map(([bucket]) => bucket);
    expect(moved(scrobbled.activities)).toEqual(moved(written.activities));
  });

  it("completes an ended series on its last episode, anime included, as history's status rules say", async () => {
    svc.control.seedLibrary(DEMO_USER.id, [{ ids: { mal: 1535 }, status: 'watching', watchedEpisodes: 36 }]);
    second();
    const res = await post('/scrobble/stop', {
      progress: 100,
      anime: { ids: { mal: 1535 } },
      episode: { number: 37 },
    });
    expect(res.json()).toMatchObject({
      action: 'scrobble',
      anime: { title: 'Death Note' },
      episode: { season: 1, number: 37 },
    });
    expect(library().anime[0]).toMatchObject({ status: 'completed', watchedCount: 37 });
    second();
    const film = await post('/scrobble/stop', { progress: 85, anime: { ids: { mal: 199 } } });
    expect(film.json()).not.toHaveProperty('episode');
    expect(library().anime.find((a) => a.simkl === 9300004)).toMatchObject({ status: 'completed' });
  });
});
