/**
 * A self-hosted media server's address as the user types it in the options (docs/architecture.md,
 * Self-hosted servers): an http(s) origin and nothing more, so the permission asked for is that
 * server's and no wider.
 */
export type AddressProblem = 'empty' | 'invalid' | 'scheme' | 'path';

export type ParsedAddress = { ok: true; origin: string } | { ok: false; problem: AddressProblem };

/** The origin the user typed ('https://plex.home.arpa:32400', a trailing slash allowed), or why it is none. */
export function parseServerAddress(text: string): ParsedAddress {
  const typed = text.trim();
  if (!typed) return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'scheme' };
  if (!url.hostname || url.username || url.password) return { ok: false, problem: 'invalid' };
  // Anything past the origin ('/web', '?x', '#!/') would be dropped silently: it is refused instead.
  const bare = typed.replace(/\/$/, '');
  if (url.pathname !== '/' || url.search || url.hash || bare.toLowerCase() !== url.origin.toLowerCase())
    return { ok: false, problem: 'path' };
  return { ok: true, origin: url.origin };
}

/**
 * The permission's match pattern for a server: its scheme and host, every port. Firefox's match
 * patterns take no port (docs/architecture.md, Self-hosted servers), so the exact origin, port
 * included, is what the background checks a player's page against.
 */
export function serverPermissionPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
