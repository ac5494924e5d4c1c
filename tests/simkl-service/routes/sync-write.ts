/**
 * `/sync/history` and `/sync/history/remove`: mark films and episodes watched (a whole series by default,
 * or the seasons/episodes named), and take them back; an item without seasons is removed from the
 * library with its rating, named seasons or episodes are unmarked (the show stays, a completed one goes
 * back to watching). Answers 201 with the contract's `added`/`deleted` and `not_found` echoes (the
 * removal's not_found has only movies and shows), or the 400 of a malformed body (write-body.ts);
 * `anime` items only count on `/sync/history`, where `use_tvdb_anime_seasons` reads an anime's
 * seasons as TVDB's (history-tvdb.ts).
 */
import { type Episode, episodesOf } from '../catalogue/episodes';
import { findEpisode, resolveItem, type Scope, type Title } from '../catalogue/index';
import { wireType } from '../catalogue/model';
import { storedDate } from '../dates';
import { json, type Reply } from '../http';
import {
  airedEpisodes,
  episodeKey,
  isListStatus,
  markWatched,
  rate,
  removeEntry,
  seriesStatus,
  setStatus,
  unmarkWatched,
  upsert,
  watchOne,
} from '../library';
import type { ListStatus } from '../types';
import { nextStamp, type Stamp, type UserState } from '../users';
import { type ApiCtx, type ApiRoute, userOf } from './context';
import { historyParts } from './history-tvdb';
import { readWriteBody } from './write-body';
import { historyItem, historyRemoveItem } from './write-checks';
import { records } from './write-helpers';

type Item = Record<string, unknown>;

/** The episodes a request names: seasons (all of a season when it lists none) or a flat list = season 1. */
function requestedEpisodes(
  title: Title,
  item: Item,
  nowMs: number,
): Array<{ ep: Episode; at?: string }> | null {
  const seasons = records(item.seasons);
  const flat = records(item.episodes);
  if (seasons.length === 0 && flat.length === 0) return null;
  const all = episodesOf(title, nowMs);
  const picked: Array<{ ep: Episode; at?: string }> = [];
  const pick = (season: number, number: number, at?: string) => {
    const ep = all.find((e) => e.season === season && e.episode === number);
    if (ep) picked.push({ ep, at });
  };
  for (const season of seasons) {
    const number = Number(season.number);
    const listed = records(season.episodes);
    if (listed.length === 0) {
      for (const ep of all.filter((e) => e.season === number))
        picked.push({ ep, at: storedDate(season.watched_at) });
    }
    for (const ep of listed)
      pick(number, Number(ep.number), storedDate(ep.watched_at) ?? storedDate(season.watched_at));
  }
  for (const ep of flat) pick(1, Number(ep.number), storedDate(ep.watched_at));
  return picked;
}

/** A series (or anime film) into history: named episodes, or every aired one unless a list is asked for. */
function addSeries(user: UserState, title: Title, item: Item, stamp: Stamp, nowMs: number) {
  const at = storedDate(item.watched_at) ?? stamp.iso;
  const { entry, previous } = upsert(user, title, stamp, storedDate(item.added_at));
  const requested = requestedEpisodes(title, item, nowMs);
  let episodes = 0;
  let status: ListStatus;
  if (requested) {
    for (const { ep, at: epAt } of requested) episodes += markWatched(entry, [ep], epAt ?? at);
    status = seriesStatus(title, entry, nowMs, previous ?? 'watching');
  } else if (isListStatus(item.status) && item.status !== 'completed') {
    // "status: watching" keeps the show in Watching without touching episodes (same for the others).
    status = item.status;
  } else {
    markWatched(entry, airedEpisodes(title, nowMs), at);
    status = seriesStatus(title, entry, nowMs, 'watching');
  }
  return { status: setStatus(user, title, entry, previous, status, stamp), episodes, entry };
}

/** `/sync/history` takes anime under `anime` too (current docs); the removal does not (docs/simkl-api.md, Sync writes). */
const HISTORY_KEYS = ['movies', 'shows', 'anime', 'episodes'] as const;
const REMOVE_KEYS = ['movies', 'shows', 'episodes'] as const;

function history(ctx: ApiCtx): Reply {
  const read = readWriteBody(ctx.info, HISTORY_KEYS, historyItem);
  if ('reply' in read) return read.reply;
  const body = read.lists;
  const user = userOf(ctx);
  const stamp = nextStamp(user, ctx.nowMs);
  const added = { movies: 0, shows: 0, episodes: 0, statuses: [] as unknown[] };
  const notFound = { movies: [] as Item[], shows: [] as Item[], episodes: [] as Item[] };
  const lists: Array<[Item[], Scope, Item[]]> = [
    [body.movies, 'movies', notFound.movies],
    [body.shows, 'shows', notFound.shows],
    [body.anime, 'anime', notFound.shows],
  ];
  for (const [items, scope, missing] of lists) {
    for (const item of items) {
      const title = resolveItem(item, scope);
      if (!title) {
        missing.push(item);
        continue;
      }
      let result: { status: ListStatus; entry: ReturnType<typeof upsert>['entry'] };
      if (title.kind === 'movie') {
        const watchedAt = storedDate(item.watched_at) ?? stamp.iso;
        const addedAt = storedDate(item.added_at);
        const { status } = watchOne(user, title, undefined, watchedAt, stamp, ctx.nowMs, addedAt);
        result = { status, entry: upsert(user, title, stamp).entry };
        added.movies++;
      } else {
        const parts = historyParts(title, item);
        if (parts.length === 0) {
          missing.push(item);
          continue;
        }
        const series = parts.map((part) => addSeries(user, part.title, part.item, stamp, ctx.nowMs));
        result = series[0]!;
        for (const one of series) {
          added.episodes += one.episodes;
          if (scope === 'movies') added.movies++;
          else added.shows++;
        }
      }
      const rating = Number(item.rating);
      if (Number.isInteger(rating) && rating >= 1 && rating <= 10)
        rate(user, title, rating, stamp.iso, stamp);
      const memo = item.memo as { text?: unknown; is_private?: unknown } | undefined;
      if (memo && typeof memo.text === 'string') {
        result.entry.memo = { text: memo.text.slice(0, 140), is_private: memo.is_private === true };
      }
      const response = {
        status: result.status,
        simkl_type: wireType(title),
        anime_type: title.animeType ?? null,
      };
      added.statuses.push({ request: item, response });
    }
  }
  for (const item of body.episodes) {
    const found = findEpisode(item.ids as Item, ctx.nowMs);
    if (!found) {
      notFound.episodes.push(item);
      continue;
    }
    const watchedAt = storedDate(item.watched_at) ?? stamp.iso;
    added.episodes += watchOne(user, found.title, found.episode, watchedAt, stamp, ctx.nowMs).added;
  }
  return json(201, { added, not_found: notFound });
}

function historyRemove(ctx: ApiCtx): Reply {
  const read = readWriteBody(ctx.info, REMOVE_KEYS, historyRemoveItem);
  if ('reply' in read) return read.reply;
  const body = read.lists;
  const user = userOf(ctx);
  const stamp = nextStamp(user, ctx.nowMs);
  const deleted = { movies: 0, shows: 0, episodes: 0 };
  // The removal's not_found has no `episodes` (docs/simkl-api.md, Sync writes): an unknown episode is just not counted.
  const notFound = { movies: [] as Item[], shows: [] as Item[] };
  const lists: Array<[Item[], Scope, Item[], 'movies' | 'shows']> = [
    [body.movies, 'movies', notFound.movies, 'movies'],
    [body.shows, 'shows', notFound.shows, 'shows'],
  ];
  for (const [items, scope, missing, counter] of lists) {
    for (const item of items) {
      const title = resolveItem(item, scope);
      if (!title) {
        missing.push(item);
        continue;
      }
      const entry = user.library.get(title.simkl);
      if (!entry) continue;
      const requested = title.kind === 'movie' ? null : requestedEpisodes(title, item, ctx.nowMs);
      if (!requested) {
        removeEntry(user, entry, stamp);
        deleted[counter]++;
        continue;
      }
      deleted.episodes += unmarkEpisodes(
        user,
        title,
        entry,
        requested.map(({ ep }) => ep),
        stamp,
        ctx.nowMs,
      );
    }
  }
  for (const item of body.episodes) {
    const found = findEpisode(item.ids as Item, ctx.nowMs);
    const entry = found && user.library.get(found.title.simkl);
    if (found && entry)
      deleted.episodes += unmarkEpisodes(user, found.title, entry, [found.episode], stamp, ctx.nowMs);
  }
  return json(201, { deleted, not_found: notFound });
}

function unmarkEpisodes(
  user: UserState,
  title: Title,
  entry: ReturnType<typeof upsert>['entry'],
  episodes: Episode[],
  stamp: Stamp,
  nowMs: number,
): number {
  const removed = unmarkWatched(
    entry,
    episodes.map((ep) => episodeKey(ep.season, ep.episode)),
  );
  // A completed series that lost episodes is being watched again.
  const current = entry.status === 'completed' ? 'watching' : entry.status;
  setStatus(user, title, entry, entry.status, seriesStatus(title, entry, nowMs, current), stamp);
  return removed;
}

export const SYNC_WRITE_ROUTES: ApiRoute[] = [
  // Kodi's add-on sends GET with a JSON body; Simkl accepts it (docs/simkl-api.md, Quirks).
  { methods: ['POST', 'GET'], pattern: /^\/sync\/history$/, access: 'user', write: true, handle: history },
  {
    methods: ['POST'],
    pattern: /^\/sync\/history\/remove$/,
    access: 'user',
    write: true,
    handle: historyRemove,
  },
];
