/**
 * Check-in: "I'm watching this now". The check-in expires after the remaining runtime and the item is
 * then marked watched (applied lazily, the next time the user's state is touched). `/scrobble/checkin`
 * replaces a running check-in; the legacy `/checkin` answers 409 with `expires_at` while one runs.
 */
import { randomInt } from 'node:crypto';
import { episodesOf } from '../catalogue/episodes';
import { resolveItem, type Scope, titleBySimkl } from '../catalogue/index';
import { isoSeconds } from '../dates';
import { apiError, json, type Reply } from '../http';
import { watchOne } from '../library';
import { nextStamp, type UserState } from '../users';
import { type ApiCtx, type ApiRoute, userOf } from './context';
import { echoEpisode, echoMedia } from './media-echo';
import { bodyObject } from './write-helpers';

const MEDIA_KEYS: Array<[string, Scope]> = [
  ['movie', 'movies'],
  ['show', 'shows'],
  ['anime', 'anime'],
];

/** Marks an expired check-in watched, as Simkl does once the runtime has elapsed. */
export function settleCheckin(user: UserState, nowMs: number): void {
  const checkin = user.checkin;
  if (!checkin || checkin.expiresMs > nowMs) return;
  user.checkin = null;
  const title = titleBySimkl(checkin.simkl);
  if (!title) return;
  const episode = episodesOf(title, nowMs).find(
    (ep) => ep.season === checkin.season && ep.episode === checkin.episode,
  );
  const watchedAt = isoSeconds(checkin.expiresMs);
  watchOne(user, title, episode, watchedAt, nextStamp(user, nowMs), nowMs);
}

function checkin(ctx: ApiCtx, legacy: boolean): Reply {
  const user = userOf(ctx);
  if (legacy && user.checkin) {
    return json(409, { expires_at: isoSeconds(user.checkin.expiresMs) });
  }
  const body = bodyObject(ctx.info.body);
  const found = MEDIA_KEYS.find(([key]) => body[key] && typeof body[key] === 'object');
  const media = found ? (body[found[0]] as Record<string, unknown>) : undefined;
  const title = found && media ? resolveItem(media, found[1]) : undefined;
  if (!title) return apiError(404, 'id_err', 'Item not found');
  const progress = Math.min(100, Math.max(0, Number(body.progress) || 0));
  const requested = bodyObject(legacy ? media?.episode : body.episode);
  const episode =
    title.kind === 'movie'
      ? undefined
      : episodesOf(title, ctx.nowMs).find(
          (ep) =>
            ep.episode === Number(requested.number) &&
            (title.kind === 'anime' || ep.season === Number(requested.season ?? 1)),
        );
  if (title.kind !== 'movie' && !episode) return apiError(404, 'id_err', 'Episode not found');
  user.checkin = {
    simkl: title.simkl,
    season: episode?.season,
    episode: episode?.episode,
    expiresMs: ctx.nowMs + title.runtime * 60_000 * (1 - progress / 100),
  };
  const reply: Record<string, unknown> = {
    id: randomInt(1e9, 9e9),
    action: 'checkin',
    progress,
    [title.kind]: echoMedia(title),
  };
  if (episode) reply.episode = echoEpisode(episode);
  return json(legacy ? 200 : 201, reply);
}

export const CHECKIN_ROUTES: ApiRoute[] = [
  {
    methods: ['POST'],
    pattern: /^\/scrobble\/checkin$/,
    access: 'user',
    write: true,
    handle: (ctx) => checkin(ctx, false),
  },
  {
    methods: ['POST'],
    pattern: /^\/checkin$/,
    access: 'user',
    write: true,
    handle: (ctx) => checkin(ctx, true),
  },
];
