// Malformed sync writes get the contract's 400s (and change nothing); anime under an unaccepted key is dropped.
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

const post = (path: string, body?: unknown) => api(svc, path, { token, method: 'POST', body });
const library = () => svc.control.library(DEMO_USER.id);
const error = (id: string, message: string) => ({ error: id, code: 400, message });

const WRITES = [
  '/sync/history',
  '/sync/history/remove',
  '/sync/add-to-list',
  '/sync/ratings',
  '/sync/ratings/remove',
];

/** A valid item for each write, so a body's other faults are the only ones. */
const VALID: Record<string, Record<string, unknown>> = {
  '/sync/history': { ids: { imdb: 'tt0133093' } },
  '/sync/history/remove': { ids: { imdb: 'tt0133093' } },
  '/sync/add-to-list': { to: 'plantowatch', ids: { imdb: 'tt0133093' } },
  '/sync/ratings': { rating: 8, ids: { imdb: 'tt0133093' } },
  '/sync/ratings/remove': { ids: { imdb: 'tt0133093' } },
};

/** Sends the body and expects the 400, with the library and activities untouched. */
async function refused(path: string, body: unknown, expected: unknown): Promise<void> {
  const before = library();
  clock.advance(1000);
  const res = await post(path, body);
  expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(400);
  expect(res.json(), `${path} ${JSON.stringify(body)}`).toEqual(expected);
  expect(library()).toEqual(before);
}

describe('malformed bodies, on every sync write', () => {
  it('answers 400 empty_field without a body, even on the GET that /sync/history accepts', async () => {
    for (const path of WRITES) await refused(path, undefined, error('empty_field', 'Empty request body'));
    const viaGet = await api(svc, '/sync/history', { token });
    expect(viaGet.json()).toEqual(error('empty_field', 'Empty request body'));
  });

  it('answers 400 wrong_parameter for a body that is not a JSON object', async () => {
    const notAnObject = error('wrong_parameter', 'The body must be a JSON object');
    for (const path of WRITES) {
      await refused(path, '{"movies": [', notAnObject);
      await refused(path, [VALID[path]], notAnObject);
      await refused(path, '"movies"', notAnObject);
    }
  });

  it('answers 400 wrong_parameter when a list is not an array of objects', async () => {
    for (const path of WRITES) {
      await refused(path, { movies: VALID[path] }, error('wrong_parameter', 'Wrong "movies" parameter'));
      await refused(path, { shows: ['tt0903747'] }, error('wrong_parameter', 'Wrong "shows" parameter'));
      await refused(
        path,
        { movies: [VALID[path], 42] },
        error('wrong_parameter', 'Wrong "movies" parameter'),
      );
    }
  });

  it('answers 400 when an item names no title, and applies none of the valid items beside it', async () => {
    for (const path of WRITES) {
      const valid = VALID[path] ?? {};
      const { ids: _ids, ...rest } = valid;
      const missing = error('empty_field', 'Missed "ids" parameter');
      await refused(path, { movies: [valid, { ...rest, year: 1999 }] }, missing);
      await refused(path, { movies: [{ ...rest, ids: {} }] }, missing);
      await refused(path, { movies: [{ ...rest, ids: { imdb: '' } }] }, missing);
      await refused(
        path,
        { movies: [{ ...rest, ids: 'tt0133093' }] },
        error('wrong_parameter', 'Wrong "ids" parameter'),
      );
    }
  });

  it('still takes {} and a title without ids, answering 201', async () => {
    for (const path of WRITES) {
      const res = await post(path, {});
      expect(res.status, path).toBe(201);
      clock.advance(1000);
    }
    const byTitle = await post('/sync/add-to-list', {
      movies: [{ to: 'plantowatch', title: 'The Matrix', year: 1999 }],
    });
    expect(byTitle.json()).toMatchObject({ added: { movies: [{ to: 'plantowatch', type: 'movie' }] } });
  });
});

describe('/sync/history fields', () => {
  it('refuses an unknown status, a date that is not one, and episodes without numbers', async () => {
    const show = { ids: { simkl: 11121 } };
    await refused(
      '/sync/history',
      { shows: [{ ...show, status: 'seen' }] },
      error('wrong_parameter', 'Wrong "status" parameter'),
    );
    await refused(
      '/sync/history',
      { movies: [{ ...show, watched_at: 'yesterday' }] },
      error('wrong_parameter', 'Wrong "watched_at" parameter'),
    );
    await refused(
      '/sync/history',
      { movies: [{ ...show, added_at: '2020-02-30T00:00:00Z' }] },
      error('wrong_parameter', 'Wrong "added_at" parameter'),
    );
    await refused(
      '/sync/history',
      { shows: [{ ...show, seasons: [{ episodes: [{ number: 1 }] }] }] },
      error('empty_field', 'Missed "number" parameter'),
    );
    await refused(
      '/sync/history',
      { shows: [{ ...show, seasons: [{ number: 1, episodes: [{ number: 'one' }] }] }] },
      error('wrong_parameter', 'Wrong "number" parameter'),
    );
    await refused(
      '/sync/history',
      { shows: [{ ...show, seasons: [{ number: 1, episodes: [{ watched_at: '2020-01-01T00:00:00Z' }] }] }] },
      error('empty_field', 'Missed "number" parameter'),
    );
    await refused(
      '/sync/history',
      { shows: [{ ...show, episodes: [{ number: -1 }] }] },
      error('wrong_parameter', 'Wrong "number" parameter'),
    );
    await refused(
      '/sync/history',
      { shows: [{ ...show, seasons: { number: 1 } }] },
      error('wrong_parameter', 'Wrong "seasons" parameter'),
    );
    await refused(
      '/sync/history',
      { shows: [{ ...show, seasons: [{ number: 1, watched_at: 'soon' }] }] },
      error('wrong_parameter', 'Wrong "watched_at" parameter'),
    );
    await refused(
      '/sync/history/remove',
      { shows: [{ ...show, seasons: [{ number: '' }] }] },
      error('wrong_parameter', 'Wrong "number" parameter'),
    );
  });

  it('needs ids on a top-level episode (a title does not name an episode)', async () => {
    const missing = error('empty_field', 'Missed "ids" parameter');
    await refused('/sync/history', { episodes: [{ title: 'Felina' }] }, missing);
    await refused('/sync/history/remove', { episodes: [{ watched_at: '2020-01-01T00:00:00Z' }] }, missing);
  });
});

describe('/sync/add-to-list and /sync/ratings fields', () => {
  it('needs "to" on every item: a top-level one does not count', async () => {
    const body = { to: 'plantowatch', movies: [{ ids: { imdb: 'tt0133093' } }] };
    await refused('/sync/add-to-list', body, error('empty_field', 'Missed "to" parameter'));
    await refused(
      '/sync/add-to-list',
      { shows: [{ to: '', ids: { simkl: 11121 } }] },
      error('empty_field', 'Missed "to" parameter'),
    );
    await refused(
      '/sync/add-to-list',
      { shows: [{ to: 'seen', ids: { simkl: 11121 } }] },
      error('wrong_parameter', 'Wrong "to" parameter'),
    );
    await refused(
      '/sync/add-to-list',
      { movies: [{ to: 'completed', watched_at: '01/02/2020', ids: { tmdb: 603 } }] },
      error('wrong_parameter', 'Wrong "watched_at" parameter'),
    );
  });

  it('needs a rating on every rating, while an out-of-range one still lands in not_found', async () => {
    await refused(
      '/sync/ratings',
      { movies: [{ ids: { tmdb: 603 } }] },
      error('empty_field', 'Missed "rating" parameter'),
    );
    await refused(
      '/sync/ratings',
      { movies: [{ ids: { tmdb: 603 }, rating: null }] },
      error('empty_field', 'Missed "rating" parameter'),
    );
    await refused(
      '/sync/ratings',
      { movies: [{ ids: { tmdb: 603 }, rating: 7, rated_at: 'now' }] },
      error('wrong_parameter', 'Wrong "rated_at" parameter'),
    );
    const outOfRange = await post('/sync/ratings', { movies: [{ ids: { tmdb: 603 }, rating: 0 }] });
    expect(outOfRange.status).toBe(201);
    expect(outOfRange.json()).toMatchObject({ added: { movies: 0 }, not_found: { movies: [{ rating: 0 }] } });
  });
});

describe('anime and the keys each write accepts', () => {
  const deathNote = { ids: { mal: 1535 } };

  it('/sync/history takes anime under "anime" (and "shows")', async () => {
    const res = await post('/sync/history', { anime: [{ ...deathNote, episodes: [{ number: 1 }] }] });
    expect(res.json()).toMatchObject({ added: { shows: 1, episodes: 1 } });
    expect(library().anime).toEqual([expect.objectContaining({ title: 'Death Note', watchedCount: 1 })]);
  });

  it('the other writes silently drop items under "anime", even malformed ones, and change nothing', async () => {
    svc.control.seedLibrary(DEMO_USER.id, [
      { ids: { mal: 1535 }, status: 'watching', watchedEpisodes: 2, rating: 7 },
    ]);
    const before = library();
    const cases: Array<[string, unknown, Record<string, unknown>]> = [
      ['/sync/history/remove', { anime: [deathNote] }, { deleted: { movies: 0, shows: 0, episodes: 0 } }],
      [
        '/sync/add-to-list',
        { anime: [{ ...deathNote, to: 'dropped' }, { ids: {} }] },
        { added: { movies: [], shows: [] }, not_found: { movies: [], shows: [] } },
      ],
      [
        '/sync/ratings',
        { anime: [{ ...deathNote, rating: 10 }] },
        { added: { movies: 0, shows: 0, statuses: [] } },
      ],
      ['/sync/ratings/remove', { anime: [deathNote] }, { deleted: { movies: 0, shows: 0 } }],
    ];
    for (const [path, body, answer] of cases) {
      clock.advance(1000);
      const res = await post(path, body);
      expect(res.status, path).toBe(201);
      expect(res.json(), path).toMatchObject(answer);
      expect(res.json<Record<string, unknown>>(), path).not.toHaveProperty('added.anime');
    }
    expect(library()).toEqual(before);
  });

  it('the same anime under "shows" lands on every one of them', async () => {
    await post('/sync/add-to-list', { shows: [{ ...deathNote, to: 'hold' }] });
    expect(library().anime[0]).toMatchObject({ status: 'hold' });
    clock.advance(1000);
    await post('/sync/ratings', { shows: [{ ...deathNote, rating: 9 }] });
    expect(library().anime[0]).toMatchObject({ rating: 9 });
    clock.advance(1000);
    await post('/sync/ratings/remove', { shows: [deathNote] });
    expect(library().anime[0]).toMatchObject({ rating: null });
    clock.advance(1000);
    await post('/sync/history/remove', { shows: [deathNote] });
    expect(library().anime).toEqual([]);
  });
});
