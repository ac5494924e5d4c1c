/**
 * Where else a row of Up next can open its title: a site the user turned on, when the title's id
 * there is truly known (Simkl's own ids in the mirror, or a Netflix page resolved earlier). Never a
 * search, never a guess.
 */
import { promisifyRequest, type UseStore } from 'idb-keyval';
import type { Site } from '../media';

export interface WatchLink {
  site: Site;
  url: string;
}

/** Each site's title page by its id; an id that is not a plain number is not used. */
const TITLE_PAGES: ReadonlyArray<[Site, (id: string, type: string) => string]> = [
  ['netflix', (id) => `https://www.netflix.com/title/${id}`],
  ['mal', (id) => `https://myanimelist.net/anime/${id}`],
  ['anilist', (id) => `https://anilist.co/anime/${id}`],
];

/** The links of a title with these ids, in the order above, for the sites `isOn` accepts. */
export function watchLinks(
  ids: Record<string, string | number | undefined>,
  type: string,
  isOn: (site: Site) => boolean,
): WatchLink[] {
  const links: WatchLink[] = [];
  for (const [site, page] of TITLE_PAGES) {
    const id = ids[site];
    // MyAnimeList and AniList ids name anime only.
    if (site !== 'netflix' && type !== 'anime') continue;
    if (id === undefined || !/^\d{1,12}$/.test(String(id)) || !isOn(site)) continue;
    links.push({ site, url: page(String(id), type) });
  }
  return links;
}

/**
 * Simkl id → Netflix id, from the lookups the resolver cached (`netflix:80057281` → its items): the
 * library never carries Netflix ids, so only a Netflix page the user opened names one.
 */
export async function cachedNetflixIds(resolve: UseStore): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  // Only the Netflix keys, by range: the cache holds every site's lookups.
  const range = IDBKeyRange.bound('netflix:', 'netflix:\uffff');
  type Answer = { items?: Array<{ ids?: { simkl?: unknown } }> } | undefined;
  const [keys, answers] = await resolve('readonly', (store) =>
    Promise.all([promisifyRequest(store.getAllKeys(range)), promisifyRequest<Answer[]>(store.getAll(range))]),
  ).catch((): [IDBValidKey[], Answer[]] => [[], []]);
  keys.forEach((key, index) => {
    const match = /^netflix:(\d+)$/.exec(String(key));
    const items = answers[index]?.items;
    const simkl = items?.length === 1 ? items[0]?.ids?.simkl : undefined;
    if (match?.[1] && typeof simkl === 'number') found.set(simkl, match[1]);
  });
  return found;
}
