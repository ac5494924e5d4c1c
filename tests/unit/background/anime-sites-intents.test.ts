import { describe, expect, it } from 'vitest';
import { contentScriptSite } from '../../../lib/background/intents/sender';
import { validateMedia } from '../../../lib/background/intents/validate-media';
import { ACCESS_GROUPS } from '../../../lib/site-access';

describe('AniList, Kitsu and LiveChart, optional sites, at the background’s edges', () => {
  it("takes each site's media with its own number and the ids its page links", () => {
    const pages = [
      { site: 'anilist', kind: 'anime', ids: { anilist: '1535', mal: '1535' } },
      { site: 'kitsu', kind: 'anime', ids: { kitsu: '1376', mal: '1535' } },
      {
        site: 'livechart',
        kind: 'anime',
        ids: { livechart: '3437', mal: '1535', anilist: '1535', anidb: '4563' },
      },
    ];
    for (const media of pages) expect(validateMedia(media)).toEqual(media);
  });

  it('refuses ids that are not numbers: a Kitsu slug, a path, an overlong number', () => {
    for (const ids of [
      { kitsu: 'death-note' },
      { anilist: '../1' },
      { livechart: '1'.repeat(10) },
      { anidb: 'a4563' },
    ]) {
      expect(() => validateMedia({ site: 'kitsu', ids }), JSON.stringify(ids)).toThrow();
    }
  });

  it("knows each site's tab by its host (kitsu.app only, not the old kitsu.io)", () => {
    const site = (url: string) => contentScriptSite({ id: 'x', url, tab: { id: 1 } });
    expect(site('https://anilist.co/anime/1535/Death-Note/')).toBe('anilist');
    expect(site('https://kitsu.app/anime/death-note')).toBe('kitsu');
    expect(site('https://www.livechart.me/anime/3437')).toBe('livechart');
    expect(site('https://kitsu.io/anime/death-note')).toBeNull();
  });

  it('never counts a site the user has not turned on as missing access', () => {
    expect(ACCESS_GROUPS.map((group) => group.area)).not.toContain('anilist');
    expect(ACCESS_GROUPS.map((group) => group.area)).not.toContain('kitsu');
  });
});
