/**
 * Request bodies for the sync writes (docs/simkl-api.md, Sync writes). Anime travel in `shows`, which
 * every Simkl write endpoint accepts (the `anime` key is newer and not on every endpoint).
 */
import type { CheckinTarget, HistoryWrite, ListWrite, RatingWrite, WriteTarget } from './api';

type JsonObject = Record<string, unknown>;
export interface LibraryBody {
  movies?: JsonObject[];
  shows?: JsonObject[];
}

function idsOf(target: WriteTarget): Record<string, string | number> {
  const ids: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(target.ids)) {
    if (
      (typeof value === 'string' && value !== '') ||
      (typeof value === 'number' && Number.isFinite(value))
    ) {
      ids[key] = value;
    }
  }
  return ids;
}

/** `{title?, year?, ids}`: the title and year help Simkl match when the ids alone do not. */
export function mediaOf(target: WriteTarget): JsonObject {
  const media: JsonObject = { ids: idsOf(target) };
  if (target.title) media.title = target.title;
  if (target.year) media.year = target.year;
  return media;
}

function byLibrary<T extends WriteTarget>(items: T[], toObject: (item: T) => JsonObject): LibraryBody {
  const body: LibraryBody = {};
  for (const item of items) {
    const key = item.type === 'movie' ? 'movies' : 'shows';
    const list = body[key] ?? [];
    list.push(toObject(item));
    body[key] = list;
  }
  return body;
}

export const listBody = (items: ListWrite[]) =>
  byLibrary(items, (item) => ({ ...mediaOf(item), to: item.to }));

export const historyBody = (items: HistoryWrite[]) =>
  byLibrary(items, (item) => {
    const entry = mediaOf(item);
    if (item.watchedAt) entry.watched_at = item.watchedAt;
    if (item.seasons && item.type !== 'movie') entry.seasons = item.seasons;
    if (item.useTvdbAnimeSeasons && item.type === 'anime') entry.use_tvdb_anime_seasons = true;
    return entry;
  });

export const ratingsBody = (items: RatingWrite[]) =>
  byLibrary(items, (item) => ({ ...mediaOf(item), rating: item.rating }));

export const targetsBody = (items: WriteTarget[]) => byLibrary(items, mediaOf);

/** `/scrobble/checkin`: `{movie}`, or `{show|anime, episode: {season?, number}}`. */
export function checkinBody(target: CheckinTarget): JsonObject {
  const body: JsonObject = { [target.type]: mediaOf(target) };
  if (target.type !== 'movie' && target.episode !== undefined) {
    body.episode =
      target.season !== undefined
        ? { season: target.season, number: target.episode }
        : { number: target.episode };
  }
  return body;
}
