import type { PlayerService } from './adapter';

/** Each service's name as it writes it itself: a brand, never translated. */
export const SERVICE_NAMES: Readonly<Record<PlayerService, string>> = {
  netflix: 'Netflix',
  crunchyroll: 'Crunchyroll',
  disneyplus: 'Disney+',
  primevideo: 'Prime Video',
  max: 'Max',
  hulu: 'Hulu',
  appletv: 'Apple TV+',
  plex: 'Plex',
  jellyfin: 'Jellyfin',
};

/**
 * The services this build has a player adapter and script for: the options offer a switch for these
 * only, so no switch promises tracking that nothing does.
 */
export const PLAYABLE_SERVICES: readonly PlayerService[] = [
  'netflix',
  'crunchyroll',
  'disneyplus',
  'plex',
  'jellyfin',
  'max',
  'hulu',
  'appletv',
  'primevideo',
];
