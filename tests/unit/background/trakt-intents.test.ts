import { describe, expect, it } from 'vitest';
import { contentScriptSite } from '../../../lib/background/intents/sender';
import { validateMedia } from '../../../lib/background/intents/validate-media';

describe('Trakt, an optional site, at the background’s edges', () => {
  it("takes a Trakt episode's media: its own IMDb and TVDB ids, its show's slug and TMDB id", () => {
    const media = {
      site: 'trakt',
      kind: 'episode',
      ids: { imdb: 'tt0959621', tvdb: '349232' },
      show: { ids: { traktslug: 'breaking-bad', tmdb: '1396' }, title: 'Breaking Bad' },
      season: 1,
      episode: 1,
    };
    expect(validateMedia(media)).toEqual(media);
  });

  it('refuses a slug that is no Trakt slug and a TVDB id that is no number', () => {
    for (const traktslug of ['../movies/x', 'John Wick 4', 'a'.repeat(101), '-dash-first']) {
      expect(() => validateMedia({ site: 'trakt', ids: { traktslug } }), traktslug).toThrow();
    }
    expect(() => validateMedia({ site: 'trakt', ids: { tvdb: 'the-walking-dead' } })).toThrow();
  });

  it("knows a content script in a trakt.tv or app.trakt.tv tab as Trakt's", () => {
    for (const url of ['https://trakt.tv/movies/inception-2010', 'https://app.trakt.tv/shows/breaking-bad'])
      expect(contentScriptSite({ id: 'x', url, tab: { id: 1 } }), url).toBe('trakt');
  });
});
