// The CDN hosts (calendars, images, the wsrv.nl proxy), simkl.com pages and control over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USER, type RunningSimklService, startSimklService } from './index';
import { api, call, fakeClock } from './test-client';

// Wednesday 2025-06-11 13:00 UTC; the 6-hour calendar slot began at 12:00.
const clock = fakeClock(Date.parse('2025-06-11T13:00:00Z'));
let svc: RunningSimklService;

beforeAll(async () => {
  svc = await startSimklService({
    now: clock.now,
    rateLimits: false,
    extraHosts: {
      'www.imdb.com': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<h1>fixture</h1>');
      },
    },
  });
});
afterAll(() => svc.close());

const cdn = (path: string, headers?: Record<string, string>) =>
  call(svc.port, 'data.simkl.in', path, { headers });

describe('calendar', () => {
  it('serves v1 arrays for yesterday + 33 days with Last-Modified, and 304 when not modified', async () => {
    const res = await cdn('/calendar/tv.json?random=123');
    expect(res.status).toBe(200);
    expect(res.headers['last-modified']).toBe('Wed, 11 Jun 2025 12:00:00 GMT');
    const items = res.json<Array<Record<string, unknown>>>();
    expect(items.length).toBeGreaterThan(3);
    const first = Date.parse(String(items[0]?.date));
    expect(first).toBeGreaterThanOrEqual(Date.parse('2025-06-10T00:00:00Z'));
    expect(items[0]).toMatchObject({
      url: expect.stringMatching(/^https:\/\/simkl\.com\/tv\//),
      release_date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      ids: { simkl_id: expect.any(Number), slug: expect.any(String) },
      episode: { season: expect.any(Number), episode: expect.any(Number) },
    });
    expect(String(items[0]?.date)).toMatch(/-05:00$/);
    const again = await cdn('/calendar/tv.json', {
      'if-modified-since': String(res.headers['last-modified']),
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });

  it('lists anime without seasons and upcoming films by release date', async () => {
    const anime = (await cdn('/calendar/anime.json')).json<Array<Record<string, unknown>>>();
    expect(anime[0]).toMatchObject({ anime_type: 'tv', ids: { mal: expect.any(String) } });
    expect(anime[0]?.episode).not.toHaveProperty('season');
    const films = (await cdn('/calendar/movie_release.json')).json<Array<Record<string, unknown>>>();
    expect(films.map((f) => f.title)).toEqual(['Avengers: Doomsday', 'Spider-Man: Brand New Day']);
    expect(films[0]).not.toHaveProperty('episode');
  });

  it('serves monthly files with an unpadded month and 404s a padded one', async () => {
    const june = await cdn('/calendar/2025/6/tv.json');
    expect(june.status).toBe(200);
    expect(june.json<unknown[]>().length).toBeGreaterThan(0);
    expect((await cdn('/calendar/2025/06/tv.json')).status).toBe(404);
    expect(
      (await cdn('/calendar/2008/6/tv.json'))
        .json<Array<{ title: string }>>()
        .some((i) => i.title === 'Doctor Who'),
    ).toBe(true);
  });

  it('serves v2 objects with calendar + metadata, up to three months ahead', async () => {
    const body = (await cdn('/calendar/v2/tv.json')).json<{
      calendar: Array<Record<string, unknown>>;
      metadata: Record<string, Record<string, unknown>>;
    }>();
    const entry = body.calendar[0];
    expect(entry).toMatchObject({
      simkl_id: expect.any(Number),
      date: expect.stringMatching(/Z$/),
      finale_type: null,
    });
    expect(body.metadata[String(entry?.simkl_id)]).toMatchObject({
      runtime: expect.stringMatching(/^\d+m$/),
      status: 'airing',
    });
    expect((await cdn('/calendar/v2/2025/9/anime.json')).status).toBe(200);
    expect((await cdn('/calendar/v2/2025/10/anime.json')).status).toBe(404);
  });
});

describe('images', () => {
  async function poster(): Promise<string> {
    const token = svc.control.issueToken(DEMO_USER.id).access_token;
    return (
      (await api(svc, '/search/id?imdb=tt0133093', { token })).json<Array<{ poster: string }>>()[0]?.poster ??
      ''
    );
  }

  it('serves real WebP posters with the size of their suffix, cached forever', async () => {
    const res = await call(svc.port, 'simkl.in', `/posters/${await poster()}_c.webp`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/webp');
    expect(String(res.headers['cache-control'])).toContain('immutable');
    expect(res.body.subarray(0, 4).toString()).toBe('RIFF');
    expect(res.body.subarray(8, 16).toString()).toBe('WEBPVP8L');
    const bits = res.body.readUInt32LE(21);
    expect([(bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1]).toEqual([170, 250]);
  });

  it('serves legacy JPEG posters and the PNG placeholder', async () => {
    const jpeg = await call(svc.port, 'simkl.in', `/posters/${await poster()}_ca.jpg`);
    expect(jpeg.headers['content-type']).toBe('image/jpeg');
    expect([...jpeg.body.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect([...jpeg.body.subarray(-2)]).toEqual([0xff, 0xd9]);
    const png = await call(svc.port, 'simkl.in', '/poster_no_pic.png');
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    expect([png.body.readUInt32BE(16), png.body.readUInt32BE(20)]).toEqual([340, 500]);
  });

  it('proxies through wsrv.nl, and 404s unknown paths', async () => {
    const path = await poster();
    const res = await call(
      svc.port,
      'wsrv.nl',
      `/?url=${encodeURIComponent(`https://simkl.in/posters/${path}_m.webp`)}&q=90`,
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/webp');
    expect(
      (await call(svc.port, 'wsrv.nl', '/?url=https://simkl.in/posters/11/1100000000000_m.webp')).status,
    ).toBe(404);
    expect((await call(svc.port, 'simkl.in', `/posters/${path}_zz.webp`)).status).toBe(404);
    expect((await call(svc.port, 'wsrv.nl', '/?url=https://example.org/a.png')).status).toBe(404);
  });
});

describe('simkl.com pages and other hosts', () => {
  it('serves item pages for catalogue titles only', async () => {
    const page = await call(svc.port, 'simkl.com', '/tv/11121/breaking-bad/season-5/episode-1/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1>Breaking Bad');
    expect((await call(svc.port, 'simkl.com', '/movies/11121/breaking-bad')).status).toBe(404);
  });

  it('routes extra hosts to their handler and logs them', async () => {
    const res = await call(svc.port, 'www.imdb.com', '/title/tt0133093/');
    expect(res.text).toBe('<h1>fixture</h1>');
    expect(svc.hostnames).toEqual(expect.arrayContaining(['api.simkl.com', 'wsrv.nl', 'www.imdb.com']));
    expect(svc.control.requestLog().at(-1)).toMatchObject({ host: 'www.imdb.com', status: 200 });
  });
});

describe('control over HTTP', () => {
  const control = (method: string, body: unknown = {}) =>
    call(svc.port, '127.0.0.1', `/_control/${method}`, { method: 'POST', body });

  it('creates users, seeds and reads libraries, injects faults by RegExp and reads the log', async () => {
    const user = (await control('createUser', { name: 'Remote' })).json<{ id: number; token: string }>();
    expect(
      (
        await control('seedLibrary', {
          userId: user.id,
          items: [{ ids: { imdb: 'tt0133093' }, status: 'completed' }],
        })
      ).status,
    ).toBe(200);
    const library = (await control('library', { userId: user.id })).json<{
      movies: Array<{ title: string }>;
    }>();
    expect(library.movies[0]?.title).toBe('The Matrix');
    await control('injectFault', { pathRegExp: '^/sync/', times: 1, action: { status: 500 } });
    expect((await api(svc, '/sync/activities', { token: user.token })).status).toBe(500);
    const log = (await control('requestLog')).json<Array<{ path: string; status: number }>>();
    expect(log.at(-1)).toMatchObject({ path: '/sync/activities', status: 500 });
    expect((await control('approvePin', { userCode: 'NOPE1' })).status).toBe(400);
    expect(
      (await call(svc.port, 'localhost', '/_control/nothing', { method: 'POST', body: {} })).status,
    ).toBe(404);
  });

  it('resets to one demo user with an empty library', async () => {
    await control('reset');
    const demo = (await control('issueToken', { userId: DEMO_USER.id, mode: 'v2' })).json<{
      access_token: string;
    }>();
    expect((await api(svc, '/sync/all-items', { token: demo.access_token })).text).toBe('null');
  });
});
