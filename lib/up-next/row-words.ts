/**
 * What a row of Up next says: "S2E4 · aired 3 days ago · 5 left" (the title is its link). A part
 * the data does not know is left out rather than guessed.
 */
import { daysFromToday, formatNumber, t, uiLocale } from '../i18n';
import type { EpisodeRef } from '../library/episode-code';
import type { Site } from '../media';
import type { UpNextRow } from './select';

/** "S2E4" for a show, "E148" for an anime (Simkl's absolute numbering). */
export function upNextCode(next: EpisodeRef): string {
  return `${next.season === undefined ? '' : `S${next.season}`}E${next.episode}`;
}

/** "aired 3 days ago", "aired yesterday", "aired today", in the browser's language. */
export function airedWords(airedAt: string, now: number): string {
  const days = Math.min(0, daysFromToday(airedAt, now));
  let when: string;
  try {
    when = new Intl.RelativeTimeFormat(uiLocale(), { numeric: 'auto' }).format(days, 'day');
  } catch {
    when = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(days, 'day');
  }
  return t('upNextAired', when);
}

/** The line under the title: the episode, when it aired and how many aired ones are left, when known. */
export function upNextLine(row: UpNextRow, now: number): string {
  const parts = [upNextCode(row.next)];
  if (row.airedAt) parts.push(airedWords(row.airedAt, now));
  if (row.left !== undefined && row.left > 0) parts.push(t('upNextLeft', formatNumber(row.left)));
  return parts.join(' · ');
}

const SITE_NAMES: Partial<Record<Site, string>> = {
  netflix: 'Netflix',
  mal: 'MyAnimeList',
  anilist: 'AniList',
};

/** "Watch on Netflix" where the site plays it, "Open on MyAnimeList" where it only describes it. */
export function watchLinkText(site: Site): string {
  const name = SITE_NAMES[site] ?? site;
  return site === 'netflix' ? t('upNextWatchOn', name) : t('upNextOpenOn', name);
}
