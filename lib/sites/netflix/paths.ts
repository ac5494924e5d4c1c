/**
 * Netflix's paths, one rule each for every reader (the page, its lists and the player): an
 * optional locale prefix (`/de/`, `/pt-br/`), then `/watch/{id}` (the player: a video, an episode
 * or a film) or `/title/{id}` (a show or a film). See docs/sites.md, Netflix: URLs.
 */
const LOCALE = '(?:[a-z]{2}(?:-[a-z]{2})?\\/)?';
const WATCH_PATH = new RegExp(`^\\/${LOCALE}watch\\/(\\d+)(?:\\/|$)`);
const TITLE_PATH = new RegExp(`^\\/${LOCALE}title\\/(\\d+)(?:\\/|$)`);

/** The video id of a player path, or null. */
export const watchIdOf = (pathname: string): string | null => WATCH_PATH.exec(pathname)?.[1] ?? null;

/** The title id of a title page's path, or null. */
export const titleIdOf = (pathname: string): string | null => TITLE_PATH.exec(pathname)?.[1] ?? null;
