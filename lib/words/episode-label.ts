/**
 * What the control says on an episode page ("Simkl: S2E5 ✓ 3 Mar 2025") and on a season page
 * ("Season 2 · 5/10 watched"), from the mirror's episode state (the `episodes` intent). Pure.
 */
import { shortDate, t } from '../i18n';
import { episodeState } from '../library/episode-state';
import type { DetectedMedia, SimklType } from '../media';
import type { EpisodesView } from '../messaging';
import { episodeCode } from './labels';

/** One episode (its code: "S2E5", "E5" for an anime on MAL), or one season of a show. */
export type EpisodePage =
  | { kind: 'episode'; season?: number; episode: number; code: string }
  | { kind: 'season'; season: number };

export function episodePageOf(media: DetectedMedia | null | undefined): EpisodePage | undefined {
  if (!media) return undefined;
  const code = episodeCode(media);
  if (code && media.episode !== undefined)
    return { kind: 'episode', season: media.season, episode: media.episode, code };
  if (media.kind === 'show' && media.season !== undefined) return { kind: 'season', season: media.season };
  return undefined;
}

type Ref = { season?: number; episode: number };

/**
 * "S4E3–S4E13", numbered as the page numbers: "E1–E12" for an anime on a site that counts its
 * episodes without seasons (the mirror keeps those as season 1).
 */
export function episodeRangeText(range: { first: Ref; last: Ref }, page: EpisodePage | undefined): string {
  const seasonless = page?.kind === 'episode' && page.season === undefined;
  const code = ({ season = 1, episode }: Ref) =>
    (seasonless && season === 1 ? '' : `S${season}`) + `E${episode}`;
  return `${code(range.first)}–${code(range.last)}`;
}

/**
 * Whether the mirror can say this page's episode state. It keeps an anime in Simkl's numbering, one
 * entry per season counted as season 1: IMDb, TMDB and Netflix number an anime's seasons the TVDB
 * way, so their season 1 maps directly and a later season (another Simkl entry) cannot be read here.
 */
export function mirrorCounts(media: DetectedMedia, type: SimklType): boolean {
  return type !== 'anime' || media.site === 'mal' || (media.season ?? 1) === 1;
}

/**
 * A season's progress: of its aired regular episodes (the catalogue), how many are watched; without
 * the catalogue, how many of its episodes are watched, of an unknown total.
 */
export function seasonProgress(episodes: EpisodesView, season: number): { watched: number; total?: number } {
  const marks = episodes.seasons[season] ?? {};
  if (!episodes.catalogue) return { watched: Object.keys(marks).length };
  const aired = episodes.catalogue.filter((entry) => entry.season === season && entry.aired);
  return { watched: aired.filter((entry) => marks[entry.episode] !== undefined).length, total: aired.length };
}

/** An action's answer may leave Simkl's episode list out: the one already on screen stays then. */
export function keepCatalogue(next: EpisodesView, shown: EpisodesView | undefined): EpisodesView {
  return { ...next, catalogue: next.catalogue ?? shown?.catalogue };
}

export function episodeLabel(page: EpisodePage, episodes: EpisodesView): string {
  if (page.kind === 'season') {
    const { watched, total } = seasonProgress(episodes, page.season);
    return total === undefined
      ? t('seasonWatched', [page.season, watched])
      : t('seasonProgress', [page.season, watched, total]);
  }
  const { watched, watchedAt } = episodeState(episodes.seasons, page);
  const words = !watched
    ? t('episodeNotWatched', page.code)
    : watchedAt
      ? t('episodeWatchedOn', [page.code, shortDate(watchedAt)])
      : t('episodeWatched', page.code);
  return t('controlStatus', words);
}

/** The widest labels of these kinds (mount-control.ts sizes the control's box for every state). */
export function episodeLabelsToFit(): string[] {
  const code = 'S10E100';
  return [
    t('controlStatus', t('episodeNotWatched', code)),
    t('controlStatus', t('episodeWatchedOn', [code, shortDate('2025-09-30T12:00:00Z')])),
    t('seasonProgress', [10, 100, 100]),
  ];
}
