import type { PlayerService } from '../lib/player/adapter';
import {
  isPlayerServiceGranted,
  releasePlayerService,
  requestPlayerService,
} from '../lib/site-access/player-services';
import {
  isStorefrontGranted,
  releaseStorefront,
  requestStorefront,
} from '../lib/site-access/player-storefronts';
import { type HostAccess, useHostAccess } from './use-host-access';

export type PlayerServiceAccess = HostAccess;

/** A player-only service's host access, kept current as the browser grants or withdraws it. */
export const usePlayerService = (service: PlayerService): PlayerServiceAccess =>
  useHostAccess({
    key: service,
    isGranted: () => isPlayerServiceGranted(service),
    request: () => requestPlayerService(service),
    release: () => releasePlayerService(service),
  });

/** One storefront's host access (Prime Video's amazon.de…), asked for and given back on its own. */
export const useStorefront = (host: string): HostAccess =>
  useHostAccess({
    key: host,
    isGranted: () => isStorefrontGranted(host),
    request: () => requestStorefront(host),
    release: () => releaseStorefront(host),
  });
