/**
 * One metadata request per show (not per viewing) gives every episode's season and number. A show
 * whose metadata fails is null: its episodes are listed as not matched rather than guessed.
 */

import type { NetflixViewing } from '../../sites/netflix/history';
import { netflixMetadataUrl } from '../../sites/netflix/metadata';
import { type NetflixShow, readNetflixShow } from '../../sites/netflix/show';
import type { FetchJson } from './fetch-json';

export async function readNetflixShows(
  viewings: readonly NetflixViewing[],
  origin: string,
  load: FetchJson,
): Promise<Map<string, NetflixShow | null>> {
  const shows = new Map<string, NetflixShow | null>();
  const ids = new Set(viewings.flatMap((viewing) => (viewing.seriesId ? [viewing.seriesId] : [])));
  // One at a time: Netflix's own page never fires hundreds of requests at once, nor should we.
  for (const id of ids) {
    try {
      shows.set(id, readNetflixShow(await load(netflixMetadataUrl(id, origin))));
    } catch {
      shows.set(id, null);
    }
  }
  return shows;
}
