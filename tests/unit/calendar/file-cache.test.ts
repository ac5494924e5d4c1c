import { createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCalendar } from '../../../lib/calendar/calendar';
import { SimklError } from '../../../lib/errors';
import { createFakeCdn, V1, V2, v2File } from './fake-cdn';

const HOUR = 60 * 60 * 1000;
const START = new Date('2025-01-15T12:00:00Z');
const LAST_MODIFIED = 'Wed, 15 Jan 2025 06:00:00 GMT';
let dbCount = 0;

function setup(files: Parameters<typeof createFakeCdn>[0]) {
  const cdn = createFakeCdn(files);
  const db = createStore(`calendar-cache-test-${++dbCount}`, 'files');
  return { cdn, db, calendar: createCalendar({ fetch: cdn.fetch, db }) };
}

const tvV2 = () => v2File([{ simkl: 1, date: '2025-01-16T01:00:00Z', season: 1, episode: 3 }], { 1: 'Show' });
const tvV1 = [
  { title: 'Old Show', date: '2025-01-16T01:00:00Z', ids: { simkl_id: 2 }, episode: { episode: 4 } },
];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('calendar file cache', () => {
  it('downloads v2 once and answers from IndexedDB for the next 3 hours', async () => {
    const { cdn, calendar } = setup({ [V2('tv')]: { body: tvV2(), lastModified: LAST_MODIFIED } });
    expect(await calendar.entries('tv')).toMatchObject([{ simkl: 1, title: 'Show', episode: 3 }]);
    vi.setSystemTime(START.getTime() + 3 * HOUR - 1);
    expect(await calendar.entries('tv')).toHaveLength(1);
    expect(cdn.requests).toEqual([{ url: V2('tv'), ifModifiedSince: null }]);
  });

  it('keeps the cache across calendar instances (a restarted worker)', async () => {
    const { cdn, db } = setup({ [V2('tv')]: { body: tvV2() } });
    await createCalendar({ fetch: cdn.fetch, db }).entries('tv');
    expect(await createCalendar({ fetch: cdn.fetch, db }).entries('tv')).toHaveLength(1);
    expect(cdn.requests).toHaveLength(1);
  });

  it('revalidates after 3 hours with If-Modified-Since; a 304 keeps the body and restarts the clock', async () => {
    const { cdn, calendar } = setup({ [V2('tv')]: { body: tvV2(), lastModified: LAST_MODIFIED } });
    await calendar.entries('tv');
    vi.setSystemTime(START.getTime() + 3 * HOUR);
    expect(await calendar.entries('tv')).toMatchObject([{ simkl: 1 }]);
    expect(cdn.requests[1]).toEqual({ url: V2('tv'), ifModifiedSince: LAST_MODIFIED });
    vi.setSystemTime(START.getTime() + 5 * HOUR);
    await calendar.entries('tv');
    expect(cdn.requests).toHaveLength(2);
  });

  it('replaces the copy when the revalidation brings a new file', async () => {
    const { cdn, calendar } = setup({ [V2('tv')]: { body: tvV2(), lastModified: LAST_MODIFIED } });
    await calendar.entries('tv');
    const newer = 'Wed, 15 Jan 2025 12:00:00 GMT';
    cdn.files[V2('tv')] = {
      body: v2File([{ simkl: 5, date: '2025-01-17T00:00:00Z' }], { 5: 'New' }),
      lastModified: newer,
    };
    vi.setSystemTime(START.getTime() + 4 * HOUR);
    expect(await calendar.entries('tv')).toMatchObject([{ simkl: 5, title: 'New' }]);
    vi.setSystemTime(START.getTime() + 8 * HOUR);
    await calendar.entries('tv');
    expect(cdn.requests.map((request) => request.ifModifiedSince)).toEqual([null, LAST_MODIFIED, newer]);
  });

  it('sends no If-Modified-Since when the CDN gave no Last-Modified', async () => {
    const { cdn, calendar } = setup({ [V2('tv')]: { body: tvV2() } });
    await calendar.entries('tv');
    vi.setSystemTime(START.getTime() + 4 * HOUR);
    await calendar.entries('tv');
    expect(cdn.requests.map((request) => request.ifModifiedSince)).toEqual([null, null]);
  });

  it.each([
    ['404', { status: 404, body: 'gone' }],
    ['500', { status: 500, body: 'oops' }],
    ['an invalid body', { text: '<html>maintenance</html>' }],
    ['a v1-shaped body', { body: [] }],
  ])('falls back to v1 when v2 answers %s', async (_label, v2) => {
    const { cdn, calendar } = setup({ [V2('tv')]: v2, [V1('tv')]: { body: tvV1 } });
    expect(await calendar.entries('tv')).toMatchObject([{ simkl: 2, title: 'Old Show', episode: 4 }]);
    expect(cdn.requests.map((request) => request.url)).toEqual([V2('tv'), V1('tv')]);
  });

  it('revalidates a v1 copy conditionally on v1 after trying v2 again', async () => {
    const { cdn, calendar } = setup({ [V1('tv')]: { body: tvV1, lastModified: LAST_MODIFIED } });
    await calendar.entries('tv');
    vi.setSystemTime(START.getTime() + 3 * HOUR);
    expect(await calendar.entries('tv')).toMatchObject([{ simkl: 2 }]);
    expect(cdn.requests.slice(2)).toEqual([
      { url: V2('tv'), ifModifiedSince: null },
      { url: V1('tv'), ifModifiedSince: LAST_MODIFIED },
    ]);
  });

  it('never puts a query string on a calendar URL', async () => {
    const { cdn, calendar } = setup({});
    for (const kind of ['tv', 'anime', 'movie_release'] as const) {
      await calendar.entries(kind).catch(() => undefined);
    }
    expect(cdn.requests).toHaveLength(6);
    for (const { url } of cdn.requests) {
      expect(url).toMatch(/^https:\/\/data\.simkl\.in\/calendar\/(v2\/)?(tv|anime|movie_release)\.json$/);
    }
  });

  it('serves the stale copy when offline, and tries again on the next call', async () => {
    const { cdn, calendar } = setup({ [V2('tv')]: { body: tvV2(), lastModified: LAST_MODIFIED } });
    await calendar.entries('tv');
    cdn.state.offline = true;
    vi.setSystemTime(START.getTime() + 10 * HOUR);
    expect(await calendar.entries('tv')).toMatchObject([{ simkl: 1 }]);
    // Offline: no pointless v1 attempt after v2 did not reach the network.
    expect(cdn.requests.map((request) => request.url)).toEqual([V2('tv'), V2('tv')]);
    cdn.state.offline = false;
    await calendar.entries('tv');
    expect(cdn.requests).toHaveLength(3);
  });

  it('serves the stale copy when both versions fail on the server', async () => {
    const { cdn, calendar } = setup({ [V2('tv')]: { body: tvV2() } });
    await calendar.entries('tv');
    cdn.files[V2('tv')] = { status: 503, body: 'down' };
    vi.setSystemTime(START.getTime() + 4 * HOUR);
    expect(await calendar.entries('tv')).toMatchObject([{ simkl: 1 }]);
  });

  it('rejects with an offline SimklError when offline with nothing cached', async () => {
    const { cdn, calendar } = setup({});
    cdn.state.offline = true;
    const error = await calendar.entries('tv').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SimklError);
    expect((error as SimklError).kind).toBe('offline');
  });

  it('shares one download between concurrent callers', async () => {
    const { cdn, calendar } = setup({ [V2('anime')]: { body: tvV2() } });
    const [a, b] = await Promise.all([calendar.entries('anime'), calendar.entries('anime')]);
    expect(a).toEqual(b);
    expect(cdn.requests).toHaveLength(1);
  });

  it('clear() forgets the files', async () => {
    const { cdn, calendar } = setup({ [V2('tv')]: { body: tvV2() } });
    await calendar.entries('tv');
    await calendar.clear();
    await calendar.entries('tv');
    expect(cdn.requests).toHaveLength(2);
  });
});

describe('calendar defaults', () => {
  it('keeps its files in its own database', async () => {
    const cdn = createFakeCdn({ [V2('tv')]: { body: tvV2() } });
    const calendar = createCalendar({ fetch: cdn.fetch });
    await calendar.entries('tv');
    expect((await indexedDB.databases()).map((db) => db.name)).toContain('simkl-extension-calendar');
    await calendar.clear();
  });
});
