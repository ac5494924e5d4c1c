/**
 * Netflix URLs carry a bare number (a video or a title id); the same-origin metadata endpoint
 * says what it is (docs/sites.md, Netflix: metadata). Fetched from the content script with the user's
 * cookies, once per id.
 */
import type { DetectedMedia } from '../../media';
import { netflixMetadataUrl, parseNetflixMetadata } from '../../sites/netflix/metadata';
import { type FetchJson, fetchJson } from '../import/fetch-json';
import type { MediaResolver } from './run-site-script';

/**
 * A resolver with its own per-id cache. A failed lookup is not cached (the next visit tries
 * again); when it fails, a detection that already knows its kind is kept, otherwise the title is
 * reported as unidentified (null).
 */
export function createNetflixResolver(load: FetchJson = fetchJson): MediaResolver {
  const cache = new Map<string, Promise<DetectedMedia | null>>();
  return async (media) => {
    const id = media.ids.netflix;
    if (!id) return media.kind ? media : null;
    let lookup = cache.get(id);
    if (!lookup) {
      lookup = load(netflixMetadataUrl(id, location.origin)).then(
        (json) => parseNetflixMetadata(json, id),
        () => null,
      );
      cache.set(id, lookup);
    }
    const resolved = await lookup;
    if (!resolved) cache.delete(id);
    return resolved ?? (media.kind ? media : null);
  };
}
