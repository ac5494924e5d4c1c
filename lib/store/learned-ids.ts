/**
 * Ids a site's list pages do not carry, learned from the site's own title pages and kept for good
 * (a Letterboxd slug's TMDB and IMDb ids never change). In storage.local beside the title index: not
 * the user's data, only what the site itself shows anyone. Turning the site off forgets them.
 */
import { browser } from 'wxt/browser';
import type { MediaIds, MediaKind, OptionalSite } from '../media';

/**
 * What a title page said: its ids (none when it linked neither TMDB nor IMDb) and its kind; for Kitsu,
 * the number and MyAnimeList id its API gave for a slug.
 */
export interface LearnedIds {
  ids: Pick<MediaIds, 'tmdb' | 'imdb' | 'kitsu' | 'mal'>;
  kind?: MediaKind;
}

export type LearnedIdsBySlug = Record<string, LearnedIds>;

export const learnedIdsKey = (site: OptionalSite) => `learnedIds:${site}`;

export async function readLearnedIds(site: OptionalSite): Promise<LearnedIdsBySlug> {
  const key = learnedIdsKey(site);
  const stored = (await browser.storage.local.get(key))[key];
  return typeof stored === 'object' && stored !== null ? (stored as LearnedIdsBySlug) : {};
}

/** Adds to what is stored (another tab may have learned others meanwhile). */
export async function saveLearnedIds(site: OptionalSite, learned: LearnedIdsBySlug): Promise<void> {
  const merged = { ...(await readLearnedIds(site)), ...learned };
  await browser.storage.local.set({ [learnedIdsKey(site)]: merged });
}

export function forgetLearnedIds(site: OptionalSite): Promise<void> {
  return browser.storage.local.remove(learnedIdsKey(site));
}
