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
