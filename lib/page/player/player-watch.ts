/**
 * Watches a site's player (its real `<video>`) once a second and turns what player-rules.ts decides
 * into port messages. Only a page the site's player part names a playing id for counts: previews
 * and billboards have none, so they never scrobble.
 */
import type { DetectedMedia } from '../../media';
import type { SitePlayer } from '../../sites/adapter';
import { createPlayerPort } from './player-port';
import { createPlayerRules, type PlayerRulesOptions, type PlayerSample } from './player-rules';

/** How often the background learns where playback is (for a stop when the tab closes). */
const PROGRESS_EVERY_MS = 2_000;

export interface PlayerStatus {
  media: DetectedMedia;
  phase: 'playing' | 'paused' | 'stopped';
  progress: number;
}

export interface PlayerWatchOptions {
  /** Where the site's player shows which video plays, and the video itself. */
  player: SitePlayer;
  /** The current page's identified title (the site script's). */
  media(): Promise<DetectedMedia | null>;
  /** Whether to track now (the user's setting); off counts as leaving the player. */
  enabled(): boolean;
  onStatus(status: PlayerStatus | null): void;
  /** A playback is running while tracking is still to be asked about. */
  onPlayback?(): void;
  signal: AbortSignal;
  intervalMs?: number;
  rules?: PlayerRulesOptions;
}

export function watchPlayer(options: PlayerWatchOptions): void {
  const rules = createPlayerRules(options.rules);
  const known = new Map<string, DetectedMedia>();
  let ignored: string | null = null;
  let lastProgressAt = 0;
  const port = createPlayerPort(() => {
    ignored = rules.status()?.key ?? null;
  });

  function sample(now: number): PlayerSample {
    const key = options.player.playingId(location);
    const video = key ? options.player.video(document) : null;
    if (key && video && !known.has(key)) {
      void options.media().then((media) => {
        if (media?.ids.netflix === key) known.set(key, media);
      });
    }
    if (key && video && !options.enabled() && !video.paused) options.onPlayback?.();
    const tracked = key && video && known.has(key) && options.enabled() && ignored !== key;
    return {
      key: tracked ? key : null,
      now,
      currentTime: video?.currentTime ?? 0,
      duration: video?.duration ?? Number.NaN,
      paused: video?.paused ?? true,
      seeking: video?.seeking ?? false,
      ended: video?.ended ?? false,
    };
  }

  function tick(): void {
    const now = Date.now();
    for (const call of rules.observe(sample(now))) {
      const media = known.get(call.key);
      if (media) port.post({ kind: call.kind, media, progress: call.progress });
    }
    const status = rules.status();
    const media = status && known.get(status.key);
    if (status && media && status.phase !== 'stopped' && now - lastProgressAt >= PROGRESS_EVERY_MS) {
      lastProgressAt = now;
      port.post({ kind: 'progress', media, progress: status.progress });
    }
    options.onStatus(status && media ? { media, phase: status.phase, progress: status.progress } : null);
  }

  const timer = setInterval(tick, options.intervalMs ?? 1_000);
  options.signal.addEventListener('abort', () => {
    clearInterval(timer);
    port.close();
  });
}
