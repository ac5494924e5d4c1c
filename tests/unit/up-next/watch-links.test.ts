import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { Site } from '../../../lib/media';
import { cachedNetflixIds, watchLinks } from '../../../lib/up-next/watch-links';

const allOn = () => true;

describe('watchLinks', () => {
  it('links an anime to MyAnimeList and AniList by the ids Simkl gave, in that order', () => {
    expect(watchLinks({ simkl: 1, mal: '21', anilist: 21 }, 'anime', allOn)).toEqual([
      { site: 'mal', url: 'https://myanimelist.net/anime/21' },
      { site: 'anilist', url: 'https://anilist.co/anime/21' },
    ]);
  });

  it('gives a show no anime-site link, and Netflix only with its id', () => {
    expect(watchLinks({ simkl: 1, mal: '21' }, 'show', allOn)).toEqual([]);
    expect(watchLinks({ simkl: 1, netflix: '80057281' }, 'show', allOn)).toEqual([
      { site: 'netflix', url: 'https://www.netflix.com/title/80057281' },
    ]);
  });

  it('leaves out a site the user turned off, and an id that is not a plain number', () => {
    const malOff = (site: Site) => site !== 'mal';
    expect(
      watchLinks({ simkl: 1, mal: '21', anilist: '5' }, 'anime', malOff).map((link) => link.site),
    ).toEqual(['anilist']);
    expect(watchLinks({ simkl: 1, mal: '21/../x', netflix: 'javascript:1' }, 'anime', allOn)).toEqual([]);
  });
});

describe('cachedNetflixIds', () => {
  it('maps a Simkl id to the Netflix id a cached lookup named, ignoring misses, other sites and ambiguous answers', async () => {
    const db = createStore('simkl-extension-resolve', 'ids');
    await set('netflix:80057281', { items: [{ type: 'show', ids: { simkl: 548312 } }], at: 0 }, db);
    await set('netflix:70143836', { items: [], at: 0 }, db);
    await set('imdb:tt0903747', { items: [{ type: 'show', ids: { simkl: 11121 } }], at: 0 }, db);
    await set(
      'netflix:123',
      {
        items: [
          { type: 'show', ids: { simkl: 1 } },
          { type: 'movie', ids: { simkl: 2 } },
        ],
        at: 0,
      },
      db,
    );
    expect([...(await cachedNetflixIds(db))]).toEqual([[548312, '80057281']]);
  });
});
