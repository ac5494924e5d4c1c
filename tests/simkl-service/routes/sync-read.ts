/**
 * Library reads: `/sync/activities`, `/sync/all-items[/{type}[/{status}]]` with `date_from` (strictly
 * after; a malformed one is a 400) and the extended variants, and the ratings read whose delta also reports removed ratings as
 * `user_rating: null`. Empty answers follow the `emptyLibraryAs` switch (Apiary `null`, current `{}`).
 */
import { titleBySimkl } from '../catalogue/index';
import { parseIso } from '../dates';
import { apiError, json, type Reply } from '../http';
import { isListStatus } from '../library';
import { grouped, itemOptions, libraryItem, mediaObject } from '../serialize';
import type { Kind } from '../types';
import { activitiesBody } from '../users';
import { type ApiCtx, type ApiRoute, userOf } from './context';

const TYPE_KIND: Record<string, Kind | null> = { shows: 'show', movies: 'movie', anime: 'anime', all: null };

/**
 * `date_from`: items changed strictly after it (docs/simkl-api.md, Incremental sync: "greater (newer) than"). Absent → no
 * filter; present but not an ISO-8601 date (empty included) → `400 wrong_parameter`.
 */
function dateFrom(query: Record<string, string>): number | null | Reply {
  if (query.date_from === undefined) return null;
  const ms = parseIso(query.date_from);
  return ms ?? apiError(400, 'wrong_parameter', 'Wrong "date_from" parameter');
}

function allItems(ctx: ApiCtx, match: RegExpExecArray): Reply {
  const user = userOf(ctx);
  const [, type, status] = match;
  const kind = type === undefined ? null : TYPE_KIND[type];
  if (kind === undefined) return apiError(400, 'wrong_parameter', `Unknown type ${type}`);
  if (status !== undefined && status !== 'all' && !isListStatus(status)) {
    return apiError(400, 'wrong_parameter', `Unknown status ${status}`);
  }
  const from = dateFrom(ctx.info.query);
  if (from !== null && typeof from === 'object') return from;
  const options = itemOptions(ctx.info.query);
  const items: Array<{ kind: Kind; item: unknown }> = [];
  for (const entry of user.library.values()) {
    const title = titleBySimkl(entry.simkl);
    if (!title || (kind && entry.kind !== kind)) continue;
    if (status && status !== 'all' && entry.status !== status) continue;
    if (from !== null && entry.changed.ms <= from) continue;
    items.push({ kind: entry.kind, item: libraryItem(entry, title, options, ctx.nowMs) });
  }
  return json(200, grouped(items, ctx.state.settings.emptyLibraryAs));
}

function ratings(ctx: ApiCtx, match: RegExpExecArray): Reply {
  const user = userOf(ctx);
  const [, type, ratingList] = match;
  const kind = type === undefined ? null : TYPE_KIND[type];
  if (kind === undefined) return apiError(400, 'wrong_parameter', `Unknown type ${type}`);
  const wanted = ratingList?.split(',').map(Number);
  if (wanted?.some((r) => !Number.isInteger(r) || r < 1 || r > 10)) return json(200, {});
  const from = dateFrom(ctx.info.query);
  if (from !== null && typeof from === 'object') return from;
  const options = itemOptions(ctx.info.query);
  const items: Array<{ kind: Kind; item: unknown }> = [];
  for (const entry of user.library.values()) {
    const title = titleBySimkl(entry.simkl);
    if (!title || (kind && entry.kind !== kind)) continue;
    const changed = entry.ratingChangedMs !== null && (from === null || entry.ratingChangedMs > from);
    const rated = entry.rating !== null && (!wanted || wanted.includes(entry.rating));
    // Without date_from: every rated item. With it: every rating change, removals included as null.
    if (from === null ? !rated : !changed || (wanted && !rated)) continue;
    items.push({ kind: entry.kind, item: libraryItem(entry, title, options, ctx.nowMs) });
  }
  if (from !== null && !wanted) {
    for (const [simkl, tomb] of user.tombstones) {
      const title = titleBySimkl(simkl);
      if (!title || (kind && tomb.kind !== kind) || tomb.changed.ms <= from) continue;
      const media = { [tomb.kind === 'movie' ? 'movie' : 'show']: mediaObject(title) };
      const item = {
        last_watched_at: null,
        user_rated_at: tomb.changed.iso,
        user_rating: null,
        status: null,
        ...media,
      };
      items.push({ kind: tomb.kind, item });
    }
  }
  return json(200, grouped(items, ctx.state.settings.emptyLibraryAs));
}

const RATING_TYPES = '(shows|movies|anime|all)';

export const SYNC_READ_ROUTES: ApiRoute[] = [
  {
    methods: ['GET', 'POST'],
    pattern: /^\/sync\/activities$/,
    access: 'user',
    handle: (ctx) => json(200, activitiesBody(userOf(ctx))),
  },
  {
    methods: ['GET', 'POST'],
    pattern: /^\/sync\/all-items(?:\/(\w+))?(?:\/(\w+))?$/,
    access: 'user',
    handle: allItems,
  },
  {
    methods: ['GET'],
    pattern: new RegExp(`^/sync/ratings(?:/${RATING_TYPES})?(?:/([\\d,-]+))?$`),
    access: 'user',
    handle: ratings,
  },
  // POST /sync/ratings itself is the write; with a type segment it is the (Apiary) read.
  {
    methods: ['POST'],
    pattern: new RegExp(`^/sync/ratings/${RATING_TYPES}(?:/([\\d,-]+))?$`),
    access: 'user',
    handle: ratings,
  },
];
