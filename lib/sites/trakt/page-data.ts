/**
 * Readers of what a Trakt title page says beyond its URL (docs/sites.md, Trakt: page data), given the
 * adapter's selectors (index.ts). Every signal is optional: the app's DOM is unverified, so a page
 * without them is detected from its URL alone.
 */
import type { MediaIds } from '../../media';
import { parseUrl } from '../url';
import { parseTraktPage } from './url';

/** The title's slug in a Trakt URL or path (canonical link, og:url), or null. */
export function slugInHref(href: string | null | undefined): string | null {
  const url = href ? parseUrl(href, 'https://trakt.tv') : null;
  return (url && parseTraktPage(url.href)?.slug) ?? null;
}

export interface LinkedIds {
  imdb?: string;
  /** TMDB's id with its scope: it numbers films and TV apart. */
  tmdb?: { id: string; tv: boolean };
  tvdb?: string;
}

const hrefOf = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute('href') ?? '';

/** The ids the page's IMDb, TMDB and TVDB buttons link. */
export function linkedIds(doc: Document, links: { imdb: string; tmdb: string; tvdb: string }): LinkedIds {
  const imdb = /imdb\.com\/title\/(tt\d{5,12})/.exec(hrefOf(doc, links.imdb))?.[1];
  const tmdb = /themoviedb\.org\/(movie|tv)\/(\d+)/.exec(hrefOf(doc, links.tmdb));
  const tvdb = /thetvdb\.com\/.*?(?:[?&]id=|\/dereferrer\/\w+\/)(\d+)/.exec(hrefOf(doc, links.tvdb))?.[1];
  return {
    ...(imdb ? { imdb } : {}),
    ...(tmdb?.[2] ? { tmdb: { id: tmdb[2], tv: tmdb[1] === 'tv' } } : {}),
    ...(tvdb ? { tvdb } : {}),
  };
}

/** Copies the linked ids a title of this scope can own (a film's TMDB id is no show's). */
export function addLinkedIds(ids: MediaIds, linked: LinkedIds, tv: boolean): void {
  if (linked.imdb) ids.imdb = linked.imdb;
  if (linked.tmdb && linked.tmdb.tv === tv) ids.tmdb = linked.tmdb.id;
  if (linked.tvdb) ids.tvdb = linked.tvdb;
}

/** A microdata meta's content, collapsed; undefined when missing or blank. */
export const metaContent = (doc: Document, selector: string) =>
  doc.querySelector(selector)?.getAttribute('content')?.replace(/\s+/g, ' ').trim() || undefined;
