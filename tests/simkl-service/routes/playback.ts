/**
 * `/sync/playback[/movies|/episodes]` (paused playbacks, newest first, as the contract shapes them:
 * `{id, progress, paused_at, type, episode?{season, episode, title, tvdb_season, tvdb_number},
 * movie|show|anime}`) and `DELETE /sync/playback/{id}` (204, or `404 empty` for an unknown id).
 * `hide_watched` (default true) hides a playback whose film or episode was watched at or after the pause.
 */
import { episodesOf } from '../catalogue/episodes';
import { type Title, titleBySimkl } from '../catalogue/index';
import { isoSeconds, parseIso } from '../dates';
import { apiError, empty, json, type Reply } from '../http';
import { episodeKey } from '../library';
import { libraryIds } from '../library-ids';
import type { PausedPlayback } from '../playback';
import { bump, nextStamp, type UserState } from '../users';
import { type ApiCtx, type ApiRoute, userOf } from './context';

const DEFAULT_LIMIT = 10_000;

const isFilm = (title: Title) => title.kind === 'movie' || title.animeType === 'movie';
const typeOf = (title: Title) => (isFilm(title) ? 'movie' : 'episode');

/** Overtaken: the film or the episode was watched at or after the moment it was paused. */
function overtaken(user: UserState, playback: PausedPlayback, title: Title): boolean {
  const entry = user.library.get(playback.simkl);
  const watchedAt =
    playback.episode === undefined || isFilm(title)
      ? entry?.lastWatchedAt
      : entry?.watched.get(episodeKey(playback.season ?? 1, playback.episode));
  return watchedAt ? (parseIso(watchedAt) ?? 0) >= playback.pausedMs : false;
}

function wireItem(playback: PausedPlayback, title: Title, nowMs: number): Record<string, unknown> {
  const item: Record<string, unknown> = {
    id: playback.id,
    progress: playback.progress,
    paused_at: isoSeconds(playback.pausedMs),
    type: typeOf(title),
  };
  const ep = episodesOf(title, nowMs).find(
    (e) => e.season === (playback.season ?? 1) && e.episode === playback.episode,
  );
  if (ep && !isFilm(title)) {
    item.episode = {
      season: ep.season,
      episode: ep.episode,
      title: ep.title,
      tvdb_season: ep.season,
      tvdb_number: ep.episode,
    };
  }
  item[title.kind] = { title: title.title, year: title.year, ids: libraryIds(title) };
  return item;
}

/**
 * The `/movies` or `/episodes` segment picks the type; `date_from` (inclusive) and `date_to`
 * (exclusive) bound `paused_at`, a value that is no date being ignored; `limit` defaults to 10,000.
 */
function list(ctx: ApiCtx, match: RegExpExecArray): Reply {
  const user = userOf(ctx);
  const q = ctx.info.query;
  const type = match[1] === 'movies' ? 'movie' : match[1] === 'episodes' ? 'episode' : null;
  const from = parseIso(q.date_from);
  const to = parseIso(q.date_to);
  const limit = Number.parseInt(q.limit ?? '', 10);
  const inRange = (ms: number) => (from === null || ms >= from) && (to === null || ms < to);
  const newestFirst = [...user.scrobble.playbacks.values()].sort(
    (a, b) => b.pausedMs - a.pausedMs || b.id - a.id,
  );
  const items: Array<Record<string, unknown>> = [];
  for (const playback of newestFirst) {
    const title = titleBySimkl(playback.simkl);
    if (!title || (type && typeOf(title) !== type) || !inRange(playback.pausedMs)) continue;
    if (q.hide_watched !== 'false' && overtaken(user, playback, title)) continue;
    items.push(wireItem(playback, title, ctx.nowMs));
  }
  return json(200, items.slice(0, limit > 0 ? limit : DEFAULT_LIMIT));
}

function remove(ctx: ApiCtx, match: RegExpExecArray): Reply {
  const user = userOf(ctx);
  const id = Number(match[1]);
  const found = [...user.scrobble.playbacks.values()].find((playback) => playback.id === id);
  const title = found && titleBySimkl(found.simkl);
  if (!found || !title) return apiError(404, 'empty');
  user.scrobble.playbacks.delete(found.simkl);
  bump(user, title.kind, ['playback'], nextStamp(user, ctx.nowMs));
  return empty(204);
}

export const PLAYBACK_ROUTES: ApiRoute[] = [
  {
    methods: ['GET'],
    pattern: /^\/sync\/playback(?:\/(movies|episodes))?$/,
    access: 'user',
    handle: list,
  },
  {
    methods: ['DELETE'],
    pattern: /^\/sync\/playback\/([1-9]\d*)$/,
    access: 'user',
    write: true,
    handle: remove,
  },
];
