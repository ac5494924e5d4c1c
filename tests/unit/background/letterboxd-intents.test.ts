import { describe, expect, it } from 'vitest';
import { contentScriptSite } from '../../../lib/background/intents/sender';
import { validateMedia } from '../../../lib/background/intents/validate-media';
import { ACCESS_GROUPS } from '../../../lib/site-access';

describe('Letterboxd, an optional site, at the background’s edges', () => {
  it("takes a Letterboxd page's media, a long slug with its TMDB and IMDb ids", () => {
    const media = {
      site: 'letterboxd',
      kind: 'movie',
      ids: { letterboxd: 'sweet-sweetbacks-baadasssss-song', tmdb: '5822', imdb: 'tt0067810' },
    };
    expect(validateMedia(media)).toEqual(media);
  });

  it('refuses a slug that is no Letterboxd slug', () => {
    for (const letterboxd of ['../film/x', 'Parasite 2019', 'a'.repeat(101), '-dash-first']) {
      expect(() => validateMedia({ site: 'letterboxd', ids: { letterboxd } }), letterboxd).toThrow();
    }
  });

  it("knows a content script in a letterboxd.com tab as Letterboxd's", () => {
    expect(
      contentScriptSite({ id: 'x', url: 'https://letterboxd.com/film/inception/', tab: { id: 1 } }),
    ).toBe('letterboxd');
  });

  it('never counts a site the user has not turned on as missing access', () => {
    expect(ACCESS_GROUPS.map((group) => group.area)).toEqual(['simkl', 'imdb', 'tmdb', 'mal', 'netflix']);
  });
});
