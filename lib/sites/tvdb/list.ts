import type { DetectedMedia, MediaKind } from '../../media';
import type { ListedTitle } from '../adapter';
import { type EntryRule, findEntries, firstOfEach } from '../listed';
import { linkTarget, parseUrlOn } from '../url';
import { TVDB_MATCHES, titlePageOf } from './url';

/**
 * Every selector TheTVDB's list part reads (docs/sites.md, TheTVDB: lists). Entries link the title by
 * its slug, which Simkl's library never carries; the TVDB number is read from the entry's artwork
 * address (artworks.thetvdb.com/banners/v4/series/<id>/…), and an entry without one gets no badge.
 */
const SELECTORS = {
  /** A list's or a search's entry (poster and name): https://thetvdb.com/lists/best-of-hbo */
  listItem: '.list-item, .search-result',
  /** The entry's name link: https://thetvdb.com/lists/best-of-hbo */
  nameLink: 'h3 a[href], h4 a[href], .list-item-name a[href]',
  /** The entry's artwork, whose address carries the TVDB number: https://thetvdb.com/lists/best-of-hbo */
  artwork: 'img[src*="/banners/"], img[data-src*="/banners/"]',
} as const;

const RULES: EntryRule[] = [{ entry: SELECTORS.listItem, name: [SELECTORS.nameLink] }];

/** banners/v4/series/81189/posters/… (series or movie), or the older banners/posters/81189-1.jpg (series). */
const V4_ART = /\/banners\/v4\/(series|movie)\/(\d{1,12})\//;
const OLD_ART = /\/banners\/(?:posters|graphical|fanart\/original)\/(\d{1,12})-/;

function artworkIdOf(entry: Element, kind: MediaKind): string | undefined {
  const art = entry.querySelector(SELECTORS.artwork);
  const src = art?.getAttribute('src') || art?.getAttribute('data-src') || '';
  const v4 = V4_ART.exec(src);
  if (v4) return (v4[1] === 'series') === (kind === 'show') ? v4[2] : undefined;
  return kind === 'show' ? OLD_ART.exec(src)?.[1] : undefined;
}

/** The titles TheTVDB lists on this page, each id once, in page order ([] off TheTVDB). */
export function listedOnTvdb(url: string, doc: Document): ListedTitle[] {
  const page = parseUrlOn(url, TVDB_MATCHES);
  if (!page) return [];
  const mediaOf = (link: Element, entry: Element): DetectedMedia | undefined => {
    const title = titlePageOf(linkTarget(link, page)?.href ?? '');
    const tvdb = title && artworkIdOf(entry, title.kind);
    return title && tvdb ? { site: 'tvdb', kind: title.kind, ids: { tvdb } } : undefined;
  };
  // TheTVDB numbers series and films apart: the same number may be one of each.
  return firstOfEach(findEntries(doc, RULES, mediaOf), (media) => `${media.kind}:${media.ids.tvdb}`);
}
