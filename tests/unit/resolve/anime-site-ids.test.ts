import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLibraryDb } from '../../../lib/library/db';
import { createLibrary } from '../../../lib/library/library';
import type { Library } from '../../../lib/library/types';
import type { DetectedMedia, SimklItem } from '../../../lib/media';
import { openResolveDb } from '../../../lib/resolve/cache';
import { idLookups } from '../../../lib/resolve/id-queries';
import { createResolver, type Resolver } from '../../../lib/resolve/resolver';
import { createFakeSimkl, type FakeSimkl } from '../library/fake-simkl';
import { entryOf, freshIndexedDb } from '../library/fixtures';

/** As Simkl's catalogue knows it: its library answers carry mal, never the anime sites' numbers. */
const DEATH_NOTE: SimklItem = {
  type: 'anime',
  ids: { simkl: 9300001, mal: '1535', anilist: '1535', kitsu: '1376', livechart: '3437' },
  title: 'Death Note',
  year: 2006,
  animeType: 'tv',
};
const inLibrary = (): SimklItem => ({ ...DEATH_NOTE, ids: { simkl: 9300001, mal: '1535' } });

let simkl: FakeSimkl;
let library: Library;
let resolver: Resolver;

beforeEach(() => {
  freshIndexedDb();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.UTC(2026, 11, 1));
  simkl = createFakeSimkl();
  simkl.addToCatalog(DEATH_NOTE);
  library = createLibrary({ api: simkl.api, db: openLibraryDb() });
  resolver = createResolver({ api: simkl.api, library, db: openResolveDb() });
});
afterEach(() => vi.useRealTimers());

/** A page's media as the resolver reads it (an optional site's pages all name anime). */
const page = (ids: DetectedMedia['ids']) => ({ kind: 'anime' as const, ids });

describe('the anime sites’ own numbers', () => {
  it.each([
    ['anilist', { anilist: '1535' }],
    ['kitsu', { kitsu: '1376' }],
    ['livechart', { livechart: '3437' }],
  ] as const)('%s: one /search/id by the number, then none on a second visit', async (_site, ids) => {
    expect((await resolver.resolve(page(ids)))?.ids.simkl).toBe(9300001);
    expect((await resolver.resolve(page(ids)))?.ids.simkl).toBe(9300001);
    expect(simkl.callsOf('searchById').map((call) => call.args[0])).toEqual([ids]);
  });

  it('matches a page that also carries a MAL id in the mirror, with no request', async () => {
    simkl.seed(entryOf(inLibrary(), { status: 'completed' }));
    await library.sync();
    simkl.resetCalls();
    const found = await resolver.resolve(page({ livechart: '3437', mal: '1535', anilist: '1535' }));
    expect(found?.ids.simkl).toBe(9300001);
    expect(simkl.calls).toEqual([]);
  });

  it('asks by the MAL id before the site’s own number, and only for anime', () => {
    const lookups = idLookups({ ids: { anilist: '1535', mal: '1535', livechart: '3437' }, kind: 'anime' });
    expect(lookups.map((lookup) => lookup.cacheKey)).toEqual(['mal:1535', 'anilist:1535', 'livechart:3437']);
    expect(lookups.every((lookup) => lookup.types.join() === 'anime')).toBe(true);
  });
});
