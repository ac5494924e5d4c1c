/**
 * The toolbar badge: what the user chose it to count of their Watching shows (aired episodes not
 * watched yet, or the shows with one). The action API is passed in because MV3 calls it
 * `browser.action` and MV2 `browser.browserAction`.
 */
import type { LibraryEntry } from '../media';

/** The part of `browser.action` / `browser.browserAction` the badge needs. */
export interface BadgeAction {
  setBadgeText(details: { text: string }): unknown;
  setBadgeBackgroundColor(details: { color: string }): unknown;
  /** Chrome 110+ and Firefox 63+; older browsers pick a readable colour themselves. */
  setBadgeTextColor?(details: { color: string }): unknown;
}

export const BADGE_BACKGROUND = '#1f6feb';
export const BADGE_FOREGROUND = '#ffffff';

/** The badge's text: empty hides it; past 99 it would not fit in the badge. */
export function badgeText(count: number, enabled = true): string {
  const whole = Number.isFinite(count) ? Math.floor(count) : 0;
  if (!enabled || whole <= 0) return '';
  return whole > 99 ? '99+' : String(whole);
}

export async function updateBadge(options: {
  action: BadgeAction;
  count: number;
  enabled: boolean;
}): Promise<string> {
  const { action, count, enabled } = options;
  const text = badgeText(count, enabled);
  if (text) {
    await action.setBadgeBackgroundColor({ color: BADGE_BACKGROUND });
    await action.setBadgeTextColor?.({ color: BADGE_FOREGROUND });
  }
  await action.setBadgeText({ text });
  return text;
}

/**
 * A show's aired episodes not watched yet, by Simkl's own counts as of the entry's last sync (all,
 * not aired, watched); the optimistic patch moves the watched count at once.
 */
export function airedUnwatched(
  entry: Pick<LibraryEntry, 'totalEpisodes' | 'notAiredEpisodes' | 'watchedEpisodes'>,
): number {
  const aired = (entry.totalEpisodes ?? 0) - (entry.notAiredEpisodes ?? 0);
  return Math.max(0, aired - (entry.watchedEpisodes ?? 0));
}

/** What the badge says of the Watching shows and anime: their episodes to watch, or how many have one. */
export function badgeCount(watching: readonly LibraryEntry[], counts: 'episodes' | 'shows' | 'off'): number {
  if (counts === 'off') return 0;
  const waiting = watching.filter((entry) => entry.type !== 'movie').map(airedUnwatched);
  return counts === 'shows'
    ? waiting.filter((count) => count > 0).length
    : waiting.reduce((sum, count) => sum + count, 0);
}
