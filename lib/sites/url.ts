/** URL parsing that never throws, and the tiny subset of match patterns the adapters use. */

export function parseUrl(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

/** The host of a match pattern like `https://www.imdb.com/*`, or null for other shapes. */
export function patternHost(pattern: string): string | null {
  return /^(?:https?|\*):\/\/([^/*]+)\//.exec(pattern)?.[1] ?? null;
}

/**
 * Whether an http(s) URL is on a host one of the patterns names. Adapters match whole hosts
 * (SPA navigation can reach a title page from anywhere on the site), so the path part is not compared.
 */
export function isOnHosts(url: URL, patterns: readonly string[]): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return patterns.some((pattern) => patternHost(pattern) === url.hostname);
}

/** The URL when it parses and is on one of the patterns' hosts, else null. */
export function parseUrlOn(url: string, patterns: readonly string[]): URL | null {
  const parsed = parseUrl(url);
  return parsed && isOnHosts(parsed, patterns) ? parsed : null;
}

const siteOf = (host: string) => host.split('.').slice(-2).join('.');

/**
 * Where a link points, resolved against its page (hrefs are relative or absolute, with tracking
 * parameters); null without an href or when it leaves the page's site (www. and m.imdb.com are one).
 */
export function linkTarget(link: Element, page: URL): URL | null {
  const href = link.getAttribute('href')?.trim();
  const target = href ? parseUrl(href, page.href) : null;
  return target && target.hostname !== '' && siteOf(target.hostname) === siteOf(page.hostname)
    ? target
    : null;
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Match-pattern paths: each prefix, any digit, then anything (`/movie/` → `/movie/0*` … `/movie/9*`). */
export const numberedPaths = (prefixes: string[]): string[] =>
  prefixes.flatMap((prefix) => DIGITS.map((digit) => `${prefix}${digit}*`));
