/**
 * What an alert's notification id says: a file of its own, read by a click in the background's start-up
 * script, apart from the alerts' words (docs/architecture.md, "Loading code on demand").
 */

export const ALERT_ID_PREFIX = 'simkl-alert:';

/** The episodes' keys a note's id carries (episode-key.ts); none for another id. */
export function keysOfAlertId(id: string): string[] {
  if (!id.startsWith(ALERT_ID_PREFIX)) return [];
  return id
    .slice(ALERT_ID_PREFIX.length)
    .replace(/^group:/, '')
    .split(',');
}
