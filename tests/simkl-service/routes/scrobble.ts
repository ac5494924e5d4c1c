/**
 * `/scrobble/start`, `/scrobble/pause` and `/scrobble/stop` (docs/simkl-api.md, Scrobbling and check-in): 201 with `{id, action,
 * progress, movie|show|anime, episode?}` (`id` 0 on start, as Simkl answers), a stop at 80 % or more
 * marks the item watched (`action: "scrobble"`), below that it is a pause. A stop or pause of an item
 * scrobbled within the hour → 409. Writes: the write scope, the write lock and the limits apply.
 */
import { isoSeconds } from '../dates';
import { json, type Reply } from '../http';
import { nextPlaybackId, type ScrobbleTarget, WATCHED_AT_PROGRESS } from '../playback';
import { duplicateOf, endSessions, savePlayback, scrobbleWatched, startSession } from '../scrobble-rules';
import { type ApiCtx, type ApiRoute, userOf } from './context';
import { echoEpisode, echoMedia } from './media-echo';
import { readScrobble } from './scrobble-body';

type Action = 'start' | 'pause' | 'scrobble';

function answer(action: Action, id: number, target: ScrobbleTarget): Reply {
  const body: Record<string, unknown> = {
    id,
    action,
    progress: target.progress,
    [target.title.kind]: echoMedia(target.title),
  };
  // A film's only episode (an anime film) is not echoed: films answer without `episode`.
  const film = target.title.kind === 'movie' || target.title.animeType === 'movie';
  if (target.episode && !film) body.episode = echoEpisode(target.episode);
  return json(201, body);
}

/** 409 with when it was scrobbled and when the guard lapses; `error` as the current API adds it. */
function duplicate(watchedMs: number, expiresMs: number): Reply {
  return json(409, {
    error: 'already_watched',
    code: 409,
    watched_at: isoSeconds(watchedMs),
    expires_at: isoSeconds(expiresMs),
  });
}

function start(ctx: ApiCtx): Reply {
  const target = readScrobble(ctx.info, ctx.nowMs);
  if ('reply' in target) return target.reply;
  startSession(userOf(ctx), target, ctx.nowMs);
  return answer('start', 0, target);
}

/** Pause, and stop below 80 %: the paused playback replaces the title's previous one. */
function pauseOrStop(ctx: ApiCtx, stop: boolean): Reply {
  const target = readScrobble(ctx.info, ctx.nowMs);
  if ('reply' in target) return target.reply;
  const user = userOf(ctx);
  const earlier = duplicateOf(user, target, ctx.nowMs);
  if (earlier) return duplicate(earlier.watchedMs, earlier.expiresMs);
  endSessions(user, target);
  if (stop && target.progress >= WATCHED_AT_PROGRESS) {
    scrobbleWatched(user, target, ctx.nowMs, ctx.nowMs);
    return answer('scrobble', nextPlaybackId(user.scrobble), target);
  }
  return answer('pause', savePlayback(user, target, ctx.nowMs).id, target);
}

const route = (name: string, handle: ApiRoute['handle']): ApiRoute => ({
  methods: ['POST'],
  pattern: new RegExp(`^/scrobble/${name}$`),
  access: 'user',
  write: true,
  handle,
});

export const SCROBBLE_ROUTES: ApiRoute[] = [
  route('start', start),
  route('pause', (ctx) => pauseOrStop(ctx, false)),
  route('stop', (ctx) => pauseOrStop(ctx, true)),
];
