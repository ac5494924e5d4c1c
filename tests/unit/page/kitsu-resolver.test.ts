import { describe, expect, it } from 'vitest';
import type { DetectedMedia } from '../../../lib/media';
import { createKitsuResolver, type KitsuIdStore } from '../../../lib/page/control/kitsu-resolver';
import { kitsuApiUrl, parseKitsuAnime } from '../../../lib/sites/kitsu/api';
import type { LearnedIds } from '../../../lib/store/learned-ids';
import { kitsuApiAnswer } from '../../fixtures/sites/kitsu-api';

const signal = new AbortController().signal;
const slugPage: DetectedMedia = { site: 'kitsu', kind: 'anime', ids: {} };

/** What earlier visits kept, in memory. */
function memoryStore() {
  const kept = new Map<string, LearnedIds['ids']>();
  const store: KitsuIdStore = {
    read: async (key) => kept.get(key),
    save: async (key, ids) => {
      kept.set(key, ids);
    },
  };
  return { kept, store };
}

/** Kitsu's API as the fixture server answers it, counting requests. */
function fakeApi(fail = false) {
  const asked: string[] = [];
  const load = async (url: string) => {
    asked.push(url);
    if (fail) throw new Error('HTTP 503');
    return JSON.parse(kitsuApiAnswer(new URL(url)) ?? 'null');
  };
  return { asked, load };
}

describe("Kitsu's API", () => {
  it('is asked by slug with the mappings, or by number, on the page’s own origin', () => {
    expect(kitsuApiUrl({ key: 'death-note', slug: 'death-note' }, 'https://kitsu.app')).toBe(
      'https://kitsu.app/api/edge/anime?filter[slug]=death-note&page[limit]=1&include=mappings',
    );
    expect(kitsuApiUrl({ key: '1376', number: '1376' })).toBe(
      'https://kitsu.app/api/edge/anime/1376?include=mappings',
    );
  });

  it('gives the number and the MyAnimeList mapping, from a list or a single answer', () => {
    const bySlug = JSON.parse(kitsuApiAnswer(new URL(kitsuApiUrl({ key: 'x', slug: 'death-note' })))!);
    expect(parseKitsuAnime(bySlug)).toEqual({ kitsu: '1376', mal: '1535' });
    const byNumber = JSON.parse(kitsuApiAnswer(new URL(kitsuApiUrl({ key: '12', number: '12' })))!);
    expect(parseKitsuAnime(byNumber)).toEqual({ kitsu: '12', mal: '21' });
  });

  it('refuses an answer that names no anime, or a number that is not one', () => {
    expect(parseKitsuAnime({ data: [] })).toBeNull();
    expect(parseKitsuAnime({ data: [{ id: 'abc', type: 'anime' }] })).toBeNull();
    expect(parseKitsuAnime({ data: [{ id: '1', type: 'manga' }] })).toBeNull();
    expect(parseKitsuAnime('<html>')).toBeNull();
    const noMal = {
      data: { id: '9', type: 'anime' },
      included: [{ attributes: { externalSite: 'anidb', externalId: '1' } }],
    };
    expect(parseKitsuAnime(noMal)).toEqual({ kitsu: '9' });
  });
});

describe('the Kitsu resolver', () => {
  it("completes a slug page with Kitsu's number and MAL id, one request per anime", async () => {
    const api = fakeApi();
    const { kept, store } = memoryStore();
    const href = () => 'https://kitsu.app/anime/death-note/episodes';
    const resolve = createKitsuResolver({ load: api.load, href, store });
    expect(await resolve(slugPage, signal)).toEqual({ ...slugPage, ids: { kitsu: '1376', mal: '1535' } });
    await resolve(slugPage, signal);
    expect(api.asked).toEqual([
      'https://kitsu.app/api/edge/anime?filter[slug]=death-note&page[limit]=1&include=mappings',
    ]);
    // The next visit (a new script) finds the kept answer: no request.
    expect(kept.get('death-note')).toEqual({ kitsu: '1376', mal: '1535' });
    const nextVisit = createKitsuResolver({ load: api.load, href, store });
    expect((await nextVisit(slugPage, signal))?.ids).toEqual({ kitsu: '1376', mal: '1535' });
    expect(api.asked).toHaveLength(1);
  });

  it("keeps the page's own number and asks only for the MAL id it lacks", async () => {
    const api = fakeApi();
    const href = () => 'https://kitsu.app/anime/one-piece';
    const resolve = createKitsuResolver({ load: api.load, href, store: memoryStore().store });
    const page = { ...slugPage, ids: { kitsu: '12' }, title: 'One Piece' };
    expect(await resolve(page, signal)).toEqual({ ...page, ids: { kitsu: '12', mal: '21' } });
    const known = { ...slugPage, ids: { kitsu: '12', mal: '21' } };
    expect(await resolve(known, signal)).toBe(known);
    expect(api.asked).toHaveLength(1);
  });

  it('reports a slug page unidentified when the API fails or knows nothing, and asks again next time', async () => {
    const failing = fakeApi(true);
    const { kept, store } = memoryStore();
    const resolve = createKitsuResolver({
      load: failing.load,
      href: () => 'https://kitsu.app/anime/death-note',
      store,
    });
    expect(await resolve(slugPage, signal)).toBeNull();
    expect(await resolve(slugPage, signal)).toBeNull();
    expect(failing.asked).toHaveLength(2);
    expect(kept.size).toBe(0);
    const unknown = createKitsuResolver({
      load: fakeApi().load,
      href: () => 'https://kitsu.app/anime/not-an-anime',
      store: memoryStore().store,
    });
    expect(await unknown(slugPage, signal)).toBeNull();
    // A number the page gave still identifies it when the API fails.
    const numbered = { ...slugPage, ids: { kitsu: '1376' } };
    expect(await resolve(numbered, signal)).toEqual(numbered);
  });
});
