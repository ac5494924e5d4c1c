/**
 * The Simkl client as the rest of the background sees it: typed, validated, normalised.
 * Raw Simkl JSON never leaves lib/simkl; every variant the contract allows (simkl vs simkl_id,
 * ids as strings or numbers, null or {} for empty, 200 or 201) is folded into these shapes.
 * See docs/simkl-api.md for the wire format behind each method.
 */
import type {
  LibraryEntry,
  ListStatus,
  MediaIds,
  Rating,
  ScrobbleKind,
  SimklItem,
  SimklType,
} from '../media';

/** Simkl's path segment for each library: /sync/all-items/{movies|shows|anime}. */
export type LibraryPath = 'movies' | 'shows' | 'anime';
export const LIBRARY_PATH: Record<SimklType, LibraryPath> = {
  movie: 'movies',
  show: 'shows',
  anime: 'anime',
};

/** The ids `/search/id` understands; TMDB needs the type because TV and movie ids overlap. */
export interface IdQuery {
  simkl?: number;
  imdb?: string;
  tmdb?: string;
  tmdbType?: 'movie' | 'show';
  mal?: string;
  anidb?: string;
  tvdb?: string;
  animeplanet?: string;
  netflix?: string;
  anilist?: string;
  kitsu?: string;
  livechart?: string;
  crunchyroll?: string;
  hulu?: string;
  /** A title Simkl matches exactly (an ambiguous one answers nothing), in one of its libraries. */
  title?: string;
  titleType?: SimklType;
}

/** One library's timestamps from `/sync/activities`; any may be null. */
export interface ActivityBucket {
  all: string | null;
  rated_at: string | null;
  playback: string | null;
  plantowatch: string | null;
  watching: string | null;
  completed: string | null;
  hold: string | null;
  dropped: string | null;
  removed_from_list: string | null;
}

export interface Activities {
  all: string | null;
  settings: string | null;
  movies: ActivityBucket;
  shows: ActivityBucket;
  anime: ActivityBucket;
}

export interface AllItemsQuery {
  type?: LibraryPath;
  status?: ListStatus;
  /** Only items changed strictly after this instant (the saved activities value, verbatim). */
  dateFrom?: string;
  /** `extended=full` (seasons, runtime) */
  full?: boolean;
  /**
   * Shows and anime with every watched episode and its time: `extended=full&episode_watched_at=yes`
   * and `include_all_episodes=yes` (without it Simkl leaves completed and dropped series' seasons out).
   */
  episodes?: boolean;
}

/**
 * A series' watched episodes: season → episode → when (null when Simkl gave no date). Anime count in
 * one season, 1 (AniDB numbering, as all-items lists them).
 */
export type WatchedSeasons = Record<number, Record<number, string | null>>;

/** An all-items row: the entry, and for series asked with `episodes` their watched episodes. */
export interface LibraryItem extends LibraryEntry {
  episodes?: WatchedSeasons;
}

/** An item of an ids-only listing, used to find removals. */
export interface LibraryIdsEntry {
  type: SimklType;
  simkl: number;
}

/**
 * The rows of a library answer Simkl sent in a shape the extension could read; `skipped` counts the
 * others (an unknown status, a rating out of range, no ids), left out rather than failing the sync.
 */
export type ReadRows<T> = T[] & { skipped?: number };

export interface RatingEntry {
  type: SimklType;
  ids: SimklItem['ids'];
  rating: Rating | null;
  ratedAt?: string;
}

/** The ids of one item in a write; the more ids, the more surely Simkl finds it. */
export interface WriteTarget {
  type: SimklType;
  ids: MediaIds & Record<string, string | number | undefined>;
  title?: string;
  year?: number;
}

export interface ListWrite extends WriteTarget {
  to: ListStatus;
}

export interface HistoryWrite extends WriteTarget {
  watchedAt?: string;
  /** Shows and anime: the episodes to mark; absent = the whole show (or the movie). */
  seasons?: Array<{ number: number; episodes: Array<{ number: number }> }>;
  /** Anime: `seasons` are TVDB's, not Simkl's (AniDB) entry-per-season numbering. */
  useTvdbAnimeSeasons?: boolean;
}

export interface RatingWrite extends WriteTarget {
  rating: Rating;
}

export interface WriteResult {
  /** How many of the sent items Simkl could not match. */
  notFound: number;
  /** Per-item status Simkl reports back (it may rewrite, e.g. movie watching → completed). */
  statuses: Array<{ simkl?: number; status?: ListStatus }>;
}

export interface SearchResult {
  simkl: number;
  type: SimklType;
  title: string;
  year?: number;
  poster?: string;
  ids: SimklItem['ids'];
}

export interface UserSettings {
  id: number;
  name: string;
  avatar?: string;
  timezone?: string;
}

export interface CheckinTarget extends WriteTarget {
  season?: number;
  episode?: number;
}

/** `/scrobble/start|pause|stop`: what is playing and how far (0–100). */
export type { ScrobbleKind } from '../media';
export interface ScrobbleTarget extends CheckinTarget {
  progress: number;
}

export interface SimklApi {
  searchById(query: IdQuery): Promise<SimklItem[]>;
  searchText(
    type: SimklType,
    query: string,
    options?: { page?: number; limit?: number },
  ): Promise<SearchResult[]>;
  activities(): Promise<Activities>;
  allItems(query: AllItemsQuery): Promise<ReadRows<LibraryItem>>;
  allItemIds(type: LibraryPath): Promise<LibraryIdsEntry[]>;
  ratings(query: { type?: LibraryPath; dateFrom?: string }): Promise<ReadRows<RatingEntry>>;
  addToList(items: ListWrite[]): Promise<WriteResult>;
  addToHistory(items: HistoryWrite[]): Promise<WriteResult>;
  /** Without seasons: removes the item from the library, its rating included. */
  removeFromHistory(items: HistoryWrite[]): Promise<WriteResult>;
  addRatings(items: RatingWrite[]): Promise<WriteResult>;
  removeRatings(items: WriteTarget[]): Promise<WriteResult>;
  checkin(target: CheckinTarget): Promise<void>;
  /** Simkl's 409 (a stop of what was scrobbled within the hour) is thrown as a bad-request with status 409. */
  scrobble(kind: ScrobbleKind, target: ScrobbleTarget): Promise<void>;
  userSettings(): Promise<UserSettings>;
}

export interface EpisodeInfo {
  type: 'episode' | 'special';
  /** Anime episodes and specials have no season. */
  season?: number;
  episode?: number;
  title?: string;
  aired?: boolean;
  /** Broadcast time, with the network's offset. */
  date?: string;
  /** Simkl's episode image path, for the `episodes` image category. */
  image?: string;
  simkl?: number;
}

export interface RatingScore {
  rating: number;
  votes?: number;
}

export interface ExternalRatings {
  simkl?: RatingScore;
  imdb?: RatingScore;
  mal?: RatingScore;
}

/** The public `/ratings` answer. */
export interface PublicRatings extends ExternalRatings {
  rank?: number;
  /** Such as "3.2%". */
  droprate?: string;
  /** The item's page, as Simkl links it. */
  link?: string;
}

/** One `/sync/watched` answer: `result` true when watched (a film: in a list), and which list. */
export interface WatchedAnswer {
  watched: boolean;
  /** Simkl does not know the item at all. */
  notFound: boolean;
  list: ListStatus | null;
}

/** Everything createSimklApi returns: the SimklApi the background uses, plus catalog reads. */
export interface SimklClient extends SimklApi {
  /** A show's or anime's episodes (specials included). Sent without Authorization. */
  episodes(type: 'show' | 'anime', simkl: number): Promise<EpisodeInfo[]>;
  /** `/sync/history` with a body built elsewhere (the import's batches, per-episode `watched_at`). */
  postHistory(body: object): Promise<WriteResult>;
  /** `/sync/watched`: whether each item (or episode, with `season` + `episode`) is watched. */
  watched(items: object[]): Promise<WatchedAnswer[]>;
  /** Public ratings of one title (by Simkl id, or another id); null when Simkl has none. */
  publicRatings(id: number | IdQuery): Promise<PublicRatings | null>;
  /**
   * The ratings of a title's catalogue record (`/movies|tv|anime/{simkl or IMDb id}`), which AUTH V2
   * apps may read without a token (docs/simkl-api.md, Catalogue and scores); null when Simkl does not know
   * it.
   */
  catalogueRatings(type: SimklType, id: number | string): Promise<PublicRatings | null>;
}
