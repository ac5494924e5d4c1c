import {
  hostPermission,
  PLAYER_FRAME_HOSTS,
  PLAYER_ONLY_SERVICE_HOSTS,
  PLAYER_PAGE_PATHS,
} from '../../hosts';
import type { PlayerService } from '../../player/adapter';
import type { RegisteredScript } from '../script-registry/registered-scripts';

/**
 * The player-only services (docs/architecture.md, Player-only services): every service with hosts in
 * PLAYER_ONLY_SERVICE_HOSTS has its player script (a convention test checks the files), so the hosts'
 * registry is the one list to extend.
 */
export const playerOnlyServices = (): PlayerService[] =>
  Object.keys(PLAYER_ONLY_SERVICE_HOSTS) as PlayerService[];

/**
 * A player-only service's scripts, as WXT builds them from entrypoints/<service>-player.content.ts
 * (its pages, top frame) and, where its video plays in an iframe of another origin,
 * <service>-player-frame.content.ts (every frame of its frame hosts). document_start, like the sites'.
 */
export function playerServiceScripts(
  service: PlayerService,
  pageHosts: Readonly<Record<string, readonly string[]>> = PLAYER_ONLY_SERVICE_HOSTS,
  frameHosts: Readonly<Record<string, readonly string[]>> = PLAYER_FRAME_HOSTS,
  /** The service's storefronts turned on and granted: their player pages only, as amazon.com's. */
  storefronts: readonly string[] = [],
): RegisteredScript[] {
  // The permission is the host's; the script runs only where the service plays on it.
  const paths = PLAYER_PAGE_PATHS[service] ?? {};
  const page = [...(pageHosts[service] ?? []), ...storefronts].map((host) =>
    paths[host] ? `https://${host}${paths[host]}` : hostPermission(host),
  );
  const frames = (frameHosts[service] ?? []).map(hostPermission);
  const id = `${service}-player`;
  const scripts: RegisteredScript[] = [
    { id, js: [`content-scripts/${id}.js`], matches: page, runAt: 'document_start' },
  ];
  if (frames.length > 0) {
    const frameId = `${service}-player-frame`;
    scripts.push({
      id: frameId,
      js: [`content-scripts/${frameId}.js`],
      matches: frames,
      runAt: 'document_start',
      allFrames: true,
    });
  }
  return scripts.map((script) => ({ ...script, persistAcrossSessions: true }));
}
