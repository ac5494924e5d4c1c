// The control `pinSearchId`: a deliberately wrong /search/id answer, for the "Not this?" tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USER, type RunningSimklService, startSimklService } from './index';
import { api, call, fakeClock } from './test-client';

const clock = fakeClock();
let svc: RunningSimklService;
let token: string;

beforeAll(async () => {
  svc = await startSimklService({ now: clock.now, rateLimits: false });
  token = svc.control.issueToken(DEMO_USER.id).access_token;
});
afterAll(() => svc.close());

async function titlesFor(query: string): Promise<string[]> {
  const res = await api(svc, `/search/id?${query}`, { token });
  expect(res.status).toBe(200);
  return (await res.json<Array<{ title: string }>>()).map((item) => item.title);
}

describe('pinSearchId', () => {
  it('answers the pinned title for that id only, until unpinned or reset', async () => {
    expect(await titlesFor('imdb=tt0133093')).toEqual(['The Matrix']);
    svc.control.pinSearchId('imdb', 'TT0133093', 9100008);
    expect(await titlesFor('imdb=tt0133093')).toEqual(['Pulp Fiction']);
    expect(await titlesFor('tmdb=603&type=movie')).toEqual(['The Matrix']);
    svc.control.pinSearchId('imdb', 'tt0133093', null);
    expect(await titlesFor('imdb=tt0133093')).toEqual(['The Matrix']);
    svc.control.pinSearchId('imdb', 'tt0133093', 9100008);
    svc.control.reset();
    token = svc.control.issueToken(DEMO_USER.id).access_token;
    expect(await titlesFor('imdb=tt0133093')).toEqual(['The Matrix']);
  });

  it('pinned to 0, answers that Simkl does not know the id', async () => {
    expect(await titlesFor('imdb=tt0114814')).toEqual(['The Usual Suspects']);
    svc.control.pinSearchId('imdb', 'tt0114814', 0);
    expect(await titlesFor('imdb=tt0114814')).toEqual([]);
    expect(await titlesFor('tmdb=629&type=movie')).toEqual(['The Usual Suspects']);
  });

  it('is reachable over HTTP and refuses an id the catalogue lacks', async () => {
    const pin = (simkl: number) =>
      call(svc.port, '127.0.0.1', '/_control/pinSearchId', {
        method: 'POST',
        body: { key: 'mal', value: '1535', simkl },
      });
    expect((await pin(9100008)).status).toBe(200);
    expect(await titlesFor('mal=1535')).toEqual(['Pulp Fiction']);
    expect((await pin(1)).status).toBe(400);
  });
});
