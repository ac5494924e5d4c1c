/**
 * `/users/settings` (GET or POST) and `/sync/watched` ("is this in my lists?", a parallel array with
 * optional counters and episodes; `[]` answers `null`, more than 100 items with `extended` is refused).
 */
import { type Episode, episodesOf } from '../catalogue/episodes';
import { findByTitle, findTitle, type Scope, type Title } from '../catalogue/index';
import { imagePath } from '../catalogue/model';
import { apiError, isRecord, json, type Reply } from '../http';
import { episodeKey } from '../library';
import type { EntryState } from '../users';
import { type ApiCtx, type ApiRoute, userOf } from './context';

function settings(ctx: ApiCtx): Reply {
  const user = userOf(ctx);
  return json(200, {
    user: {
      name: user.name,
      joined_at: user.joinedAt,
      gender: '',
      avatar: `https://simkl.in/avatars/${imagePath(`avatar:${user.id}`)}_100.jpg`,
      bio: '',
      loc: '',
      age: '',
    },
    account: { id: user.id, timezone: 'America/New_York', type: 'free' },
    connections: { facebook: false },
  });
}

function lookup(item: Record<string, unknown>): Title | undefined {
  const scope: Scope = item.type === 'movie' ? 'movies' : item.type === 'show' ? 'shows' : 'any';
  const byIds = findTitle(item, scope, item.type !== 'show');
  if (byIds || typeof item.title !== 'string') return byIds;
  const matches = findByTitle(item.title, item.year ? Number(item.year) : undefined, scope);
  return matches.length === 1 ? matches[0] : undefined;
}

function counters(episodes: Episode[], entry: EntryState) {
  const aired = episodes.filter((ep) => ep.aired).length;
  return {
    episodes_total: episodes.length,
    episodes_aired: aired,
    episodes_to_be_aired: episodes.length - aired,
    episodes_watched: episodes.filter((ep) => entry.watched.has(episodeKey(ep.season, ep.episode))).length,
  };
}

function watched(ctx: ApiCtx): Reply {
  const user = userOf(ctx);
  const body = ctx.info.body;
  if (!Array.isArray(body)) return apiError(400, 'wrong_parameter', 'Send an array of items');
  if (body.length === 0) return json(200, null);
  const extended = (ctx.info.query.extended ?? '').split(',').filter(Boolean);
  if (extended.length > 0 && body.length > 100)
    return apiError(400, 'max_items', 'At most 100 items with extended');
  const answer = body.filter(isRecord).map((item) => {
    const title = lookup(item);
    if (!title) return { ...item, result: 'not_found' };
    const entry = user.library.get(title.simkl);
    if (!entry) return { ...item, result: false };
    const out: Record<string, unknown> = {
      ...item,
      result: true,
      list: entry.status,
      last_watched_at: entry.lastWatchedAt,
    };
    if (title.kind === 'movie' || extended.length === 0) return out;
    const episodes = episodesOf(title, ctx.nowMs);
    Object.assign(out, counters(episodes, entry));
    if (!extended.includes('episodes')) return out;
    const seasons = [...new Set(episodes.map((ep) => ep.season))];
    out.seasons = seasons.map((number) => {
      const inSeason = episodes.filter((ep) => ep.season === number);
      return {
        number,
        ...counters(inSeason, entry),
        episodes: inSeason.map((ep) => ({
          number: ep.episode,
          watched: entry.watched.has(episodeKey(ep.season, ep.episode)),
          aired: ep.aired,
          last_watched_at: entry.watched.get(episodeKey(ep.season, ep.episode)) ?? null,
        })),
      };
    });
    return out;
  });
  return json(200, answer);
}

export const USER_ROUTES: ApiRoute[] = [
  { methods: ['GET', 'POST'], pattern: /^\/users\/settings$/, access: 'user', handle: settings },
  { methods: ['POST', 'GET'], pattern: /^\/sync\/watched$/, access: 'user', handle: watched },
];
