/**
 * A match pattern as both browsers apply `targetUrlPatterns`: scheme and host exactly (no host
 * wildcards here), and the path glob (`*` = any run of characters) against the path with its query,
 * never the fragment.
 */
export function matchesPattern(pattern: string, url: string): boolean {
  const [, scheme, host, path] = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  if (!scheme || !host || !path) throw new Error(`Unsupported pattern ${pattern}`);
  const parsed = new URL(url);
  if (parsed.protocol !== `${scheme}:` || parsed.host !== host) return false;
  const glob = path
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${glob}$`).test(parsed.pathname + parsed.search);
}
