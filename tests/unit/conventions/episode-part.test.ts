import { describe, expect, it } from 'vitest';
import type { Site } from '../../../lib/media';
import { SITE_ADAPTERS } from '../../../lib/sites';
import { episodePageOf } from '../../../lib/words/episode-label';
import { URL_EXAMPLES } from '../sites/url-examples';
import { bundleClosure } from './import-graph';

/**
 * The control shows an episode's or a season's state only where the site's script handed it the
 * episode part (lib/page/control/episode-part.ts): a site with such pages must hand it over, or its
 * episode pages would show the title's state alone; the others leave it out (docs/architecture.md,
 * Budgets). A site's episode pages are those its URL examples detect as an episode or a season, and
 * those whose episode the page's data names, not its URL: Netflix's player (Netflix's metadata,
 * netflix-resolver.ts) and Crunchyroll's watch pages (the page's own data, lib/sites/crunchyroll).
 */
const EPISODE_PART = 'lib/page/control/episode-part.ts';
const EPISODES_FROM_METADATA = ['netflix', 'crunchyroll'];

const hasEpisodePages = (site: string) =>
  EPISODES_FROM_METADATA.includes(site) ||
  URL_EXAMPLES[site as Site].positives.some(({ expected }) => episodePageOf(expected) !== undefined);

describe("the control's scripts and episode pages", () => {
  const sites = SITE_ADAPTERS.map((adapter) => adapter.id);

  it.each(sites)(
    '%s: the episode part is in its control script exactly when it has episode or season pages',
    (site) => {
      expect(bundleClosure(`entrypoints/${site}.content.ts`).has(EPISODE_PART)).toBe(hasEpisodePages(site));
    },
  );

  it('finds the sites with episode or season pages', () => {
    expect(sites.filter(hasEpisodePages)).toEqual(['imdb', 'tmdb', 'mal', 'netflix', 'trakt', 'crunchyroll']);
  });
});
