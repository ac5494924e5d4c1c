/**
 * The domain vocabulary shared by every room of the extension. Statuses and id names are
 * Simkl's own words (see docs/simkl-api.md, Ids and media objects), so nothing has to be translated at the
 * boundary to Simkl.
 */

/** The sites the extension has always reached: their hosts are required (lib/hosts.ts). */
export type BuiltInSite = 'imdb' | 'tmdb' | 'mal' | 'netflix';
/** Sites the user turns on in the options: their hosts are optional, asked for from that click. */
export type OptionalSite =
  | 'letterboxd'
  | 'anidb'
  | 'tvdb'
  | 'animeplanet'
  | 'trakt'
  | 'anilist'
  | 'livechart'
  | 'kitsu'
  | 'crunchyroll';
export type Site = BuiltInSite | OptionalSite;
export const OPTIONAL_SITES: readonly OptionalSite[] = [
  'letterboxd',
  'anidb',
  'tvdb',
  'animeplanet',
  'trakt',
  'anilist',
  'livechart',
  'kitsu',
  'crunchyroll',
];
export const SITES: readonly Site[] = ['imdb', 'tmdb', 'mal', 'netflix', ...OPTIONAL_SITES];

/**
 * The services the extension only tracks playback on: no title pages, no control, no badges
 * (docs/architecture.md, Player-only services). What plays there is named by these.
 */
export type PlayerOnlySite = 'disneyplus' | 'primevideo' | 'max' | 'hulu' | 'appletv' | 'plex' | 'jellyfin';
export const PLAYER_ONLY_SITES: readonly PlayerOnlySite[] = [
  'disneyplus',
  'primevideo',
  'max',
  'hulu',
  'appletv',
  'plex',
  'jellyfin',
];
/** Where a media was seen: a site's page, or a player-only service's player. */
export type MediaSite = Site | PlayerOnlySite;
export const MEDIA_SITES: readonly MediaSite[] = /* @__PURE__ */ (SITES as readonly MediaSite[]).concat(
  PLAYER_ONLY_SITES,
);

export function isOptionalSite(site: unknown): site is OptionalSite {
  return (OPTIONAL_SITES as readonly unknown[]).includes(site);
}

/** What a page is about. Anime films are `anime` too: Simkl files them under anime. */
export type MediaKind = 'movie' | 'show' | 'anime' | 'episode';

export interface MediaIds {
  simkl?: number;
  imdb?: string;
  tmdb?: string;
  mal?: string;
  netflix?: string;
  /** Letterboxd's film slug, 'parasite-2019': Simkl takes it at /redirect, its library never carries it. */
  letterboxd?: string;
  /** AniDB's anime number (aid), '4563': Simkl's anime catalogue is built on it and its library carries it. */
  anidb?: string;
  /** TheTVDB's numeric id, '81189': Simkl's library carries it. */
  tvdb?: string;
  /** Anime-Planet's anime slug, 'death-note': Simkl's /search/id takes it, its library never carries it. */
  animeplanet?: string;
  /**
   * Trakt's slug, 'john-wick-chapter-4-2023' (a show's on its episode pages): Simkl takes it at
   * /redirect and in a write's ids, its library never carries it.
   */
  traktslug?: string;
  /** AniList's anime number, '1535': Simkl takes it at /search/id, its library never carries it. */
  anilist?: string;
  /** Kitsu's anime number, '1376' (not its slug): Simkl takes it at /search/id, its library never carries it. */
  kitsu?: string;
  /** LiveChart's anime number, '3437': Simkl takes it at /search/id, its library never carries it. */
  livechart?: string;
  /**
   * Crunchyroll's id: an episode's or a series' G-id from its /watch or /series URL ('GG5H5XQX4').
   * Simkl's /search/id documents this key with older ids ('656641', 'sword-art-online'); whether it
   * takes the G-ids is unverified (docs/sites.md, Crunchyroll: ids). Its library never carries it.
   */
  crunchyroll?: string;
  /**
   * Hulu's id: a UUID from its /watch URL or its entity JSON (an episode's, a film's; a series' in
   * `show.ids`). Simkl's /search/id documents the key with older numbers ('752375'); whether it takes
   * the UUIDs is unverified (docs/sites.md, Hulu). Its library never carries it.
   */
  hulu?: string;
}
/**
 * Ids Simkl's library answers never carry: a list's badge knows such a title only by the Simkl id an
 * earlier `/search/id` found for it (lib/resolve/cache.ts), never by the mirror's id index.
 */
export const LOOKUP_ONLY_ID_KEYS = [
  'netflix',
  'anilist',
  'kitsu',
  'livechart',
  'animeplanet',
  'crunchyroll',
] as const;
export const EXTERNAL_ID_KEYS = ['imdb', 'tmdb', 'mal', 'netflix', 'anidb', 'tvdb'] as const;
export type ExternalIdKey = (typeof EXTERNAL_ID_KEYS)[number];

export interface DetectedMedia {
  site: MediaSite;
  /** Absent only where the page cannot tell yet (a Netflix id before its metadata). */
  kind?: MediaKind;
  /** The page's own item: 'tt0133093', TMDB '603', MAL '16498', Netflix '80057281'. */
  ids: MediaIds;
  /** The display title, entities decoded. */
  title?: string;
  /** First release / first air year. */
  year?: number;
  /** For an episode: its series. */
  show?: { ids: MediaIds; title?: string };
  /** For an episode, or a season page / episodes list of a show. */
  season?: number;
  /**
   * For an episode. Whole for every episode Simkl numbers; a recap between two episodes can be
   * 12.5 on Crunchyroll, which is shown but never written as an episode (isNumberedEpisode).
   */
  episode?: number;
}

/** Why a write of a recap's number as an episode is refused. */
export const NOT_AN_EPISODE = 'a recap between episodes is no episode Simkl numbers';

/** Whether an episode number names an episode Simkl numbers (a recap's 12.5 does not). */
export function isNumberedEpisode(episode: number | undefined): episode is number {
  return episode !== undefined && Number.isInteger(episode);
}

/** Simkl's watchlist statuses; movies only take plantowatch, completed and dropped. */
export const LIST_STATUSES = ['plantowatch', 'watching', 'completed', 'hold', 'dropped'] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];
export const MOVIE_STATUSES: readonly ListStatus[] = ['plantowatch', 'completed', 'dropped'];

export function isListStatus(value: unknown): value is ListStatus {
  return typeof value === 'string' && (LIST_STATUSES as readonly string[]).includes(value);
}

/** The three libraries Simkl keeps per user. */
export type SimklType = 'movie' | 'show' | 'anime';

/** A user rating: an integer 1..10. */
export type Rating = number;

export function isRating(value: unknown): value is Rating {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10;
}

/** A title as Simkl knows it, with every external id it returned. */
export interface SimklItem {
  type: SimklType;
  ids: MediaIds & { simkl: number; slug?: string } & Record<string, string | number | undefined>;
  title?: string;
  year?: number;
  /** Simkl's poster path, such as `74/74415673dcdc9cdd`. */
  poster?: string;
  /** For anime: tv, movie, special, ova, ona, music video. */
  animeType?: string;
}

/** One item of the user's library, as kept in the local mirror. */
export interface LibraryEntry extends SimklItem {
  status: ListStatus;
  rating: Rating | null;
  ratedAt?: string;
  addedAt?: string;
  lastWatchedAt?: string;
  /** Shows and anime: episode counters and the next episode, such as "S02E05" or "E148". */
  watchedEpisodes?: number;
  totalEpisodes?: number;
  /**
   * Of `totalEpisodes`, how many had not aired when Simkl last sent the entry: what the toolbar badge's
   * count and Up next leave out.
   */
  notAiredEpisodes?: number;
  nextToWatch?: string | null;
  lastWatched?: string | null;
}

/**
 * A playback stopped at or past this share of its runtime (in %) counts as watched: Simkl's own
 * scrobble rule, which the player's words, the background's outbox and the history import all follow
 * (docs/simkl-api.md, Scrobbling and check-in).
 */
export const WATCHED_AT_PERCENT = 80;

/** What a player tells Simkl about a playback: `/scrobble/start`, `/scrobble/pause`, `/scrobble/stop`. */
export const SCROBBLE_KINDS = ['start', 'pause', 'stop'] as const;
export type ScrobbleKind = (typeof SCROBBLE_KINDS)[number];
