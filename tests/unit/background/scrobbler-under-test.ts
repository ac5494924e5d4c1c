/**
 * The scrobbler the scrobble-* tests drive (lib/background/scrobble/scrobbler.ts): on the outbox
 * harness's fakes, signed in, with the test's own services on top; and the episode they play.
 */
import { createScrobbler, type ScrobblerServices } from '../../../lib/background/scrobble/scrobbler';
import type { DetectedMedia } from '../../../lib/media';
import type { PlayerMessage } from '../../../lib/messaging';
import type { Harness } from '../outbox/harness';

/** S1E3 of Game of Thrones as the Netflix player names it (the /watch id is the episode's). */
export const GOT_EPISODE: DetectedMedia = {
  site: 'netflix',
  kind: 'episode',
  ids: { netflix: '70216940' },
  show: { ids: { netflix: '70305903' }, title: 'Game of Thrones' },
  season: 1,
  episode: 3,
};

export function scrobblerUnderTest(h: Harness, services: Partial<ScrobblerServices> = {}) {
  return createScrobbler({
    api: h.simkl.api,
    resolver: h.resolver,
    outbox: h.outbox,
    isSignedIn: async () => true,
    clock: h.clock,
    ...services,
  });
}

/** What the player says of `media`; with a `key`, as the engine keys a Netflix playback. */
export function playerSays(
  kind: PlayerMessage['kind'],
  progress: number,
  { key, media = GOT_EPISODE }: { key?: string; media?: DetectedMedia } = {},
): PlayerMessage {
  return key === undefined ? { kind, media, progress } : { kind, service: 'netflix', key, media, progress };
}

/** What the fake Simkl heard on /scrobble/*, as "kind progress". */
export const scrobblesSent = (h: Harness): string[] =>
  h.simkl.callsOf('scrobble').map((call) => {
    const [kind, target] = call.args as [string, { progress: number }];
    return `${kind} ${Math.round(target.progress)}`;
  });
