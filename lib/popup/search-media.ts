import type { DetectedMedia } from '../media';
import type { SearchResultView } from '../messaging';

/**
 * A search result as the media of a write. The protocol's media always names a site; a Simkl
 * search result has none, so it borrows one whose rules fit the type (the resolver treats every
 * MyAnimeList item as anime) and carries the Simkl id, which the background uses first.
 */
export function mediaFromSearchResult(result: SearchResultView): DetectedMedia {
  const media: DetectedMedia = {
    site: result.type === 'anime' ? 'mal' : 'imdb',
    kind: result.type,
    ids: { simkl: result.simkl },
    title: result.title,
  };
  if (result.year !== undefined) media.year = result.year;
  return media;
}
