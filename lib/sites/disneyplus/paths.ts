/**
 * Disney+'s player addresses (docs/sites.md, Disney+: the player): `/play/<id>` today, `/video/<id>`
 * before 2024, either with a locale first (`/en-gb/play/…`). The id is the playback's key.
 */
const PLAYER_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:play|video)\/([0-9a-zA-Z-]{6,64})\/?$/;

export function playIdOf(pathname: string): string | null {
  return PLAYER_PATH.exec(pathname)?.[1] ?? null;
}
