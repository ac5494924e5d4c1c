/**
 * `/sync/watched`: "is this in my lists?" for a batch (docs/simkl-api.md, Sync reads; current docs). A parallel array
 * echoing each item with `result` (true / false / "not_found"); a matched item adds `simkl`, `list` and
 * `last_watched_at` (null when not listed); `season` + `episode` ask about one episode; `extended`
 * `counters` adds the totals and per-season counters, `episodes` the per-episode rows. `[]` → `null`;
 * more than 100 items with `extended` → `400 max_items`. Ids may be flat or under `ids`.
 */
import { type Episode, episodesOf } from '../catalogue/episodes';
import { findByTitle, findTitle, type Scope, type Title } from '../catalogue/index';
import { apiError, isRecord, json, type Reply } from '../http';
import { episodeKey } from '../library';
import type { EntryState } from '../users';
import { type ApiCtx, type ApiRoute, userOf } from './context';

type Item = Record<string, unknown>;
const MAX_EXTENDED_ITEMS = 100;

function lookup(item: Item): Title | undefined {
  const ids = isRecord(item.ids) ? { ...item, ...item.ids } : item;
  const scope: Scope = item.type === 'movie' ? 'movies' : item.type === 'show' ? 'shows' : 'any';
  const byIds = findTitle(ids, scope, item.type !== 'show');
  if (byIds || typeof item.title !== 'string') return byIds;
  const matches = findByTitle(item.title, item.year ? Number(item.year) : undefined, scope);
  return matches.length === 1 ? matches[0] : undefined;
}

const watchedAtOf = (entry: EntryState | undefined, ep: Episode) =>
  entry?.watched.get(episodeKey(ep.season, ep.episode));

function counters(episodes: Episode[], entry: EntryState | undefined) {
  const aired = episodes.filter((ep) => ep.aired).length;
  return {
    episodes_total: episodes.length,
    episodes_aired: aired,
    episodes_to_be_aired: episodes.length - aired,
    episodes_watched: episodes.filter((ep) => watchedAtOf(entry, ep)).length,
  };
}

/** Per season counters; with `episodes`, each season's rows too. Specials: the catalogue has none. */
function seasons(episodes: Episode[], entry: EntryState | undefined, withRows: boolean) {
  return [...new Set(episodes.map((ep) => ep.season))].map((number) => {
    const inSeason = episodes.filter((ep) => ep.season === number);
    const season: Record<string, unknown> = { number, ...counters(inSeason, entry) };
    if (withRows) {
      season.episodes = inSeason.map((ep) => ({
        number: ep.episode,
        watched: Boolean(watchedAtOf(entry, ep)),
        aired: ep.aired,
        last_watched_at: watchedAtOf(entry, ep) ?? null,
      }));
    }
    return season;
  });
}

/**
 * One episode asked by `season` + `episode` (anime: `episode` alone): `result` says whether it is
 * watched, `last_watched_at` is its own date. An episode the title lacks answers `false`.
 */
function episodeAnswer(out: Item, item: Item, title: Title, entry: EntryState | undefined, nowMs: number) {
  const number = Number(item.episode);
  const season = Number(item.season ?? 1);
  const ep = episodesOf(title, nowMs).find(
    (e) => e.episode === number && (title.kind === 'anime' || e.season === season),
  );
  const watchedAt = ep && watchedAtOf(entry, ep);
  return { ...out, result: Boolean(watchedAt), last_watched_at: watchedAt ?? null };
}

function answer(item: Item, user: ReturnType<typeof userOf>, extended: string[], nowMs: number) {
  const title = lookup(item);
  if (!title) return { ...item, result: 'not_found' };
  const entry = user.library.get(title.simkl);
  const out: Item = {
    ...item,
    simkl: title.simkl,
    result: entry !== undefined,
    list: entry?.status ?? null,
    last_watched_at: entry?.lastWatchedAt ?? null,
  };
  if (title.kind === 'movie' || title.animeType === 'movie') return out;
  if (item.episode !== undefined && item.episode !== null)
    return episodeAnswer(out, item, title, entry, nowMs);
  const withRows = extended.includes('episodes');
  if (!withRows && !extended.includes('counters')) return out;
  const episodes = episodesOf(title, nowMs);
  return { ...out, ...counters(episodes, entry), seasons: seasons(episodes, entry, withRows) };
}

function watched(ctx: ApiCtx): Reply {
  const user = userOf(ctx);
  const body = ctx.info.body;
  if (!Array.isArray(body)) return apiError(400, 'wrong_parameter', 'Send an array of items');
  if (body.length === 0) return json(200, null);
  const extended = (ctx.info.query.extended ?? '').split(',').filter(Boolean);
  if (extended.length > 0 && body.length > MAX_EXTENDED_ITEMS)
    return apiError(400, 'max_items', 'At most 100 items with extended');
  return json(
    200,
    body.filter(isRecord).map((item) => answer(item, user, extended, ctx.nowMs)),
  );
}

export const SYNC_WATCHED_ROUTES: ApiRoute[] = [
  // Kodi's add-on sends GET with a JSON body; Simkl accepts it (docs/simkl-api.md, Quirks).
  { methods: ['POST', 'GET'], pattern: /^\/sync\/watched$/, access: 'user', handle: watched },
];
