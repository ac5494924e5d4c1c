import type { DetectedMedia, MediaIds, MediaSite, Site } from '../media';

/** An id key a site's pages name their own item by (Site ids that are not id keys are mapped here). */
export type OwnIdKey = Exclude<keyof MediaIds, 'simkl'>;

/** Simkl names Trakt's slug `traktslug` (docs/sites.md, Trakt: ids); every other site's id is its name. */
const OWN_ID_KEYS: Partial<Record<Site, OwnIdKey>> = { trakt: 'traktslug' };

/** The key under which a site's pages carry their own id: `imdb` for IMDb, `traktslug` for Trakt. */
export function ownIdKey(site: MediaSite): OwnIdKey {
  // A player-only service names no item of its own by id: its key is no id key, and finds nothing.
  return OWN_ID_KEYS[site as Site] ?? (site as OwnIdKey);
}

/**
 * The id a page's DOM must show (SiteAdapter.domId) before the detection is current: the item's
 * own id, or its show's for a TMDB episode, whose own id is not in the URL. Apart from the registry,
 * so that a content script reads it without carrying every site's adapter.
 */
export function pageIdOf(media: DetectedMedia): string | null {
  const key = ownIdKey(media.site);
  return media.ids[key] ?? media.show?.ids[key] ?? null;
}
