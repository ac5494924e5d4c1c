/**
 * Keeps the players' scripts on the user's own servers in step with the addresses added and the
 * browser's grants (docs/architecture.md, Self-hosted servers): registered on every granted address,
 * gone from one whose access was withdrawn (in the options or the browser's own UI), and an address
 * whose access is gone is forgotten, so the options list only what is tracked. Runs on every
 * permission change, every change of the list, at start-up and on install or update.
 */
import type { PlayerService } from '../../player/adapter';
import type { SelfHostedServer } from '../../site-access/self-hosted-servers';
import { type RegisteredScript, SERVER_SCRIPT_IDS, serverScripts } from './server-scripts';

export type HeldScript = Pick<RegisteredScript, 'id' | 'js' | 'matches' | 'runAt'>;

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

const sameList = (a?: readonly string[], b?: readonly string[]) =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
const isSame = (held: HeldScript, wanted: RegisteredScript) =>
  held.runAt === wanted.runAt &&
  sameList(held.js, wanted.js) &&
  sameList([...(held.matches ?? [])].sort(), wanted.matches);

async function reconcile(apis: ServerRegistrationApis): Promise<void> {
  const stored = await apis.stored();
  const grants = await Promise.all(stored.map((server) => apis.isGranted(server.origin)));
  const granted = stored.filter((_, index) => grants[index]);
  if (granted.length !== stored.length) await apis.keep(granted);
  const wanted = serverScripts(granted, apis.playable);
  const held = await apis.registered(SERVER_SCRIPT_IDS);
  const stale = held.filter((script) => {
    const want = wanted.find((candidate) => candidate.id === script.id);
    return !want || !isSame(script, want);
  });
  if (stale.length > 0) await apis.unregister(stale.map((script) => script.id));
  const kept = held.filter((script) => !stale.includes(script));
  const missing = wanted.filter((script) => !kept.some((present) => present.id === script.id));
  if (missing.length > 0) await apis.register(missing);
}

/** One reconcile at a time: a permission change and a list change arrive together. */
export function createServerRegistration(apis: ServerRegistrationApis): () => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  return () => {
    last = last.then(() => reconcile(apis)).catch(() => undefined);
    return last;
  };
}
