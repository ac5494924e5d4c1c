/**
 * Keeps each player-only service's scripts in step with its switch and its permission
 * (docs/architecture.md, Player-only services): registered while BOTH the user's switch is on and the
 * browser grants the service's hosts, unregistered otherwise. Runs at start-up, on install or update,
 * on every permission change and every settings change, so turning the switch off (or withdrawing the
 * access in the browser's own UI) never leaves a script running, and scripts a browser dropped come back.
 * A storefront (Prime Video's other Amazon hosts) is in the registration while it is turned on and granted
 * and the service itself is.
 */
import type { PlayerService } from '../../player/adapter';
import { type HeldScript, putScriptsInPlace } from '../script-registry/registered-scripts';
import { playerOnlyServices, playerServiceScripts } from './player-scripts';

type Script = ReturnType<typeof playerServiceScripts>[number];
/** A service's scripts, its storefronts' pages (those turned on and granted) included. */
type ScriptsOf = (service: PlayerService, storefronts: readonly string[]) => Script[];

export interface PlayerScriptApis {
  /** The user's switch for the service is on (trackServices). */
  isOn(service: PlayerService): Promise<boolean>;
  /** The browser grants the service's hosts. */
  isGranted(service: PlayerService): Promise<boolean>;
  /** The service's storefronts the user turned on AND the browser grants (none for most services). */
  storefronts(service: PlayerService): Promise<readonly string[]>;
  registered(ids: string[]): Promise<HeldScript[]>;
  register(scripts: Script[]): Promise<unknown>;
  unregister(ids: string[]): Promise<unknown>;
}

async function reconcileService(
  apis: PlayerScriptApis,
  service: PlayerService,
  scriptsOf: ScriptsOf,
): Promise<void> {
  const [on, granted, storefronts] = await Promise.all([
    apis.isOn(service),
    apis.isGranted(service),
    apis.storefronts(service),
  ]);
  // A storefront adds its pages to the service's one registration; the ids never depend on them.
  const scripts = scriptsOf(service, storefronts);
  const present = await apis.registered(scripts.map((script) => script.id));
  await putScriptsInPlace(apis, on && granted ? scripts : [], present);
}

/** One reconcile at a time: a permission change and a settings change may race on the same ids. */
export function createPlayerScriptRegistration(
  apis: PlayerScriptApis,
  services: () => PlayerService[] = playerOnlyServices,
  scriptsOf: ScriptsOf = (service, storefronts) =>
    playerServiceScripts(service, undefined, undefined, storefronts),
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
