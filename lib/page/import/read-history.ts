/**
 * Reads the whole Netflix viewing history from the content script on /viewingactivity, through the
 * page's own same-origin JSON (docs/sites.md, Netflix: viewing history) with the user's cookies. All or
 * nothing: any page that fails or does not look like Netflix's gives a reason and no viewings, so nothing
 * half-read is ever imported. Never throws.
 */

import { type NetflixViewing, parseViewingActivity } from '../../sites/netflix/history';
import type { FetchJson } from './fetch-json';

export type HistoryFailure = 'format-changed' | 'signed-out' | 'page-failed';

export type HistoryRead = { ok: true; viewings: NetflixViewing[] } | { ok: false; reason: HistoryFailure };

export const PAGE_SIZE = 100;
/** A guard against a server that never answers an empty page: 100,000 viewings. */
const MAX_PAGES = 1000;

/** `"BUILD_IDENTIFIER":"v1a2b3c"` from the page's inline JSON, without running the page's scripts. */
export function findBuildIdentifier(html: string): string | null {
  const match = /"BUILD_IDENTIFIER"\s*:\s*"([A-Za-z0-9._-]+)"/.exec(html);
  return match?.[1] ?? null;
}

export function viewingActivityUrl(build: string, page: number, origin: string): string {
  return `${origin}/api/shakti/${encodeURIComponent(build)}/viewingactivity?pg=${page}&pgSize=${PAGE_SIZE}`;
}

/** A signed-out fetch answers the login page (or a 401/403): not JSON, or a refused status. */
function isSignedOut(error: unknown): boolean {
  return error instanceof SyntaxError || /HTTP 40[13]/.test(String(error));
}

export async function readNetflixHistory(
  html: string,
  origin: string,
  load: FetchJson,
  onPage: (page: number) => void = () => {},
): Promise<HistoryRead> {
  const build = findBuildIdentifier(html);
  if (!build) return { ok: false, reason: 'format-changed' };
  const viewings: NetflixViewing[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    onPage(page + 1);
    let json: unknown;
    try {
      json = await load(viewingActivityUrl(build, page, origin));
    } catch (error) {
      return { ok: false, reason: isSignedOut(error) ? 'signed-out' : 'page-failed' };
    }
    const rows = parseViewingActivity(json);
    if (!rows) return { ok: false, reason: 'format-changed' };
    if (rows.length === 0) return { ok: true, viewings };
    viewings.push(...rows);
  }
  return { ok: false, reason: 'format-changed' };
}
