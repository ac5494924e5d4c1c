/**
 * Proof that the host mapping is complete: visit a probe path on every mapped host and answer the
 * hosts whose request the world did NOT log (an empty list is a pass).
 */
import type { World } from './world';

const PROBE_PATH = '/harness-probe';

/** `visit(url)` navigates a browser page; a 404 from the world still counts as arrived. */
export async function unreachedHosts(
  world: World,
  visit: (url: string) => Promise<unknown>,
): Promise<string[]> {
  world.control.clearLog();
  for (const host of world.hostnames) await visit(`https://${host}${PROBE_PATH}`).catch(() => null);
  const arrived = new Set(
    world.control
      .requestLog()
      .filter((entry) => entry.path === PROBE_PATH)
      .map((entry) => entry.host),
  );
  return world.hostnames.filter((host) => !arrived.has(host));
}
