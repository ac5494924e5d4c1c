/**
 * The sign-in a Jellyfin or Emby web page keeps in its own storage (docs/sites.md, Jellyfin and Emby:
 * what is read): Jellyfin's `jellyfin_credentials`, Emby's `servercredentials3`, each a list of
 * servers with the user's id and access token, and the device id the page plays under. Storage is
 * the page's origin's own, so a token found there was given to this origin's web client: it is sent
 * back to this origin only, the server whose address matches first.
 */
export interface JellyfinSession {
  origin: string;
  token: string;
  userId: string;
  deviceId?: string;
}

export type PageStorage = Pick<Storage, 'getItem'>;

const CREDENTIAL_KEYS = ['jellyfin_credentials', 'servercredentials3'] as const;
const DEVICE_ID_KEY = '_deviceId2';
const TOKEN = /^[\w-]{8,200}$/;
const USER_ID = /^[0-9a-f-]{1,36}$/i;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function read(storage: PageStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null; // storage blocked by the browser: no session to read
  }
}

function servers(storage: PageStorage): Record<string, unknown>[] {
  for (const key of CREDENTIAL_KEYS) {
    try {
      const data: unknown = JSON.parse(read(storage, key) ?? 'null');
      const list = isRecord(data) && Array.isArray(data.Servers) ? data.Servers : [];
      const usable = list.filter(
        (server): server is Record<string, unknown> =>
          isRecord(server) &&
          typeof server.AccessToken === 'string' &&
          TOKEN.test(server.AccessToken) &&
          typeof server.UserId === 'string' &&
          USER_ID.test(server.UserId),
      );
      if (usable.length > 0) return usable;
    } catch {
      // a malformed entry: the next key, else no session
    }
  }
  return [];
}

const originOf = (address: unknown) => {
  try {
    return typeof address === 'string' ? new URL(address).origin : null;
  } catch {
    return null;
  }
};
const isAt = (server: Record<string, unknown>, origin: string) =>
  [server.ManualAddress, server.LocalAddress, server.RemoteAddress].some(
    (address) => originOf(address) === origin,
  );
const lastAccess = (server: Record<string, unknown>) =>
  typeof server.DateLastAccessed === 'number'
    ? server.DateLastAccessed
    : Date.parse(String(server.DateLastAccessed)) || 0;

/** The page's sign-in for its own server, or null when the page keeps none. */
export function jellyfinSessionOf(storage: PageStorage, location: Location): JellyfinSession | null {
  const list = servers(storage);
  const server =
    list.find((candidate) => isAt(candidate, location.origin)) ??
    [...list].sort((a, b) => lastAccess(b) - lastAccess(a))[0];
  if (!server) return null;
  const session = {
    origin: location.origin,
    token: String(server.AccessToken),
    userId: String(server.UserId),
  };
  const deviceId = read(storage, DEVICE_ID_KEY);
  return deviceId && /^[\w-]{1,200}$/.test(deviceId) ? { ...session, deviceId } : session;
}
