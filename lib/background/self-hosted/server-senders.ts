/**
 * Which of the user's own servers a player's tab is on (docs/architecture.md, Self-hosted servers):
 * the exact origin, port included, of an address added for that service. The match pattern the
 * browser grants covers every port of the host (Firefox's patterns take none); this check does not.
 */
import {
  SELF_HOSTED_SERVERS_KEY,
  type SelfHostedServer,
  type SelfHostedService,
} from '../../site-access/self-hosted-servers';

/** The service of the server at `url`'s origin, or null when it is none of the user's. */
export function serverServiceAt(
  url: string | undefined,
  servers: readonly SelfHostedServer[],
): SelfHostedService | null {
  let origin: string;
  try {
    const parsed = new URL(url ?? '');
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    origin = parsed.origin;
  } catch {
    return null;
  }
  return servers.find((server) => server.origin === origin)?.service ?? null;
}

/** The stored list, read once and again only after it changes (a player speaks every two seconds). */
export function createServerSenders(
  read: () => Promise<SelfHostedServer[]>,
  onChange: (listener: (changes: Record<string, unknown>) => void) => void,
): (url: string | undefined) => Promise<SelfHostedService | null> {
  let servers: Promise<SelfHostedServer[]> | null = null;
  onChange((changes) => {
    if (SELF_HOSTED_SERVERS_KEY in changes) servers = null;
  });
  return async (url) => {
    servers ??= read().catch(() => []);
    return serverServiceAt(url, await servers);
  };
}
