/**
 * What the scrobble calls do to a user (docs/simkl-api.md, Scrobbling and check-in; Apiary "Scrobble"): the session playing now,
 * the paused playbacks, marking an item watched exactly like a `/sync/history` write of that film or
 * episode, and the one-hour duplicate guard. The routes (routes/scrobble.ts) only read bodies and answer.
 */
import { episodesOf } from './catalogue/episodes';
import { titleBySimkl } from './catalogue/index';
import { isoSeconds } from './dates';
import { watchOne } from './library';
import {
  DUPLICATE_WINDOW_MS,
  itemKey,
  nextPlaybackId,
  type PausedPlayback,
  type PlayingSession,
  progressAt,
  runtimeMs,
  type ScrobbleTarget,
  targetKey,
  WATCHED_AT_PROGRESS,
} from './playback';
import { bump, nextStamp, type UserState } from './users';

/** The earlier scrobble that makes this stop or pause a duplicate, while its hour lasts. */
export function duplicateOf(user: UserState, target: ScrobbleTarget, nowMs: number) {
  const recent = user.scrobble.scrobbled.get(targetKey(target));
  return recent && recent.expiresMs > nowMs ? recent : undefined;
}

/** Marks the film or episode watched and opens the duplicate guard; its paused playback goes. */
export function scrobbleWatched(user: UserState, target: ScrobbleTarget, watchedMs: number, nowMs: number) {
  const stamp = nextStamp(user, nowMs);
  watchOne(user, target.title, target.episode, isoSeconds(watchedMs), stamp, nowMs);
  user.scrobble.scrobbled.set(targetKey(target), { watchedMs, expiresMs: nowMs + DUPLICATE_WINDOW_MS });
  if (user.scrobble.playbacks.delete(target.title.simkl)) bump(user, target.title.kind, ['playback'], stamp);
}

/** Saves the title's paused playback (replacing its previous one) and moves the `playback` clock. */
export function savePlayback(user: UserState, target: ScrobbleTarget, nowMs: number): PausedPlayback {
  const stamp = nextStamp(user, nowMs);
  const playback: PausedPlayback = {
    id: nextPlaybackId(user.scrobble),
    simkl: target.title.simkl,
    season: target.episode?.season,
    episode: target.episode?.episode,
    progress: target.progress,
    pausedMs: stamp.ms,
  };
  user.scrobble.playbacks.set(target.title.simkl, playback);
  bump(user, target.title.kind, ['playback'], stamp);
  return playback;
}

/** A pause or stop ends the session playing now, and a check-in, when they are for the same item. */
export function endSessions(user: UserState, target: ScrobbleTarget): void {
  const key = targetKey(target);
  const keyOf = (s: PlayingSession) => itemKey(s.simkl, s.season, s.episode);
  if (user.scrobble.playing && keyOf(user.scrobble.playing) === key) user.scrobble.playing = null;
  if (user.checkin && keyOf(user.checkin) === key) user.checkin = null;
}

/**
 * A session (a start or a check-in) that has played 80 % or more by now is scrobbled before a new start
 * replaces it, as Simkl does; an expired one counts as fully played. Unless it is a duplicate.
 */
function settlePrevious(user: UserState, session: PlayingSession, nowMs: number): void {
  const title = titleBySimkl(session.simkl);
  if (!title || progressAt(session.expiresMs, runtimeMs(title), nowMs) < WATCHED_AT_PROGRESS) return;
  const episode = episodesOf(title, nowMs).find(
    (ep) => ep.season === (session.season ?? 1) && ep.episode === session.episode,
  );
  const target: ScrobbleTarget = { title, episode, progress: 100 };
  if (!duplicateOf(user, target, nowMs))
    scrobbleWatched(user, target, Math.min(nowMs, session.expiresMs), nowMs);
}

/** `/scrobble/start`: the previous session settles, the title's paused playback is cleared. */
export function startSession(user: UserState, target: ScrobbleTarget, nowMs: number): void {
  for (const session of [user.scrobble.playing, user.checkin])
    if (session) settlePrevious(user, session, nowMs);
  user.checkin = null;
  if (user.scrobble.playbacks.delete(target.title.simkl)) {
    bump(user, target.title.kind, ['playback'], nextStamp(user, nowMs));
  }
  const left = runtimeMs(target.title) * (1 - target.progress / 100);
  user.scrobble.playing = {
    simkl: target.title.simkl,
    season: target.episode?.season,
    episode: target.episode?.episode,
    expiresMs: nowMs + left,
  };
}
