/**
 * Bringing the browser's registered content scripts to the ones wanted now (docs/architecture.md,
 * Optional sites): the optional sites, the player-only services and the user's own servers each decide
 * what they want; this puts it in place the same way for all three. The browser keeps a registration
 * across updates as it was made, so one that differs (another run time, file, hosts or frames) is
 * replaced, not kept.
 */
import type { browser } from 'wxt/browser';

export type RegisteredScript = Parameters<typeof browser.scripting.registerContentScripts>[0][number];
/** What the browser says of a script it holds. */
export type HeldScript = Pick<RegisteredScript, 'id' | 'js' | 'matches' | 'runAt' | 'allFrames'>;

export interface ScriptRegistry {
  register(scripts: RegisteredScript[]): Promise<unknown>;
  unregister(ids: string[]): Promise<unknown>;
}

/** The same list either way round: a browser may answer a script's hosts in another order. */
const sameSet = (a: readonly string[] = [], b: readonly string[] = []) =>
  JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/** Whether the browser holds `held` as one of `scripts` is now (same files, hosts, frames and run time). */
export function sameScript(held: HeldScript, scripts: readonly RegisteredScript[]): boolean {
  const wanted = scripts.find((script) => script.id === held.id);
  return (
    wanted !== undefined &&
    wanted.runAt === held.runAt &&
    Boolean(wanted.allFrames) === Boolean(held.allFrames) &&
    sameSet(wanted.js, held.js) &&
    sameSet(wanted.matches, held.matches)
  );
}

/**
 * Unregisters what `present` holds that is not wanted as it is, then registers what is wanted and not
 * held: nothing is registered twice, and `wanted` empty takes every present script away.
 */
export async function putScriptsInPlace(
  registry: ScriptRegistry,
  wanted: readonly RegisteredScript[],
  present: readonly HeldScript[],
): Promise<void> {
  const stale = present.filter((held) => !sameScript(held, wanted));
  if (stale.length > 0) await registry.unregister(stale.map((held) => held.id));
  const kept = present.filter((held) => !stale.includes(held));
  const missing = wanted.filter((script) => !kept.some((held) => held.id === script.id));
  if (missing.length > 0) await registry.register([...missing]);
}
