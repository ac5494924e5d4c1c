/**
 * Crunchyroll's pages (docs/sites.md, Crunchyroll: URLs): an episode at /watch/<episode id>/<slug>
 * and a series at /series/<series id>/<slug>, either after a locale segment (/de/, /pt-br/). Ids are
 * G-ids ('G14UVJGX1', 'GE00361957JAJP'), upper-case on the site; a lower-cased link is the same page.
 */
import { isOnHosts, parseUrl } from '../url';

/** The site, and the older player's frame of another origin, whose pages are no title. */
export const CRUNCHYROLL_MATCHES = ['https://www.crunchyroll.com/*', 'https://static.crunchyroll.com/*'];

/** Only the site's own host names titles. */
const SITE_HOST = 'www.crunchyroll.com';
const LOCALE = '(?:/[a-z]{2}(?:-[a-z]{2,4})?)?';
const ID = '([A-Za-z0-9]{5,20})';
const WATCH_PATH = new RegExp(`^${LOCALE}/watch/${ID}(?:/|$)`);
const SERIES_PATH = new RegExp(`^${LOCALE}/series/${ID}(?:/|$)`);

/** The id `path` finds in a URL (or a link resolved against `base`) on the site, upper-cased; else null. */
function idOn(url: string | null | undefined, path: RegExp, base?: string): string | null {
  const parsed = url ? parseUrl(url, base) : null;
  const id =
    parsed && isOnHosts(parsed, CRUNCHYROLL_MATCHES) && parsed.hostname === SITE_HOST
      ? path.exec(parsed.pathname)?.[1]
      : null;
  return id ? id.toUpperCase() : null;
}

/** The episode id of a /watch URL (or of a link on `base`'s page), or null. */
export const watchIdOf = (url: string | null | undefined, base?: string): string | null =>
  idOn(url, WATCH_PATH, base);

/** The series id of a /series URL (or of a link on `base`'s page), or null. */
export const seriesIdOf = (url: string | null | undefined, base?: string): string | null =>
  idOn(url, SERIES_PATH, base);
