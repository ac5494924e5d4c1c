/**
 * Keeps each player-only service's scripts in step with its switch and its permission
 * (docs/architecture.md, Player-only services): registered while BOTH the user's switch is on and the
 * browser grants the service's hosts, unregistered otherwise. Runs at start-up, on install or update,
 * on every permission change and every settings change, so turning the switch off (or withdrawing the
 * access in the browser's own UI) never leaves a script running, and scripts a browser dropped come back.
 */
import type { PlayerService } from '../../player/adapter';
import { type HeldScript, putScriptsInPlace } from '../script-registry/registered-scripts';
import { playerOnlyServices, playerServiceScripts } from './player-scripts';

type Script = ReturnType<typeof playerServiceScripts>[number];

export interface PlayerScriptApis {
  /** The user's switch for the service is on (trackServices). */
  isOn(service: PlayerService): Promise<boolean>;
  /** The browser grants the service's hosts. */
  isGranted(service: PlayerService): Promise<boolean>;
  registered(ids: string[]): Promise<HeldScript[]>;
  register(scripts: Script[]): Promise<unknown>;
  unregister(ids: string[]): Promise<unknown>;
}

async function reconcileService(
  apis: PlayerScriptApis,
  service: PlayerService,
  scriptsOf: typeof playerServiceScripts,
): Promise<void> {
  const scripts = scriptsOf(service);
  const ids = scripts.map((script) => script.id);
  const [on, granted, present] = await Promise.all([
    apis.isOn(service),
    apis.isGranted(service),
    apis.registered(ids),
  ]);
  await putScriptsInPlace(apis, on && granted ? scripts : [], present);
}

/** One reconcile at a time: a permission change and a settings change may race on the same ids. */
export function createPlayerScriptRegistration(
  apis: PlayerScriptApis,
  services: () => PlayerService[] = playerOnlyServices,
  scriptsOf: (service: PlayerService) => Script[] = playerServiceScripts,
): () => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  return () => {
    last = last.then(async () => {
      for (const service of services())
        await reconcileService(apis, service, scriptsOf).catch(() => undefined);
    });
    return last;
  };
}
