/**
 * The Plex server a Plex Web page talks to, and the token it talks with (docs/sites.md, Plex: what is
 * read). Plex Web loads every poster from that server with its `X-Plex-Token` in the address, on
 * app.plex.tv and on a server's own `/web` alike, so the player's poster names both; a server's own
 * `/web` also keeps the account's token in the page's storage. The token is only ever sent back to
 * the server the page itself sent it to.
 */
const SELECTORS = {
  /** The player's poster, loaded from the server with the token: https://app.plex.tv/desktop/#!/server/<machine id>/details?key=%2Flibrary%2Fmetadata%2F5012 */
  playerPoster: '[class*="MetadataPosterTitle"] img[src*="X-Plex-Token="]',
  /** Any other image of the server's, the same way: https://app.plex.tv/desktop/#!/ */
  anyPoster: 'img[src*="X-Plex-Token="]',
} as const;

export interface PlexServer {
  origin: string;
  token: string;
}

/** A token as Plex issues them: letters, digits, dashes and underscores. */
const TOKEN = /^[\w-]{8,200}$/;

function serverOfImage(src: string, base: string): PlexServer | null {
  try {
    const url = new URL(src, base);
    const token = url.searchParams.get('X-Plex-Token') ?? '';
    const web = url.protocol === 'https:' || url.protocol === 'http:';
    return web && TOKEN.test(token) ? { origin: url.origin, token } : null;
  } catch {
    return null;
  }
}

/**
 * The server and token of the page's player, else of any of its posters, else (on a server's own
 * `/web`) that server with the token the page keeps; null when the page names none.
 */
export function plexServerOf(
  doc: Document,
  location: Location,
  storedToken: string | null,
): PlexServer | null {
  for (const selector of [SELECTORS.playerPoster, SELECTORS.anyPoster]) {
    const src = doc.querySelector<HTMLImageElement>(selector)?.getAttribute('src');
    const server = src ? serverOfImage(src, location.href) : null;
    if (server) return server;
  }
  const ownWeb = location.pathname === '/web' || location.pathname.startsWith('/web/');
  return ownWeb && storedToken && TOKEN.test(storedToken)
    ? { origin: location.origin, token: storedToken }
    : null;
}
