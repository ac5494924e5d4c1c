import type { DetectedMedia } from '../media';

/**
 * The id a page's DOM must show (SiteAdapter.domId) before the detection is current: the item's
 * own id, or its show's for a TMDB episode, whose own id is not in the URL. Apart from the registry,
 * so that a content script reads it without carrying every site's adapter.
 */
export function pageIdOf(media: DetectedMedia): string | null {
  return media.ids[media.site] ?? media.show?.ids[media.site] ?? null;
}
