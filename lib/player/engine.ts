/**
 * The player engine (docs/architecture.md, A playback): watches a service's player once a second through
 * its adapter and turns what player-rules.ts decides into port messages. Only a page the adapter names a
 * playing key for counts (previews and billboards have none), and only once it said what plays.
 */
import type { DetectedMedia } from '../media';
import type { PlayerMessage, RatedNotice } from '../messaging';
import type { NowPlaying, PlayerAdapter } from './adapter';
import { createPlayerPort } from './player-port';
import { createPlayerRules, type PlayerRulesOptions, type PlayerSample } from './player-rules';

/** How often the background learns where playback is (for a stop when the tab closes). */
const PROGRESS_EVERY_MS = 2_000;

export interface PlayerStatus {
  media: DetectedMedia;
  phase: 'playing' | 'paused' | 'stopped';
  progress: number;
}

/** The programme's video as the engine reads it: this frame's, or one a player frame relays. */
export interface VideoSample {
  currentTime: number;
  duration: number;
  paused: boolean;
  seeking: boolean;
  ended: boolean;
  ad?: boolean;
}

export interface PlayerEngineOptions {
  adapter: PlayerAdapter;
  /** Whether to track now (the user's setting); off counts as leaving the player. */
  enabled(): boolean;
  onStatus(status: PlayerStatus | null): void;
  /** A playback is running while tracking is still to be asked about. */
  onPlayback?(): void;
  /** Each tick while tracking: whether the playing key's last "what plays" answer was "could not tell". */
  onUnidentified?(unidentified: boolean): void;
  /** A playback's stop was sent (ended, closed, the next video): where it stopped, for Rate it after a finish. */
  onStop?(key: string, media: DetectedMedia, progress: number): void;
  /** The background's answer to a Rate it (`rate` below). */
  onRated?(rated: RatedNotice['rated']): void;
  /** The last sample a player frame of another origin relayed, when this frame has no video. */
  relayed?(): VideoSample | null;
  signal: AbortSignal;
  intervalMs?: number;
  rules?: PlayerRulesOptions;
}

/** The adapter's video as a sample: the programme's position where the player's UI gives it. */
function videoSample(adapter: PlayerAdapter, video: HTMLVideoElement): VideoSample {
  const { currentTime, duration } = adapter.position?.(document, video) ?? video;
  const { paused, seeking, ended } = video;
  return { currentTime, duration, paused, seeking, ended, ad: adapter.isAd?.(document, video) };
}

/** No video: nothing plays (a sample with no duration is never counted). */
const NO_VIDEO: VideoSample = {
  currentTime: 0,
  duration: Number.NaN,
  paused: true,
  seeking: false,
  ended: false,
};

/** What the engine's caller may still say over its port: Rate it, for a playback that finished. */
export interface PlayerEngine {
  rate(key: string, rating: number): void;
  /** "Simkl could not tell what is playing": the user asks to find it (the match window opens). */
  find(): void;
}

export function runPlayerEngine(options: PlayerEngineOptions): PlayerEngine {
  const { adapter } = options;
  const rules = createPlayerRules(options.rules);
  // What each key plays; a key whose question is under way maps to undefined (one question at a
  // time), and a "could not tell" is forgotten, to be asked again at the next tick (a page that is
  // still drawing, an SPA step the site's script has not followed yet).
  const known = new Map<string, DetectedMedia | undefined>();
  // The keys whose last answer was "could not tell": the line says so while one plays.
  const unidentified = new Set<string>();
  // The keys the user named through the search: a late "could not tell" never takes that back.
  const chosenByUser = new Set<string>();
  let lastUnidentified: string | null = null;
  let ignored: string | null = null;
  let lastProgressAt = 0;
  const port = createPlayerPort(
    () => {
      ignored = rules.status()?.key ?? null;
    },
    (rated) => options.onRated?.(rated),
    ({ key, media }) => {
      // Told by the background, for the key this page asked about: what the user chose is what plays.
      if (!unidentified.has(key) || media?.site !== adapter.service) return;
      chosenByUser.add(key);
      unidentified.delete(key);
      known.set(key, media);
    },
  );

  function identify(key: string): void {
    if (known.has(key)) return;
    known.set(key, undefined);
    const answered = (playing?: NowPlaying | null) => {
      if (chosenByUser.has(key)) return;
      if (playing?.media) {
        known.set(key, playing.media);
        unidentified.delete(key);
      } else {
        known.delete(key);
        unidentified.add(key);
      }
    };
    // A failed question is a "could not tell" too (its reason is no NowPlaying).
    adapter.nowPlaying(key, location, document).then(answered, answered);
  }

  let playingUnidentified = false;
  function sample(now: number): PlayerSample {
    playingUnidentified = false;
    const key = adapter.playingKey(location, document);
    const element = key ? adapter.video(document) : null;
    const video = element ? videoSample(adapter, element) : key ? (options.relayed?.() ?? null) : null;
    if (!key || !video) return { ...NO_VIDEO, key: null, now };
    identify(key);
    if (!options.enabled() && !video.paused) options.onPlayback?.();
    playingUnidentified = options.enabled() && !video.ad && unidentified.has(key);
    if (playingUnidentified) lastUnidentified = key;
    const tracked = known.get(key) && options.enabled() && ignored !== key;
    return { ...video, key: tracked ? key : null, now };
  }

  const post = (kind: PlayerMessage['kind'], key: string, progress: number) => {
    const media = known.get(key);
    if (media) port.post({ kind, service: adapter.service, key, media, progress });
  };

  function tick(): void {
    const now = Date.now();
    const seen = sample(now);
    for (const call of rules.observe(seen)) {
      post(call.kind, call.key, call.progress);
      const stopped = call.kind === 'stop' && known.get(call.key);
      if (stopped) options.onStop?.(call.key, stopped, call.progress);
    }
    const status = rules.status();
    const media = status && known.get(status.key);
    if (status && media && status.phase !== 'stopped' && now - lastProgressAt >= PROGRESS_EVERY_MS) {
      lastProgressAt = now;
      post('progress', status.key, status.progress);
    }
    options.onUnidentified?.(playingUnidentified);
    // The line shows a pause at once; the scrobble's pause waits for its rule (a seek is not a pause).
    const phase = status?.phase === 'playing' && seen.paused && !seen.seeking ? 'paused' : status?.phase;
    options.onStatus(status && media && phase ? { media, phase, progress: status.progress } : null);
  }

  const timer = setInterval(tick, options.intervalMs ?? 1_000);
  options.signal.addEventListener('abort', () => {
    clearInterval(timer);
    port.close();
  });
  return {
    rate: (key, rating) => port.post({ kind: 'rate', service: adapter.service, key, rating }),
    find() {
      const key = lastUnidentified;
      // The page's own title is the search's first words: the user edits them in the window.
      if (key) port.post({ kind: 'find', service: adapter.service, key, hint: document.title.slice(0, 200) });
    },
  };
}
