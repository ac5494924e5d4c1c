import type { PlayerService } from '../../player/adapter';
import {
  SELF_HOSTED_SERVICES,
  type SelfHostedServer,
  type SelfHostedService,
} from '../../site-access/self-hosted-servers';
import { serverPermissionPattern } from '../../site-access/server-address';
import type { RegisteredScript } from '../script-registry/registered-scripts';

export type { RegisteredScript } from '../script-registry/registered-scripts';

/** The registration's id for a service's player on the user's own servers. */
export const serverScriptId = (service: SelfHostedService) => `${service}-player-servers`;
export const SERVER_SCRIPT_IDS = SELF_HOSTED_SERVICES.map(serverScriptId);

/**
 * The service's player script (entrypoints/<service>-player.content.ts, built as
 * content-scripts/<service>-player.js) on every granted address of that service, one registration per
 * service. Only services this build has a player for (`playable`, lib/player/services.ts) are registered.
 */
export function serverScripts(
  granted: readonly SelfHostedServer[],
  playable: readonly PlayerService[],
): RegisteredScript[] {
  return SELF_HOSTED_SERVICES.filter((service) => playable.includes(service)).flatMap((service) => {
    const matches = [
      ...new Set(
        granted.filter((server) => server.service === service).map((s) => serverPermissionPattern(s.origin)),
      ),
    ].sort();
    if (matches.length === 0) return [];
    const id = serverScriptId(service);
    const script = { id, js: [`content-scripts/${service}-player.js`], matches, runAt: 'document_start' };
    return [{ ...script, persistAcrossSessions: true } as RegisteredScript];
  });
}
