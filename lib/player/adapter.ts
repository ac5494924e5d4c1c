/**
 * The contract between the player engine (lib/player/) and each service's adapter
 * (lib/sites/<service>/player.ts): docs/architecture.md, A playback. Lower than the sites on purpose
 * (a room of its own), so that an adapter can implement it and the background can name a service.
 */
import type { DetectedMedia } from '../media';

/** The services the engine tracks; each is turned on by the user (Netflix's switch is today's trackNetflix). */
export type PlayerService =
  | 'netflix'
  | 'crunchyroll'
  | 'disneyplus'
  | 'primevideo'
  | 'max'
  | 'hulu'
  | 'appletv'
  | 'plex'
  | 'jellyfin';

/** Every service, in the order the options list them (the validators check messages against it). */
export const PLAYER_SERVICES: readonly PlayerService[] = [
  'netflix',
  'crunchyroll',
  'disneyplus',
  'primevideo',
  'max',
  'hulu',
  'appletv',
  'plex',
  'jellyfin',
];

export function isPlayerService(value: unknown): value is PlayerService {
  return (PLAYER_SERVICES as readonly unknown[]).includes(value);
}

/** What plays, as the service tells it: ids where it has them, else title, year, season and episode. */
export interface NowPlaying {
  /** Names this playback (an episode id, a path): a new key is a new playback (autoplay). */
  key: string;
  media: DetectedMedia;
}

export interface PlayerAdapter {
  service: PlayerService;
  /** The key of the playback this frame's page shows, or null when it is not a player page (browse, billboards, previews). Cheap and synchronous: called once a second. */
  playingKey(location: Location, doc: Document): string | null;
  /** The real programme's <video> in THIS frame, or null (the video may be in a child frame of another origin: the engine relays). */
  video(doc: Document): HTMLVideoElement | null;
  /** What plays for a key (may read the page's structured data or the service's own same-origin JSON with the page's cookies); null = could not tell. */
  nowPlaying(key: string, location: Location, doc: Document): Promise<NowPlaying | null>;
  /** True while an ad, a preview or a recap card plays instead of the programme: nothing is counted then. */
  isAd?(doc: Document, video: HTMLVideoElement): boolean;
  /** Where the <video>'s own time is not the programme's (Disney+), the programme's position from the player's UI; null = use the video. */
  position?(doc: Document, video: HTMLVideoElement): { currentTime: number; duration: number } | null;
}

/** The part that runs in a player iframe of another origin: it only finds the video and reports samples to the top frame through the extension's messaging. */
export interface PlayerFrameAdapter {
  service: PlayerService;
  video(doc: Document): HTMLVideoElement | null;
  isAd?(doc: Document, video: HTMLVideoElement): boolean;
}
