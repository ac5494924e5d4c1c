import { describe, expect, it } from 'vitest';
import { PLAYER_ONLY_SITES } from '../../../lib/media';
import {
  foreignSites,
  selectorStrings,
  siteFingerprints,
  siteOfScript,
} from '../../../scripts/lib/site-fingerprints.mjs';

describe('the fingerprints that tell which sites a content script carries', () => {
  const fingerprints = siteFingerprints('lib/sites');

  it('knows every site folder by several of its own selectors', () => {
    expect(Object.keys(fingerprints).sort()).toEqual([
      'anidb',
      'anilist',
      'animeplanet',
      'appletv',
      'crunchyroll',
      'disneyplus',
      'hulu',
      'imdb',
      'jellyfin',
      'kitsu',
      'letterboxd',
      'livechart',
      'mal',
      'max',
      'netflix',
      'plex',
      'primevideo',
      'tmdb',
      'trakt',
      'tvdb',
    ]);
    // A player-only service's adapter reads a player's few elements: one own selector is enough to know it by.
    for (const [site, values] of Object.entries(fingerprints))
      expect(values.size, site).toBeGreaterThan(
        (PLAYER_ONLY_SITES as readonly string[]).includes(site) ? 0 : 3,
      );
    expect(fingerprints.imdb).toContain('li.ipc-metadata-list-summary-item');
  });

  it('reads the SELECTORS block only, and leaves generic selectors out', () => {
    const text =
      "const SELECTORS = {\n  /** x */\n  row: 'li.some-row',\n  title: 'h1',\n} as const;\nconst other = 'div.not-a-selector';";
    expect(selectorStrings(text)).toEqual(['li.some-row', 'h1']);
    expect([...(fingerprints.netflix ?? [])]).not.toContain('script[type="application/ld+json"]');
  });

  it("finds another site's selector in a bundle, with either quotes, and not the script's own", () => {
    const bundle = 'const a="li.ipc-metadata-list-summary-item",b=".title-card-container";';
    expect(foreignSites(bundle, 'netflix', fingerprints).map((hit) => hit.site)).toEqual(['imdb']);
    expect(foreignSites(bundle, 'imdb', fingerprints).map((hit) => hit.site)).toEqual(['netflix']);
    expect(foreignSites('const a=1;', 'mal', fingerprints)).toEqual([]);
  });

  it('names the site of a script from its file name', () => {
    const sites = Object.keys(fingerprints);
    expect(siteOfScript('netflix-import', sites)).toBe('netflix');
    expect(siteOfScript('tmdb', sites)).toBe('tmdb');
    expect(siteOfScript('letterboxd-badges', sites)).toBe('letterboxd');
    expect(siteOfScript('anidb-badges', sites)).toBe('anidb');
    expect(siteOfScript('tvdb', sites)).toBe('tvdb');
    expect(siteOfScript('trakt-badges', sites)).toBe('trakt');
    expect(siteOfScript('anilist-badges', sites)).toBe('anilist');
    expect(siteOfScript('livechart', sites)).toBe('livechart');
    expect(siteOfScript('kitsu-badges', sites)).toBe('kitsu');
    expect(siteOfScript('crunchyroll', sites)).toBe('crunchyroll');
    expect(siteOfScript('background', sites)).toBeUndefined();
  });
});
