/**
 * A title a player names by its words alone (docs/architecture.md, A playback): resolved by Simkl's text
 * search, cached per series, and corrected once for the whole series by "Not this?".
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetectedMedia, SimklType } from '../../../lib/media';
import { openResolveDb } from '../../../lib/resolve/cache';
import { openOverridesDb, saveOverride } from '../../../lib/resolve/overrides';
import { createResolver } from '../../../lib/resolve/resolver';
import { titleLookup } from '../../../lib/resolve/title-lookup';
import type { SearchResult, SimklApi } from '../../../lib/simkl/api';
import { freshIndexedDb } from '../library/fixtures';

const FRIEREN: SearchResult = {
  simkl: 2040861,
  type: 'anime',
  title: 'Frieren',
  year: 2023,
  ids: { simkl: 2040861 },
};
const DUNE_1984: SearchResult = {
  simkl: 53452,
  type: 'movie',
  title: 'Dune',
  year: 1984,
  ids: { simkl: 53452 },
};
const DUNE_2021: SearchResult = {
  simkl: 388440,
  type: 'movie',
  title: 'Dune',
  year: 2021,
  ids: { simkl: 388440 },
};
const NOT_FRIEREN: SearchResult = {
  simkl: 777,
  type: 'show',
  title: 'Frieren Diaries',
  year: 2019,
  ids: { simkl: 777 },
};

const episode = (number: number): DetectedMedia => ({
  site: 'netflix',
  kind: 'episode',
  ids: {},
  show: { ids: {}, title: 'Frieren' },
  season: 1,
  episode: number,
});

const RESULTS: Record<SimklType, SearchResult[]> = {
  show: [NOT_FRIEREN],
  anime: [FRIEREN],
  movie: [DUNE_1984, DUNE_2021],
};

let searchText: ReturnType<typeof vi.fn>;

function resolver() {
  searchText = vi.fn(async (type: SimklType) => RESULTS[type]);
  const api = { searchText, searchById: vi.fn(async () => []) } as unknown as SimklApi;
  return createResolver({
    api,
    library: { lookup: async () => null },
    db: openResolveDb(),
    overrides: openOverridesDb(),
  });
}

beforeEach(() => freshIndexedDb());

describe('a title-only playback', () => {
  it('is looked up by its series title, the same words beating Simkl’s first answer', async () => {
    const r = resolver();
    expect(await r.resolve(episode(5))).toMatchObject({ type: 'anime', ids: { simkl: FRIEREN.simkl } });
    expect(searchText.mock.calls.map(([type, text]) => `${type} ${text}`)).toEqual([
      'show Frieren',
      'anime Frieren',
    ]);
  });

  it('asks once per series: the next episode is answered from the cache', async () => {
    const r = resolver();
    await r.resolve(episode(5));
    await r.resolve(episode(6));
    expect(searchText).toHaveBeenCalledTimes(2);
  });

  it('tells films apart by their year', async () => {
    const r = resolver();
    const dune = { site: 'netflix', kind: 'movie', ids: {}, title: 'Dune', year: 2021 } as DetectedMedia;
    expect((await r.resolve(dune))?.ids.simkl).toBe(DUNE_2021.simkl);
  });

  it('keeps a "Not this?" correction for the whole series', async () => {
    const r = resolver();
    const chosen = { type: 'show' as const, ids: { simkl: NOT_FRIEREN.simkl }, title: NOT_FRIEREN.title };
    const saved = await saveOverride(openOverridesDb(), episode(5), chosen);
    expect(saved?.key).toBe('netflix:title:show:frieren');
    expect(await r.resolve(episode(9))).toEqual(chosen);
    expect(searchText).not.toHaveBeenCalled();
  });

  it('is never a title lookup when the media has an id', () => {
    expect(titleLookup({ ...episode(5), ids: { netflix: '81649856' } })).toBeNull();
    expect(titleLookup({ site: 'netflix', kind: 'episode', ids: {} })).toBeNull();
  });
});
