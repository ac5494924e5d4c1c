/**
 * The toolbar badge: how many episodes of Watching shows air today. The action API is passed
 * in because MV3 calls it `browser.action` and MV2 `browser.browserAction`.
 */

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
