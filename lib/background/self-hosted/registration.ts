/**
 * Keeps the players' scripts on the user's own servers in step with the addresses added and the
 * browser's grants (docs/architecture.md, Self-hosted servers): registered on every granted address,
 * gone from one whose access was withdrawn (in the options or the browser's own UI), and an address
 * whose access is gone is forgotten, so the options list only what is tracked. Runs on every
 * permission change, every change of the list, at start-up and on install or update.
 */
import type { PlayerService } from '../../player/adapter';
import type { SelfHostedServer } from '../../site-access/self-hosted-servers';
import {
  type HeldScript,
  putScriptsInPlace,
  type RegisteredScript,
} from '../script-registry/registered-scripts';
import { SERVER_SCRIPT_IDS, serverScripts } from './server-scripts';

export type { HeldScript } from '../script-registry/registered-scripts';

export interface ServerRegistrationApis {
  /** The services this build has a player script for. */
  playable: readonly PlayerService[];
  stored(): Promise<SelfHostedServer[]>;
  isGranted(origin: string): Promise<boolean>;
  /** Keeps only these addresses (the granted ones). */
  keep(servers: SelfHostedServer[]): Promise<void>;
  registered(ids: string[]): Promise<HeldScript[]>;
  register(scripts: RegisteredScript[]): Promise<unknown>;
  unregister(ids: string[]): Promise<unknown>;
}

async function reconcile(apis: ServerRegistrationApis): Promise<void> {
  const stored = await apis.stored();
  const grants = await Promise.all(stored.map((server) => apis.isGranted(server.origin)));
  const granted = stored.filter((_, index) => grants[index]);
  if (granted.length !== stored.length) await apis.keep(granted);
  const wanted = serverScripts(granted, apis.playable);
  await putScriptsInPlace(apis, wanted, await apis.registered(SERVER_SCRIPT_IDS));
}

/** One reconcile at a time: a permission change and a list change arrive together. */
export function createServerRegistration(apis: ServerRegistrationApis): () => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  return () => {
    last = last.then(() => reconcile(apis)).catch(() => undefined);
    return last;
  };
}
