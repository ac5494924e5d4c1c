/**
 * The world the browsers see: the local Simkl service answering for Simkl's hosts, with the project's
 * fixture pages for the supported sites on the same HTTPS port. Every hostname the browsers must send
 * there is listed once, here, from lib/hosts.ts.
 */
import { PLAYER_ONLY_SERVICE_HOSTS, SIMKL_HOSTS, SITE_HOSTS } from '../../../lib/hosts';
import {
  createSelfHostedServers,
  JELLYFIN_HOST,
  PLEX_HOST,
  type ServerRequest,
} from '../../fixtures/sites/selfhosted-servers';
import { createSitePagesHandler } from '../../fixtures/sites/server';
import { STREAMING_PLAYER_HOSTS } from '../../fixtures/sites/streaming-players';
import { startSimklService } from '../../simkl-service/index';
import type { ServiceControl, SimklServiceOptions } from '../../simkl-service/types';

/** The hosts mapped to the world; everything else stays unreachable from the test browsers. */
export const MAPPED_HOSTS: readonly string[] = [
  ...new Set([
    ...SIMKL_HOSTS,
    ...SITE_HOSTS,
    ...Object.values(PLAYER_ONLY_SERVICE_HOSTS).flat(),
    PLEX_HOST,
    JELLYFIN_HOST,
    ...STREAMING_PLAYER_HOSTS,
  ]),
];

/** All a browser launcher needs: where to send which hostnames. */
export interface WorldAddress {
  port: number;
  hostnames: readonly string[];
}

export interface World extends WorldAddress {
  certPem: string;
  control: ServiceControl;
  /** The requests the user's own fixture servers (Plex, Jellyfin) answered on their APIs, with their tokens. */
  serverRequests: ServerRequest[];
  close(): Promise<void>;
}

export type WorldOptions = Omit<SimklServiceOptions, 'extraHosts'>;

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const servers = createSelfHostedServers();
  const service = await startSimklService({
    consent: 'auto',
    ...options,
    extraHosts: { ...createSitePagesHandler(), ...servers.handlers },
  });
  return {
    port: service.port,
    hostnames: [...new Set([...MAPPED_HOSTS, ...service.hostnames])],
    certPem: service.certPem,
    control: service.control,
    serverRequests: servers.requests,
    close: () => service.close(),
  };
}
