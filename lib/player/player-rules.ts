/**
 * When a player's playback becomes a scrobble request (docs/architecture.md, A playback), as pure logic over
 * samples of the programme's `<video>` taken about once a second, so that the rules run under a fake clock in tests. The
 * DOM side (engine.ts) samples the element; this decides what to send.
 */
import type { ScrobbleKind } from '../media';

/** One look at the player. `key` names the playback (the /watch id); null = no player page. */
export interface PlayerSample {
  key: string | null;
  now: number;
  currentTime: number;
  duration: number;
  paused: boolean;
  seeking: boolean;
  ended: boolean;
  /** An ad, a preview or a recap card plays instead of the programme: not playback, nothing is sent. */
  ad?: boolean;
}

export interface ScrobbleCall {
  kind: ScrobbleKind;
  key: string;
  /** 0–100, currentTime / duration. */
  progress: number;
}

export interface PlayerRulesOptions {
  /** Real playback before the first start: skips accidental clicks and autoplaying teasers. */
  startAfterMs?: number;
  /** A pause shorter than this (or a seek) sends nothing. */
  pauseAfterMs?: number;
  /** A pause this long ends the scrobble. */
  stopAfterMs?: number;
  /** At most one start or pause per this interval; stop is never held back. */
  minIntervalMs?: number;
}

type Phase = 'waiting' | 'playing' | 'paused' | 'stopped';

export interface PlayerRules {
  /** Feeds one sample; answers the requests to send now, in order. */
  observe(sample: PlayerSample): ScrobbleCall[];
  /** The current playback's state for the control, or null when nothing is tracked. */
  status(): { key: string; phase: Exclude<Phase, 'waiting'>; progress: number } | null;
}

/** A real playback: a finite, positive duration (a live stream or an empty element has none). */
const hasDuration = (sample: PlayerSample) => Number.isFinite(sample.duration) && sample.duration > 0;

export const progressOf = (sample: PlayerSample): number =>
  hasDuration(sample) ? Math.min(100, Math.max(0, (sample.currentTime / sample.duration) * 100)) : 0;

/** Longest gap between two samples counted as playback (a throttled or suspended tab is not). */
const MAX_TICK_MS = 2_000;

export function createPlayerRules(options: PlayerRulesOptions = {}): PlayerRules {
  const {
    startAfterMs = 5_000,
    pauseAfterMs = 3_000,
    stopAfterMs = 15 * 60_000,
    minIntervalMs = 10_000,
  } = options;
  let key: string | null = null;
  let phase: Phase = 'waiting';
  let playedMs = 0;
  let pausedSince: number | null = null;
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let lastNow: number | null = null;
  let progress = 0;

  const may = (now: number) => now - lastSentAt >= minIntervalMs;
  const call = (kind: ScrobbleKind, now: number): ScrobbleCall => {
    if (kind !== 'stop') lastSentAt = now;
    return { kind, key: key as string, progress };
  };

  function reset(next: string | null): void {
    key = next;
    phase = 'waiting';
    playedMs = 0;
    pausedSince = null;
    progress = 0;
  }

  function step(sample: PlayerSample, elapsed: number): ScrobbleCall[] {
    const { now } = sample;
    if (sample.ended) {
      progress = 100;
      const wasTracked = phase === 'playing' || phase === 'paused';
      phase = 'stopped';
      return wasTracked ? [call('stop', now)] : [];
    }
    const playing = !sample.paused && !sample.seeking;
    if (playing) {
      pausedSince = null;
      playedMs += elapsed;
      if ((phase === 'waiting' || phase === 'stopped') && playedMs < startAfterMs) return [];
      if (phase !== 'playing' && may(now)) {
        phase = 'playing';
        return [call('start', now)];
      }
      return [];
    }
    if (sample.seeking || !sample.paused) return [];
    pausedSince ??= now;
    if (phase === 'waiting' || phase === 'stopped') playedMs = 0;
    const pausedFor = now - pausedSince;
    if ((phase === 'playing' || phase === 'paused') && pausedFor >= stopAfterMs) {
      phase = 'stopped';
      playedMs = 0;
      return [call('stop', now)];
    }
    if (phase === 'playing' && pausedFor >= pauseAfterMs && may(now)) {
      phase = 'paused';
      return [call('pause', now)];
    }
    return [];
  }

  return {
    observe(sample) {
      const calls: ScrobbleCall[] = [];
      if (sample.key !== key) {
        // Another video (next episode's autoplay) or no player page: the old playback ends here.
        if (phase === 'playing' || phase === 'paused') calls.push(call('stop', sample.now));
        reset(sample.key);
        lastNow = null;
      }
      const elapsed = lastNow === null ? 0 : Math.min(MAX_TICK_MS, Math.max(0, sample.now - lastNow));
      lastNow = sample.now;
      if (key === null || !hasDuration(sample)) return calls;
      // An ad is neither playback time nor a pause: the programme's counting simply waits for it.
      if (sample.ad) {
        pausedSince = null;
        return calls;
      }
      if (!sample.ended) progress = progressOf(sample);
      return [...calls, ...step(sample, elapsed)];
    },
    status: () => (key === null || phase === 'waiting' ? null : { key, phase, progress }),
  };
}
