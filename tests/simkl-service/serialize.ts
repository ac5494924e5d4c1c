/**
 * The wire shape of a library item, shared by `/sync/all-items` and the ratings read (docs/simkl-api.md, Sync reads):
 * counters and next/last episode codes for series, `extended` variants, ids-only minified forms.
 */
import { broadcastDate, type Episode, episodesOf } from './catalogue/episodes';
import type { Title } from './catalogue/index';
import { episodeKey } from './library';
import { libraryIds } from './library-ids';
import type { Kind } from './types';
import type { EntryState } from './users';

export interface ItemOptions {
  full: boolean;
  /** `extended=full_anime_seasons`: anime episodes add their TVDB `{season, episode}`. */
  animeTvdb: boolean;
  episodeWatchedAt: boolean;
  includeAllEpisodes: boolean;
  /** `simkl_ids_only` → simkl + slug; `ids_only` → every id a library answer carries. */
  idsOnly: 'simkl' | 'all' | null;
  nextWatchInfo: boolean;
  memos: boolean;
}

const LIBRARY_KEY: Record<Kind, 'movies' | 'shows' | 'anime'> = {
  movie: 'movies',
  show: 'shows',
  anime: 'anime',
};

export function itemOptions(query: Record<string, string>): ItemOptions {
  const extended = (query.extended ?? '').split(',');
  return {
    full: extended.includes('full') || extended.includes('full_anime_seasons'),
    animeTvdb: extended.includes('full_anime_seasons'),
    episodeWatchedAt: query.episode_watched_at === 'yes',
    includeAllEpisodes: query.include_all_episodes === 'yes' || query.include_all_episodes === 'original',
    idsOnly: extended.includes('simkl_ids_only') ? 'simkl' : extended.includes('ids_only') ? 'all' : null,
    nextWatchInfo: query.next_watch_info === 'yes',
    memos: query.memos === 'yes',
  };
}

/** The `movie` / `show` object of a library item, with the ids Simkl's library answers hold. */
export function mediaObject(title: Title): Record<string, unknown> {
  return {
    title: title.title,
    poster: title.poster,
    year: title.year,
    runtime: title.runtime,
    ids: libraryIds(title),
  };
}

function code(title: Title, ep: Episode): string {
  const e = String(ep.episode).padStart(2, '0');
  return title.kind === 'anime' ? `E${e}` : `S${String(ep.season).padStart(2, '0')}E${e}`;
}

export function libraryItem(entry: EntryState, title: Title, options: ItemOptions, nowMs: number) {
  const mediaKey = title.kind === 'movie' ? 'movie' : 'show';
  if (options.idsOnly) {
    const ids = options.idsOnly === 'simkl' ? { simkl: title.simkl, slug: title.slug } : libraryIds(title);
    return { [mediaKey]: { ids } };
  }
  const item: Record<string, unknown> = {
    added_to_watchlist_at: entry.addedAt,
    last_watched_at: entry.lastWatchedAt,
    user_rated_at: entry.ratedAt,
    user_rating: entry.rating,
    status: entry.status,
  };
  if (title.kind !== 'movie') Object.assign(item, seriesFields(entry, title, options, nowMs));
  item[mediaKey] = mediaObject(title);
  if (options.memos && entry.memo) item.memo = entry.memo;
  return item;
}

function seriesFields(entry: EntryState, title: Title, options: ItemOptions, nowMs: number) {
  const episodes = episodesOf(title, nowMs);
  const watched = episodes.filter((ep) => entry.watched.has(episodeKey(ep.season, ep.episode)));
  const next = episodes.find((ep) => !entry.watched.has(episodeKey(ep.season, ep.episode)));
  const last = watched.at(-1);
  const fields: Record<string, unknown> = {
    last_watched: last ? code(title, last) : null,
    next_to_watch: next ? code(title, next) : null,
    watched_episodes_count: watched.length,
    total_episodes_count: episodes.length,
    not_aired_episodes_count: episodes.filter((ep) => !ep.aired).length,
  };
  if (title.kind === 'anime') fields.anime_type = title.animeType ?? 'tv';
  const withSeasons =
    ['watching', 'plantowatch', 'hold'].includes(entry.status) || options.includeAllEpisodes;
  if (options.full && withSeasons) {
    const tvdb = options.animeTvdb && title.kind === 'anime';
    fields.seasons = seasonsOf(watched, entry, options.episodeWatchedAt, tvdb);
  }
  if (options.nextWatchInfo && next) {
    const date = broadcastDate(next.date, title.kind);
    fields.next_to_watch_info = { title: next.title, season: next.season, episode: next.episode, date };
  }
  return fields;
}

/**
 * The watched episodes only (what Simkl has recorded), by season in order; `watched_at` with
 * `episode_watched_at=yes`. Anime are one AniDB season, which this catalogue maps onto TVDB season 1.
 */
function seasonsOf(watched: Episode[], entry: EntryState, withDates: boolean, withTvdb: boolean) {
  const seasons = new Map<number, Array<Record<string, unknown>>>();
  for (const ep of watched) {
    const list = seasons.get(ep.season) ?? [];
    const row: Record<string, unknown> = { number: ep.episode };
    if (withDates) row.watched_at = entry.watched.get(episodeKey(ep.season, ep.episode));
    if (withTvdb) row.tvdb = { season: 1, episode: ep.episode };
    list.push(row);
    seasons.set(ep.season, list);
  }
  return [...seasons].map(([number, episodes]) => ({ number, episodes }));
}

/** Groups items under `shows|anime|movies`, only non-empty keys; nothing at all → `null` or `{}`. */
export function grouped(items: Array<{ kind: Kind; item: unknown }>, emptyAs: 'null' | '{}'): unknown {
  if (items.length === 0) return emptyAs === 'null' ? null : {};
  const body: Record<string, unknown[]> = {};
  for (const { kind, item } of items) {
    const key = LIBRARY_KEY[kind];
    body[key] ??= [];
    body[key].push(item);
  }
  return body;
}
