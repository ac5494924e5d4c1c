/**
 * The background half of scrobbling (docs/architecture.md, A playback): one session per player tab, fed by
 * its port. Start and pause go straight to Simkl and are never stored (a stale start is worse than none):
 * one refused by the per-second limit is sent again after its wait unless a later event of the same
 * playback came first (live-retry.ts); a stop past 80 % is stored in the outbox before it is sent, so a
 * finished episode is never lost.
 */
import type { Clock } from '../../library/types';
import { type DetectedMedia, type SimklItem, WATCHED_AT_PERCENT } from '../../media';
import type { PlayerMessage, PlayerRating, RatingOutcome, TrackingView } from '../../messaging';
import type { Outbox, WriteAction } from '../../outbox/types';
import type { PlayerService } from '../../player/adapter';
import { writeTargetOf } from '../../read-model/media-target';
import type { MediaRef } from '../../resolve/kinds';
import type { ScrobbleKind, ScrobbleTarget, SimklApi } from '../../simkl/api';
import { episodeOf } from '../items/watched-action';
import { type LiveSchedule, liveRetryDelay, timerSchedule } from './live-retry';
import type { RateFinished } from './rate-finished';
import { reportPlaybackFailure } from './report';

/** How long a stored stop may still go as `/scrobble/stop`; later it is a history write. */
export const LIVE_STOP_MS = 60_000;

export interface ScrobblerServices {
  api: Pick<SimklApi, 'scrobble'>;
  resolver: { resolve(media: MediaRef): Promise<SimklItem | null> };
  outbox: Pick<Outbox, 'enqueue'>;
  isSignedIn(): Promise<boolean>;
  clock: Clock;
  /** The user's "Mark as watched at" (70–95 %); Simkl's own 80 % when not given. */
  watchedAtPercent?(): Promise<number>;
  /** Waits before a refused start or pause is sent again (live-retry.ts); timers by default. */
  schedule?: LiveSchedule;
  /** Rate it after a finish (rate-finished.ts); without it a rating is refused. */
  rateFinished?: RateFinished;
}

interface Session {
  service: PlayerService;
  /** The service's name for the playback: a new one in the same tab is the next video. */
  key: string;
  media: DetectedMedia;
  progress: number;
  started: boolean;
  ignored: boolean;
  /** Counts the player's starts, pauses and stops: a retry waiting for an older one is dropped. */
  events: number;
}

/** `/scrobble/*` names a film, or a show (anime included) with the episode Netflix shows. */
function scrobbleTarget(media: DetectedMedia, item: SimklItem | null, progress: number): ScrobbleTarget {
  const { ids, title, year, type } = writeTargetOf(media, item);
  const base: ScrobbleTarget = {
    type: type ?? (media.kind === 'movie' ? 'movie' : 'show'),
    ids: { ...ids },
    progress,
  };
  if (title !== undefined) base.title = title;
  if (year !== undefined) base.year = year;
  if (media.kind !== 'episode') return base;
  return { ...base, season: media.season, episode: media.episode };
}

/**
 * The finished playback's write. Simkl's `/scrobble/stop` marks only from 80 %: a playback finished
 * between a lower threshold and 80 % goes as a history write (no live scrobble), docs/simkl-api.md,
 * Scrobbling and check-in.
 */
function watchedAction(media: DetectedMedia, progress: number, until: number): WriteAction {
  const scrobble = progress >= WATCHED_AT_PERCENT ? { scrobble: { progress, until } } : {};
  if (media.kind === 'episode' && media.episode !== undefined) {
    return { ...episodeOf(media, media.episode), ...scrobble };
  }
  return { kind: 'watched', scope: 'item', ...scrobble };
}

export function createScrobbler(services: ScrobblerServices) {
  const sessions = new Map<number, Session>();
  // Each tab's last playback stored as watched: the one its line offers Rate it for. Named by the
  // background's own record, not the page's words, so a page can only rate what it just finished.
  const finished = new Map<number, Session>();

  const schedule = services.schedule ?? timerSchedule;

  async function scrobble(kind: ScrobbleKind, session: Session): Promise<void> {
    const item = await services.resolver.resolve(session.media).catch(() => null);
    await services.api.scrobble(kind, scrobbleTarget(session.media, item, session.progress));
  }

  // Best effort: a start or pause that fails is dropped, never queued.
  const send = (kind: ScrobbleKind, session: Session) => scrobble(kind, session).catch(() => {});

  /** A player's start or pause: sent at once, and again after a 429's wait while it is still the latest word. */
  async function sendLive(tabId: number, kind: ScrobbleKind, session: Session, attempt = 1): Promise<void> {
    const event = session.events;
    try {
      await scrobble(kind, session);
    } catch (error) {
      const delay = liveRetryDelay(error, attempt);
      if (delay === null) return;
      schedule(delay, () => {
        // A later pause, stop, Don't track this or the next video superseded it: that one says where playback is.
        const current = sessions.get(tabId) === session && session.events === event && !session.ignored;
        if (current) void sendLive(tabId, kind, session, attempt + 1);
      });
    }
  }

  async function end(tabId: number, session: Session): Promise<void> {
    // Signed out there is no account to write to, and the next sign-in may be anyone's: the stop is
    // not kept. Signed in while Simkl has not said who the user is, the outbox keeps it for that
    // session (outbox/owner.ts).
    if (!session.started || session.ignored || !(await services.isSignedIn())) return;
    const watchedAt = (await services.watchedAtPercent?.().catch(() => undefined)) ?? WATCHED_AT_PERCENT;
    if (session.progress < watchedAt) {
      // Below the user's threshold nothing is marked: past Simkl's own 80 % a stop would mark, so the
      // playback ends as a pause there.
      return send(session.progress >= WATCHED_AT_PERCENT ? 'pause' : 'stop', session);
    }
    const item = await services.resolver.resolve(session.media).catch(() => null);
    const until = services.clock.now() + LIVE_STOP_MS;
    try {
      await services.outbox.enqueue(
        writeTargetOf(session.media, item),
        watchedAction(session.media, session.progress, until),
      );
      finished.set(tabId, session);
    } catch (error) {
      // Not stored (the queue's database failed, or the user signed out just now): said, and tried
      // live as Simkl's own scrobble, best effort like a pause, rather than lost without a word.
      const what = 'could not store a finished playback; sending it live';
      reportPlaybackFailure(what, { tabId, ...session }, error);
      await send('stop', session);
    }
  }

  /** Ends a tab's playback; never rejects, so whatever comes next (another video) is still handled. */
  async function finish(tabId: number, session: Session): Promise<void> {
    sessions.delete(tabId);
    await end(tabId, session).catch((error: unknown) =>
      reportPlaybackFailure('could not end a playback', { tabId, ...session }, error),
    );
  }

  return {
    /** One message from a player's port; answers whether the playback is ignored (Don't track this). */
    async message(tabId: number, message: PlayerMessage): Promise<boolean> {
      // A message that names no service is Netflix's, keyed by its id (the port's validator says so too).
      const service = message.service ?? 'netflix';
      const key = message.key ?? message.media.ids.netflix ?? '';
      let session = sessions.get(tabId);
      if (session && (session.service !== service || session.key !== key)) {
        // The stop of the previous video was lost with a restart or a race: end it here.
        await finish(tabId, session);
        session = undefined;
      }
      session ??= {
        service,
        key,
        media: message.media,
        progress: 0,
        started: false,
        ignored: false,
        events: 0,
      };
      sessions.set(tabId, session);
      session.progress = message.progress;
      // The player reports progress only for a playback it started: after a worker restart this
      // is how the new worker learns that a disconnect must stop it.
      if (message.kind === 'progress') session.started = true;
      if (message.kind === 'progress' || session.ignored) return session.ignored;
      if (!(await services.isSignedIn())) return false;
      session.events += 1;
      if (message.kind === 'stop') await finish(tabId, session);
      else {
        session.started = true;
        await sendLive(tabId, message.kind, session);
      }
      return false;
    },
    /** The port closed: the tab closed or left the service; a started playback stops where it was. */
    async disconnected(tabId: number): Promise<void> {
      const session = sessions.get(tabId);
      if (session) await finish(tabId, session);
      finished.delete(tabId);
    },
    /** Rate it: the user's rating of the playback this tab just finished, as one write. */
    async rate(tabId: number, { service, key, rating }: PlayerRating): Promise<RatingOutcome> {
      const done = finished.get(tabId);
      if (!done || done.service !== service || done.key !== key || !services.rateFinished) return 'failed';
      return services.rateFinished(done.media, rating).catch(() => 'failed' as const);
    },
    tracking(): TrackingView[] {
      return [...sessions]
        .filter(([, session]) => session.started && !session.ignored)
        .map(([tabId, { service, media, progress }]) => ({ tabId, service, media, progress }));
    },
    /** Don't track this: the playing session ends as a pause, so nothing is marked watched. */
    async ignore(tabId: number): Promise<void> {
      const session = sessions.get(tabId);
      if (!session || session.ignored) return;
      session.ignored = true;
      session.events += 1;
      if (session.started) await send('pause', session);
    },
  };
}

export type Scrobbler = ReturnType<typeof createScrobbler>;
