import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openLibraryDb } from '../../../lib/library/db';
import { createLibrary } from '../../../lib/library/library';
import type { SimklItem } from '../../../lib/media';
import { openResolveDb } from '../../../lib/resolve/cache';
import { overrideKeys } from '../../../lib/resolve/overrides';
import { createResolver, type Resolver } from '../../../lib/resolve/resolver';
import { huluEpisode } from '../../fixtures/sites/hulu-player';
import { createFakeSimkl, type FakeSimkl } from '../library/fake-simkl';
import { freshIndexedDb } from '../library/fixtures';

/** Hulu's playback (docs/sites.md, Hulu): its series' id first, then the series' exact title. */
const THE_BEAR: SimklItem = {
  type: 'show',
  ids: { simkl: 9200038, hulu: '7d3c1a2b-0000-4c00-9a00-00000000b001' },
  title: 'The Bear',
};
const SEINFELD: SimklItem = { type: 'show', ids: { simkl: 9200026 }, title: 'Seinfeld' };

let simkl: FakeSimkl;
let resolver: Resolver;
const lookups = () => simkl.callsOf('searchById').map((call) => call.args[0]);

beforeEach(() => {
  freshIndexedDb();
  vi.setSystemTime(Date.UTC(2026, 11, 1));
  simkl = createFakeSimkl();
  simkl.addToCatalog(THE_BEAR, SEINFELD);
  const library = createLibrary({ api: simkl.api, db: openLibraryDb() });
  resolver = createResolver({ api: simkl.api, library, db: openResolveDb() });
});

describe('a Hulu episode', () => {
  it('is looked up by its series’ Hulu id, once: the next episode asks nothing', async () => {
    expect(await resolver.resolve(huluEpisode('bear', 3))).toMatchObject({
      type: 'show',
      ids: { simkl: 9200038 },
    });
    expect(lookups()).toEqual([{ hulu: THE_BEAR.ids.hulu }]);
    simkl.resetCalls();
    expect((await resolver.resolve(huluEpisode('bear', 4)))?.ids.simkl).toBe(9200038);
    expect(simkl.calls).toEqual([]);
  });

  it('falls back on its series’ exact title in the TV library when Simkl does not know the id', async () => {
    expect(await resolver.resolve(huluEpisode('seinfeld', 2))).toMatchObject({ ids: { simkl: 9200026 } });
    expect(lookups()).toEqual([
      { hulu: '7d3c1a2b-0000-4c00-9a00-00000000b002' },
      { title: 'Seinfeld', titleType: 'show' },
    ]);
  });

  it('keys a “Not this?” choice by its series’ id, so it holds for every episode', () => {
    expect(overrideKeys(huluEpisode('seinfeld', 2))).toEqual(['hulu:7d3c1a2b-0000-4c00-9a00-00000000b002']);
    expect(overrideKeys(huluEpisode('seinfeld', 5))).toEqual(overrideKeys(huluEpisode('seinfeld', 2)));
  });
});
