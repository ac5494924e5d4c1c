/**
 * `/sync/add-to-list` (per-item `to`, with Simkl's silent rewrites), `/sync/ratings` (write; an unlisted
 * item is added, an out-of-range rating lands in not_found) and `/sync/ratings/remove` (idempotent,
 * keeps the item listed). All answer 201, or the 400 of a malformed body (write-body.ts).
 */
import { resolveItem, type Scope } from '../catalogue/index';
import { storedDate } from '../dates';
import { json, type Reply } from '../http';
import { airedEpisodes, markWatched, rate, seriesStatus, setStatus, unrate, upsert } from '../library';
import type { ListStatus } from '../types';
import { nextStamp } from '../users';
import { type ApiCtx, type ApiRoute, userOf } from './context';
import { readWriteBody } from './write-body';
import { anyItem, listItem, ratingItem } from './write-checks';

type Item = Record<string, unknown>;
/** These three take `movies` and `shows` only, anime in `shows` (docs/simkl-api.md, Ids and media objects): `anime` is ignored. */
const KEYS = ['movies', 'shows'] as const;
const SCOPE: Record<(typeof KEYS)[number], Scope> = { movies: 'movies', shows: 'shows' };

function addToList(ctx: ApiCtx): Reply {
  const read = readWriteBody(ctx.info, KEYS, listItem);
  if ('reply' in read) return read.reply;
  const user = userOf(ctx);
  const stamp = nextStamp(user, ctx.nowMs);
  const added: Record<string, Item[]> = { movies: [], shows: [] };
  const notFound: Record<string, Item[]> = { movies: [], shows: [] };
  for (const key of KEYS) {
    for (const item of read.lists[key]) {
      const title = resolveItem(item, SCOPE[key]);
      if (!title) {
        notFound[key]?.push(item);
        continue;
      }
      const wanted = item.to as ListStatus;
      const watchedAt = storedDate(item.watched_at) ?? stamp.iso;
      const { entry, previous } = upsert(user, title, stamp, storedDate(item.added_at));
      let status: ListStatus = wanted;
      if (title.kind === 'movie') {
        if (wanted === 'completed' || wanted === 'watching' || wanted === 'hold')
          markWatched(entry, [], watchedAt);
      } else if (wanted === 'completed') {
        // Completing a series marks what has aired; an airing one stays in watching.
        markWatched(entry, airedEpisodes(title, ctx.nowMs), watchedAt);
        status = seriesStatus(title, entry, ctx.nowMs, 'watching');
      }
      const stored = setStatus(user, title, entry, previous, status, stamp);
      added[key]?.push({ ...item, to: stored, type: title.kind });
    }
  }
  return json(201, { added, not_found: notFound });
}

function addRatings(ctx: ApiCtx): Reply {
  const read = readWriteBody(ctx.info, KEYS, ratingItem);
  if ('reply' in read) return read.reply;
  const user = userOf(ctx);
  const stamp = nextStamp(user, ctx.nowMs);
  const added = { movies: 0, shows: 0, statuses: [] as unknown[] };
  const notFound = { movies: [] as Item[], shows: [] as Item[] };
  for (const key of KEYS) {
    for (const item of read.lists[key]) {
      const title = resolveItem(item, SCOPE[key]);
      const rating = Number(item.rating);
      if (!title || !Number.isInteger(rating) || rating < 1 || rating > 10) {
        notFound[key].push(item);
        continue;
      }
      const entry = rate(user, title, rating, storedDate(item.rated_at) ?? stamp.iso, stamp);
      added[key]++;
      added.statuses.push({ request: item, response: { status: entry.status } });
    }
  }
  return json(201, { added, not_found: notFound });
}

function removeRatings(ctx: ApiCtx): Reply {
  const read = readWriteBody(ctx.info, KEYS, anyItem);
  if ('reply' in read) return read.reply;
  const user = userOf(ctx);
  const stamp = nextStamp(user, ctx.nowMs);
  const deleted = { movies: 0, shows: 0 };
  const notFound = { movies: [] as Item[], shows: [] as Item[] };
  for (const key of KEYS) {
    for (const item of read.lists[key]) {
      const title = resolveItem(item, SCOPE[key]);
      if (!title) {
        notFound[key].push(item);
        continue;
      }
      const entry = user.library.get(title.simkl);
      if (entry && unrate(user, entry, stamp)) deleted[key]++;
    }
  }
  return json(201, { deleted, not_found: notFound });
}

export const SYNC_LIST_ROUTES: ApiRoute[] = [
  { methods: ['POST'], pattern: /^\/sync\/add-to-list$/, access: 'user', write: true, handle: addToList },
  { methods: ['POST'], pattern: /^\/sync\/ratings$/, access: 'user', write: true, handle: addRatings },
  {
    methods: ['POST'],
    pattern: /^\/sync\/ratings\/remove$/,
    access: 'user',
    write: true,
    handle: removeRatings,
  },
];
