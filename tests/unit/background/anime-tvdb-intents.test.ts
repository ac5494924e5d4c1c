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

  it("knows a content script in an anidb.net tab as AniDB's", () => {
    expect(contentScriptSite({ id: 'x', url: 'https://anidb.net/anime/4563', tab: { id: 1 } })).toBe('anidb');
  });
});
