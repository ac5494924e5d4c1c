// /search/id by Crunchyroll's and Hulu's ids, and the title lookup Crunchyroll falls back to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USER, type RunningSimklService, startSimklService } from './index';
import { api, fakeClock } from './test-client';

const clock = fakeClock();
let svc: RunningSimklService;
let token: string;

beforeAll(async () => {
  svc = await startSimklService({ now: clock.now, rateLimits: false });
  token = svc.control.issueToken(DEMO_USER.id).access_token;
});
afterAll(() => svc.close());

type Found = Array<{ type: string; title: string; ids: Record<string, unknown> }> | null;

async function lookup(query: string): Promise<Found> {
  const res = await api(svc, `/search/id?${query}`, { token });
  expect(res.status).toBe(200);
  return res.json<Found>();
}

describe('/search/id by streaming ids', () => {
  it('finds anime by a Crunchyroll id, G-id or the older slug, whatever its case', async () => {
    expect(await lookup('crunchyroll=GG5H5XQX4')).toMatchObject([{ type: 'anime', ids: { simkl: 9300005 } }]);
    expect(await lookup('crunchyroll=gg5h5xqx4')).toMatchObject([{ ids: { simkl: 9300005 } }]);
    expect(await lookup('crunchyroll=hunter-x-hunter')).toMatchObject([{ ids: { simkl: 40398 } }]);
  });

  it('finds shows and anime by a Hulu id', async () => {
    expect(await lookup('hulu=752420')).toMatchObject([{ type: 'tv', ids: { simkl: 2753 } }]);
    expect(await lookup('hulu=752375')).toMatchObject([{ type: 'anime', ids: { simkl: 39687 } }]);
  });

  it('finds a show by the series UUID Hulu’s pages give, whatever its case', async () => {
    const uuid = '7d3c1a2b-0000-4c00-9a00-00000000b001';
    expect(await lookup(`hulu=${uuid}`)).toMatchObject([{ type: 'tv', ids: { simkl: 9200038 } }]);
    expect(await lookup(`hulu=${uuid.toUpperCase()}`)).toMatchObject([{ ids: { simkl: 9200038 } }]);
    expect(await lookup('hulu=7d3c1a2b-0000-4c00-9a00-00000000b002')).toEqual([]);
  });

  it('finds a show by its exact title in the TV library, as Hulu’s title path asks', async () => {
    expect(await lookup('title=Seinfeld&type=show')).toMatchObject([{ type: 'tv', ids: { simkl: 9200026 } }]);
    expect(await lookup('title=Seinfeld&type=movie')).toEqual([]);
  });

  it('answers [] for an id it does not know, and carries only Simkl’s own ids', async () => {
    expect(await lookup('crunchyroll=GY5VXG0ZR')).toEqual([]);
    expect(await lookup('hulu=1')).toEqual([]);
    const [found] = (await lookup('crunchyroll=GG5H5XQX4')) ?? [];
    expect(Object.keys(found?.ids ?? {}).sort()).toEqual(['simkl', 'slug']);
  });

  it('finds a series by its exact title as anime, English or romaji, and never as another type', async () => {
    expect(await lookup('title=Steins%3BGate&type=anime')).toMatchObject([{ ids: { simkl: 9300012 } }]);
    const english = await lookup(`title=${encodeURIComponent("Frieren: Beyond Journey's End")}&type=anime`);
    expect(english).toMatchObject([{ ids: { simkl: 9300005 } }]);
    expect(await lookup('title=Steins%3BGate&type=movie')).toEqual([]);
    expect(await lookup('title=Steins&type=anime')).toEqual([]);
  });

  it('never carries the streaming ids in the library', async () => {
    await api(svc, '/sync/add-to-list', {
      token,
      method: 'POST',
      body: { shows: [{ to: 'watching', ids: { simkl: 9300005 } }] },
    });
    const library = await api(svc, '/sync/all-items?extended=full', { token });
    expect(library.text).toContain('9300005');
    expect(library.text).not.toContain('crunchyroll');
    expect(library.text).not.toContain('hulu');
  });
});
