/**
 * A user's scrobble state (docs/simkl-api.md, Scrobbling and check-in; Apiary "Scrobble" and "Playback"): the one session playing
 * now (`/scrobble/start`, until its runtime-based expiry), the paused playbacks (one per title, the
 * latest pause), and the recent scrobbles that make a repeated stop or pause of the same film or episode
 * answer 409 for an hour.
 */
import type { Episode } from './catalogue/episodes';
import type { Title } from './catalogue/index';

/** What a scrobble call names: a film, or one episode of a series. */
export interface ScrobbleTarget {
  title: Title;
  episode?: Episode;
  /** 0–100, at most two decimals. */
  progress: number;
}

export interface PlayingSession {
  simkl: number;
  season?: number;
  episode?: number;
  expiresMs: number;
}

export interface PausedPlayback {
  id: number;
  simkl: number;
  season?: number;
  episode?: number;
  progress: number;
  pausedMs: number;
}

export interface ScrobbleState {
  playing: PlayingSession | null;
  /** Title simkl id → its latest paused playback. */
  playbacks: Map<number, PausedPlayback>;
  /** Film or episode key → when it was scrobbled as watched and when the duplicate guard lapses. */
  scrobbled: Map<string, { watchedMs: number; expiresMs: number }>;
  lastId: number;
}

/** Stop or pause of an item scrobbled within this window answers 409. */
export const DUPLICATE_WINDOW_MS = 3600_000;
/** At or past this progress a stop marks the item watched. */
export const WATCHED_AT_PROGRESS = 80;
/** Playback ids look like Simkl's (large integers); they only need to be unique per user. */
const FIRST_ID = 35_100_000;

export function newScrobbleState(): ScrobbleState {
  return { playing: null, playbacks: new Map(), scrobbled: new Map(), lastId: FIRST_ID };
}

export function nextPlaybackId(state: ScrobbleState): number {
  state.lastId += 1;
  return state.lastId;
}

/** The film, or the one episode: what the duplicate guard and "same item" comparisons key on. */
export function itemKey(simkl: number, season?: number, episode?: number): string {
  return episode === undefined ? `${simkl}` : `${simkl}:${season ?? 1}:${episode}`;
}

export function targetKey(target: ScrobbleTarget): string {
  return itemKey(target.title.simkl, target.episode?.season, target.episode?.episode);
}

/** Minutes of one film or one episode (Simkl's defaults when the catalogue has none: 90, 45, 25). */
export function runtimeMs(title: Title): number {
  const fallback = title.kind === 'movie' ? 90 : title.kind === 'show' ? 45 : 25;
  return (title.runtime > 0 ? title.runtime : fallback) * 60_000;
}

/** A session that ends at `expiresMs` has played this far at `nowMs` (past 100 once it expired). */
export function progressAt(expiresMs: number, runtime: number, nowMs: number): number {
  return 100 - ((expiresMs - nowMs) / runtime) * 100;
}
