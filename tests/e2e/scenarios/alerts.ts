/**
 * The alerts scenario's world and reads. Reads go through the extension's own pages (the same
 * origin as the background): the browser's notifications as the extension sees them
 * (`notifications.getAll`), and the background's IndexedDB (never created from here).
 */
import { DEMO_USER } from '../../simkl-service/index';
import type { AnyPage } from '../harness/pages';
import type { World } from '../harness/world';
import { evaluate } from './extension-pages';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Three days behind the browser, so House of the Dragon's next episode (two days after the
 * service's today) aired yesterday for the browser, and its tv calendar file carries it.
 */
export const SERVICE_CLOCK = () => Date.now() - 3 * DAY;

export const HOUSE_OF_THE_DRAGON = 9200037;

/** Seasons 1 and 2 and S3E1 watched: S3E2 is the one that is out and not watched. */
export function seedWatching(world: World): void {
  world.control.seedLibrary(DEMO_USER.id, [
    { ids: { simkl: HOUSE_OF_THE_DRAGON }, type: 'show', status: 'watching', watchedEpisodes: 19 },
  ]);
}

/**
 * The tv file the first check reads lists nothing yet (a v2 file with no airing, and no cache
 * headers, so the browser keeps no copy); the next read gets the service's own file, where S3E2
 * has appeared: a new calendar entry, as Simkl's next regenerated file brings one.
 */
export function calendarWithoutTheEpisodeFirst(world: World): void {
  world.control.injectFault({
    host: 'data.simkl.in',
    path: '/calendar/v2/tv.json',
    times: 1,
    action: {
      status: 200,
      body: { calendar: [], metadata: {} },
      headers: { 'content-type': 'application/json' },
    },
  });
}

interface NotificationEvent {
  addListener(listener: (id: string) => void): void;
}

interface NotificationsPage {
  browser: {
    notifications: {
      onShown?: NotificationEvent;
      onClosed: NotificationEvent;
      getAll(): Promise<Record<string, unknown>>;
      clear(id: string): Promise<boolean>;
    };
  };
  shownAlerts?: string[];
}

/**
 * Listens, in one of the extension's pages, to the extension's notifications as the browser shows
 * them. Firefox without a desktop closes a notification at once, so `getAll` may already have
 * forgotten it: its `onShown` (and `onClosed`) still tell. Chromium has no `onShown` and keeps a
 * notification in `getAll` until it is closed: the ones already there are dismissed first (as the
 * user would), then every id `getAll` lists afterwards is one shown since.
 */
export function listenToNotifications(page: AnyPage): Promise<void> {
  return evaluate(
    page,
    async () => {
      const scope = globalThis as unknown as NotificationsPage;
      const api = scope.browser.notifications;
      scope.shownAlerts = [];
      const note = (id: string) => {
        if (!scope.shownAlerts?.includes(id)) scope.shownAlerts?.push(id);
      };
      if (api.onShown) {
        api.onShown.addListener(note);
        api.onClosed.addListener(note);
        return;
      }
      await Promise.all(Object.keys(await api.getAll()).map((id) => api.clear(id)));
      const poll = async () => {
        for (const id of Object.keys(await api.getAll())) note(id);
        setTimeout(poll, 100);
      };
      void poll();
    },
    undefined,
  );
}

/** The ids of the notifications shown since `listenToNotifications`. */
export function shownNotifications(page: AnyPage): Promise<string[]> {
  return evaluate(
    page,
    () => [...((globalThis as unknown as NotificationsPage).shownAlerts ?? [])],
    undefined,
  );
}

/** The keys of an IndexedDB store of the extension's; [] while the database does not exist. */
export function storedKeys(page: AnyPage, database: string, store: string): Promise<string[]> {
  return evaluate(
    page,
    async ({ database, store }) => {
      const known = await indexedDB.databases();
      if (!known.some((db) => db.name === database)) return [];
      return new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            resolve([]);
            return;
          }
          const keys = db.transaction(store).objectStore(store).getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve(keys.result.map(String));
          };
        };
      });
    },
    { database, store },
  );
}

/** The users the background keeps an alerts ledger for (`user:<id>`). */
export const alertLedgers = (page: AnyPage) => storedKeys(page, 'simkl-extension-alerts', 'ledgers');
/** The calendar files the background holds (emptied by Clear caches, refilled by the next check). */
export const cachedCalendarFiles = (page: AnyPage) => storedKeys(page, 'simkl-extension-calendar', 'files');
