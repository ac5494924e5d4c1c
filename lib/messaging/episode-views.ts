/**
 * A show's episodes and the episode and season actions of episode pages, season pages and the
 * popup's seasons (lib/messaging.ts).
 */
import type { ErrorData } from '../errors';
import type { DetectedMedia } from '../media';
import type { ItemView } from './item-views';

/**
 * A show's or anime's watched episodes, from the mirror alone (no request to Simkl): season →
 * episode → when Simkl recorded it (UTC ISO; null when it gave no date). Anime count in season 1.
 */
export interface EpisodesView {
  /** False when the mirror has none for the title: not on the lists, a movie, or signed out. */
  known: boolean;
  seasons: Record<number, Record<number, string | null>>;
  /**
   * Asked with `catalogue: true`: the title's regular episodes as Simkl lists them (specials left
   * out), in order, from the background's catalogue cache (one Simkl request per title a day at most).
   */
  catalogue?: CatalogueEpisodeView[];
  /** Asked with `catalogue: true` and Simkl could not be asked for its list: why. */
  catalogueFailed?: ErrorData;
}

/** One regular episode of Simkl's episode list, for season progress and the popup's seasons. */
export interface CatalogueEpisodeView {
  /** Anime: 1 (Simkl numbers an anime's episodes in one season). */
  season: number;
  episode: number;
  title?: string;
  /** Aired by now (Simkl's flag, else its broadcast date); catch-up and progress count only these. */
  aired: boolean;
}

/**
 * The episode and season actions of an episode page, a season page and the popup's seasons:
 * - `watch` / `unwatch`: one episode (`season`, `episode`; default the page's own);
 * - `catchUp`: "Mark watched up to here", every earlier aired regular episode not yet watched and
 *   this one, in one /sync/history write;
 * - `watchSeason` / `unwatchSeason`: every aired regular episode of `season` not yet watched / every
 *   watched episode of it (/sync/history/remove).
 */
export type EpisodeActionKind = 'watch' | 'unwatch' | 'catchUp' | 'watchSeason' | 'unwatchSeason';

export interface EpisodeActionRequest {
  /** The page's title (an episode page's media, or the show); resolved like `status`. */
  media: DetectedMedia;
  action: EpisodeActionKind;
  /** Default: the media's own season and episode. */
  season?: number;
  episode?: number;
  /** Count only: nothing is written (the confirmation's "Mark 12 episodes as watched?"). */
  preview?: boolean;
}

export interface EpisodeActionView {
  /** How many episodes it marks or takes back (0: nothing to do, nothing written). */
  count: number;
  /** Several episodes: the first and the last of them, for the confirmation's "S4E1–S4E11". */
  range?: { first: { season?: number; episode: number }; last: { season?: number; episode: number } };
  item: ItemView;
  /** The episode state after the optimistic patch (before it, for a preview). */
  episodes: EpisodesView;
}
