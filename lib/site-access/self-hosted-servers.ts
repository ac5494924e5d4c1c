/**
 * The user's own Plex, Jellyfin and Emby servers (docs/architecture.md, Self-hosted servers): each
 * address added in the options is an optional origin permission asked for from that click, and kept
 * in a storage key of its own with its service. The background registers the service's player script
 * on each address the browser grants, and accepts that service's player messages from it alone.
 */
import { browser } from 'wxt/browser';
import type { PlayerService } from '../player/adapter';
import { serverPermissionPattern } from './server-address';

export type SelfHostedService = Extract<PlayerService, 'plex' | 'jellyfin'>;
export const SELF_HOSTED_SERVICES: readonly SelfHostedService[] = ['plex', 'jellyfin'];

export interface SelfHostedServer {
  service: SelfHostedService;
  /** The exact origin, port included: 'http://192.168.1.20:32400'. */
  origin: string;
}

export const SELF_HOSTED_SERVERS_KEY = 'selfHostedServers';
const MAX_SERVERS = 20;

const isServer = (value: unknown): value is SelfHostedServer => {
  const server = value as Partial<SelfHostedServer> | null;
  if (!server || !SELF_HOSTED_SERVICES.includes(server.service as SelfHostedService)) return false;
  try {
    return typeof server.origin === 'string' && new URL(server.origin).origin === server.origin;
  } catch {
    return false;
  }
};

/** The addresses the user added, as stored (whether the browser still grants each is asked apart). */
export async function storedServers(): Promise<SelfHostedServer[]> {
  const stored = await browser.storage.local.get(SELF_HOSTED_SERVERS_KEY).catch(() => ({}));
  const list: unknown = (stored as Record<string, unknown>)[SELF_HOSTED_SERVERS_KEY];
  return Array.isArray(list) ? list.filter(isServer).slice(0, MAX_SERVERS) : [];
}

function saveServers(servers: SelfHostedServer[]): Promise<void> {
  return browser.storage.local.set({ [SELF_HOSTED_SERVERS_KEY]: servers });
}

/** Whether the browser lets the extension reach the server now; false when it cannot say. */
export async function isServerGranted(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [serverPermissionPattern(origin)] });
  } catch {
    return false;
  }
}

/**
 * Asks the browser for the server and keeps it once granted. Call it straight from the click: the
 * browser asks only within the gesture, so nothing is awaited before the request.
 */
export async function addServer(server: SelfHostedServer): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [serverPermissionPattern(server.origin)] });
  if (!granted) return false;
  const servers = await storedServers();
  const others = servers.filter((kept) => kept.origin !== server.origin);
  await saveServers([...others, server].slice(-MAX_SERVERS));
  return true;
}

/** Forgets the server and gives its access back, unless another address kept needs the same host. */
export async function removeServer(origin: string): Promise<void> {
  const rest = (await storedServers()).filter((kept) => kept.origin !== origin);
  await saveServers(rest);
  const pattern = serverPermissionPattern(origin);
  if (!rest.some((kept) => serverPermissionPattern(kept.origin) === pattern))
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}
