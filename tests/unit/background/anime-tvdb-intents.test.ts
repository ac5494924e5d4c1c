import { describe, expect, it } from 'vitest';
import { contentScriptSite } from '../../../lib/background/intents/sender';
import { validateMedia } from '../../../lib/background/intents/validate-media';

describe('AniDB, Anime-Planet and TheTVDB at the background’s edges', () => {
  it("takes an AniDB page's media: its aid and, where linked, the MAL id", () => {
    const media = { site: 'anidb', kind: 'anime', ids: { anidb: '4563', mal: '1535' }, title: 'Death Note' };
    expect(validateMedia(media)).toEqual(media);
  });

  it('refuses an aid that is no number', () => {
    for (const anidb of ['a4563', '45 63', '1234567890', '', '-1']) {
      expect(() => validateMedia({ site: 'anidb', ids: { anidb } }), anidb).toThrow();
    }
  });

  it("takes a TheTVDB page's media, its number with IMDb and TMDB ids, and refuses a slug as its id", () => {
    const media = { site: 'tvdb', kind: 'show', ids: { tvdb: '81189', imdb: 'tt0903747', tmdb: '1396' } };
    expect(validateMedia(media)).toEqual(media);
    for (const tvdb of ['breaking-bad', '8118 9', '1234567890123'])
      expect(() => validateMedia({ site: 'tvdb', ids: { tvdb } }), tvdb).toThrow();
  });

  it("knows a content script in a thetvdb.com tab as TheTVDB's", () => {
    expect(
      contentScriptSite({ id: 'x', url: 'https://thetvdb.com/series/breaking-bad', tab: { id: 1 } }),
    ).toBe('tvdb');
  });

  it("takes an Anime-Planet page's slug, and refuses anything else as one", () => {
    const media = { site: 'animeplanet', kind: 'anime', ids: { animeplanet: 'hunter-x-hunter-2011' } };
    expect(validateMedia(media)).toEqual(media);
    for (const animeplanet of ['../anime/x', 'Death Note', '-dash-first', 'a'.repeat(101)])
      expect(() => validateMedia({ site: 'animeplanet', ids: { animeplanet } }), animeplanet).toThrow();
  });

  it("knows a content script in an anidb.net tab as AniDB's", () => {
    expect(contentScriptSite({ id: 'x', url: 'https://anidb.net/anime/4563', tab: { id: 1 } })).toBe('anidb');
  });
});
