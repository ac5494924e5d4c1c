/**
 * TheTVDB's addresses (docs/sites.md, TheTVDB: URLs): a title page is /series/<slug> or /movies/<slug>,
 * whose slug Simkl's library never carries; the numeric id is in the page, or in the /dereferrer/
 * address that opens a title by its number.
 */
import type { MediaKind } from '../../media';
import { parseUrlOn } from '../url';

export const TVDB_MATCHES = ['https://thetvdb.com/*'];

/** /series/breaking-bad (its sub-pages, seasons and episodes, are not the title's page). */
const TITLE_PATH = /^\/(series|movies)\/([a-z0-9][a-z0-9-]*)\/?$/;
/** /dereferrer/series/81189 or /dereferrer/movie/169: a redirect to the title's page. */
const DEREFERRER_PATH = /^\/dereferrer\/(series|movie)\/(\d{1,12})\/?$/;

const kindOf = (section: string | undefined): MediaKind => (section === 'series' ? 'show' : 'movie');

/** A title page's kind and slug, or null. */
export function titlePageOf(url: string): { kind: MediaKind; slug: string } | null {
  const parsed = parseUrlOn(url, TVDB_MATCHES);
  const match = parsed && TITLE_PATH.exec(parsed.pathname);
  return match?.[2] ? { kind: kindOf(match[1]), slug: match[2] } : null;
}

/** The kind and TVDB id a dereferrer address names, or null. */
export function dereferrerOf(url: string): { kind: MediaKind; id: string } | null {
  const parsed = parseUrlOn(url, TVDB_MATCHES);
  const match = parsed && DEREFERRER_PATH.exec(parsed.pathname);
  return match?.[2] ? { kind: kindOf(match[1]), id: match[2] } : null;
}
