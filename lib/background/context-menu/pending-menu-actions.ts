/**
 * A menu click's write waits here until its confirm window answers. storage.session outlives a worker
 * that sleeps or restarts (the window's Confirm still finds it) but not the browser, and content scripts
 * cannot read it. An action is taken once: a second Confirm, or one after the expiry, finds nothing.
 */
import { browser } from 'wxt/browser';
import { createSerial } from '../../library/serial';
import type { DetectedMedia } from '../../media';
import type { MenuActionView } from '../../messaging';

export interface PendingMenuAction extends MenuActionView {
  /** The link as the sites' URL readers read it: what Confirm writes for. */
  media: DetectedMedia;
  /** When the menu was clicked (ms since the epoch). */
  at: number;
}

/** The slice of storage.session the actions need; fakeBrowser's and the real one both fit. */
export interface SessionArea {
  get(keys?: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const PENDING_MENU_PREFIX = 'menuAction:';
/** Long enough to read the window, short enough that a forgotten one does not linger. */
export const PENDING_MENU_TTL_MS = 10 * 60_000;

export interface PendingMenuActions {
  put(action: Omit<PendingMenuAction, 'at'>): Promise<string>;
  get(id: string): Promise<PendingMenuAction | null>;
  /** The action, removed in the same turn: whoever takes it second gets null. */
  take(id: string): Promise<PendingMenuAction | null>;
}

export function createPendingMenuActions({
  area = browser.storage.session as SessionArea,
  now = Date.now,
  newId = () => crypto.randomUUID(),
}: {
  area?: SessionArea;
  now?: () => number;
  newId?: () => string;
} = {}): PendingMenuActions {
  // Reads and removals in turn, so two Confirms at once cannot both read the action before it goes.
  const serially = createSerial();
  const keyOf = (id: string) => `${PENDING_MENU_PREFIX}${id}`;
  const isLive = (action: PendingMenuAction) => now() - action.at < PENDING_MENU_TTL_MS;
  const read = async (id: string) =>
    ((await area.get(keyOf(id)))[keyOf(id)] as PendingMenuAction | undefined) ?? null;

  async function dropExpired(): Promise<void> {
    const all = await area.get(null);
    const expired = Object.entries(all)
      .filter(([key, value]) => key.startsWith(PENDING_MENU_PREFIX) && !isLive(value as PendingMenuAction))
      .map(([key]) => key);
    if (expired.length > 0) await area.remove(expired);
  }

  return {
    put: (action) =>
      serially(async () => {
        await dropExpired();
        const id = newId();
        await area.set({ [keyOf(id)]: { ...action, at: now() } });
        return id;
      }),
    get: async (id) => {
      const action = await read(id);
      return action && isLive(action) ? action : null;
    },
    take: (id) =>
      serially(async () => {
        const action = await read(id);
        if (!action) return null;
        await area.remove(keyOf(id));
        return isLive(action) ? action : null;
      }),
  };
}
