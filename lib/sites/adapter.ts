import type { DetectedMedia, Site } from '../media';

/**
 * One title listed on a page that is not about one title (a chart, a search, a list, a
 * filmography) or in a title page's "More like this": the link that names it, and what the page
 * says about it (the id always; the kind, and an episode's show, season and number, when it says).
 */
export interface ListedTitle {
  element: Element;
  media: DetectedMedia;
}

/** A site's URL rule alone: what the background needs, without the readers of a page's DOM. */
export interface SiteUrlReader extends Pick<SiteAdapter, 'id' | 'matches'> {
  /** The title a link leads to, from its URL alone: what `detect` gives for an empty document. */
  fromUrl(url: string): DetectedMedia | null;
  /**
   * The paths of title links as match-pattern globs after the host (the link menu's
   * `targetUrlPatterns`): they narrow the menu, `fromUrl` is the rule (lib/sites/title-links.ts).
   */
  titleLinkPaths: readonly string[];
}

/**
 * One site = one adapter. Adapters are pure: no network, no storage, no messaging
 * (Netflix's same-origin metadata is read by the page runner, not here).
 */
export interface SiteAdapter {
  id: Site;
  /** Human name for the options page and the README table. */
  name: string;
  /** Content script match patterns. */
  matches: string[];
  /** The title on this page, or null when the page is not about one title. Never throws. */
  detect(url: string, doc: Document): DetectedMedia | null;
  /** Where the control goes: the element to mount after, or null (then the control floats). */
  anchor(doc: Document): Element | null;
  /**
   * The id the DOM currently shows, to tell a stale DOM after SPA navigation from the new one
   * (IMDb's imdb:pageConst). Null when the site has no such signal.
   */
  domId?(doc: Document): string | null;
  /** The titles this page lists, in document order (lib/sites/<id>/list.ts). May throw: callers wrap. */
  listed?(url: string, doc: Document): ListedTitle[];
}
