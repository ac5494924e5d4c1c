/**
 * The user's state whatever id the page carries, the same in every browser. The service's library
 * answers carry only the ids Simkl's do (never Netflix's; an anime's IMDb id only sometimes), so the
 * control on a Netflix title page or an anime's IMDb page reaches the user's entry only through
 * `/search/id` and the Simkl id it answers; the second visit finds that answer kept and asks nothing.
 */
import { expect } from 'vitest';
import { SIMKL_HOSTS } from '../../../lib/hosts';
import type { SeedItem } from '../../simkl-service/types';
import { type AnyPage, waitForButtonText } from '../harness/pages';
import type { World } from '../harness/world';
import { type Browserish, closePage, evaluate, goto, waitForText } from './extension-pages';
import { settled } from './faults-run';
import { openPopupOn } from './popup';

export interface IdPage {
  name: string;
  url: string;
  /** For tabs.query, to open the popup on it. */
  pattern: string;
  /** The mirror's id-index key of the page's id, which library answers never fill. */
  pageIdKey: string;
  control: RegExp;
  popupStatus: RegExp;
}

export const ID_PAGES: readonly IdPage[] = [
  {
    name: 'a Netflix title page',
    url: 'https://www.netflix.com/title/80057281',
    pattern: 'https://www.netflix.com/title/80057281*',
    pageIdKey: 'netflix:80057281',
    control: /^Simkl: Watching .*S1E6 next/,
    popupStatus: /^Watching$/,
  },
  {
    name: "an anime's IMDb page",
    url: 'https://www.imdb.com/title/tt0877057/',
    pattern: 'https://www.imdb.com/title/tt0877057/*',
    pageIdKey: 'imdb:tt0877057',
    control: /^Simkl: Completed ★9/,
    popupStatus: /^Completed$/,
  },
];

/** Stranger Things part-way (a Netflix original) and Death Note completed and rated (an anime). */
export const ID_LIBRARY: SeedItem[] = [
  { ids: { imdb: 'tt4574334' }, type: 'show', status: 'watching', watchedEpisodes: 5 },
  { ids: { mal: '1535' }, type: 'anime', status: 'completed', rating: 9 },
];

const SIMKL: readonly string[] = SIMKL_HOSTS;

/** Requests to Simkl's hosts logged since `from`, as "GET api.simkl.com/search/id". */
export function simklRequests(world: World, from: number): string[] {
  return world.control
    .requestLog()
    .slice(from)
    .filter((entry) => SIMKL.includes(entry.host))
    .map((entry) => `${entry.method} ${entry.host}${entry.path}`);
}

/** Whether the mirror's id index (the `ids` store of lib/library/db.ts) holds `key`, read from an extension page. */
export function mirrorKnowsId(extensionPage: AnyPage, key: string): Promise<boolean> {
  return evaluate(
    extensionPage,
    (wanted) =>
      new Promise<boolean>((resolve, reject) => {
        const opening = indexedDB.open('simkl-extension-library-mirror');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const connection = opening.result;
          const reading = connection.transaction('ids', 'readonly').objectStore('ids').getKey(wanted);
          reading.onerror = () => reject(reading.error);
          reading.onsuccess = () => {
            connection.close();
            resolve(reading.result !== undefined);
          };
        };
      }),
    key,
  );
}

export interface VisitFigures {
  first: string[];
  second: string[];
}

/**
 * Visits the page, checks the control and the popup show the user's status from the library, then
 * visits it again in a new tab (after `restart`, a new worker) and answers the Simkl requests of each
 * visit.
 */
export async function visitTwice(
  world: World,
  browser: Browserish,
  page: IdPage,
  restart?: () => Promise<void>,
): Promise<VisitFigures> {
  await settled(world);
  let from = world.control.requestLog().length;
  const tab = await browser.newTab();
  await goto(tab, page.url);
  await waitForButtonText(tab, page.control);
  await settled(world);
  const first = simklRequests(world, from);

  const popup = await openPopupOn(browser, page.pattern);
  await waitForText(popup, '[data-testid="item-status"]', page.popupStatus);
  await closePage(popup);
  await closePage(tab);
  await settled(world);

  await restart?.();
  from = world.control.requestLog().length;
  const again = await browser.newTab();
  await goto(again, page.url);
  await waitForButtonText(again, page.control);
  await settled(world, 1_000);
  const second = simklRequests(world, from);
  await closePage(again);
  expect(first).toContain('GET api.simkl.com/search/id');
  return { first, second };
}
