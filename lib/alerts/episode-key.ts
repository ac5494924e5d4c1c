/**
 * An episode's key in the alerts' ledger and in a notification's id. A file of its own: a click on a
 * notification reads it in the background's start-up script, while the rest of the alerts' check is a
 * part loaded on demand (docs/architecture.md, "Loading code on demand").
 */
import type { CalendarEntry } from '../calendar/types';

/** `show:123:2:5`, `anime:456::12`: what an alert's notification id is made of, too. */
export function episodeKey(entry: Pick<CalendarEntry, 'type' | 'simkl' | 'season' | 'episode'>): string {
  return `${entry.type}:${entry.simkl}:${entry.season ?? ''}:${entry.episode ?? ''}`;
}

/** The episode a key names (a notification's), or undefined for anything else. */
export function episodeOfKey(
  key: string,
): { type: 'show' | 'anime'; simkl: number; season?: number; episode: number } | undefined {
  const match = /^(show|anime):(\d+):(\d*):(\d+)$/.exec(key);
  if (!match) return undefined;
  const [, type, simkl, season, episode] = match;
  const found = { type: type as 'show' | 'anime', simkl: Number(simkl), episode: Number(episode) };
  return season === '' ? found : { ...found, season: Number(season) };
}
