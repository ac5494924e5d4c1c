import type { DetectedMedia } from '../../media';
import { asInt, asRecord, asText, pick } from '../json';
import { asYear } from '../year';

/**
 * Netflix's same-origin title metadata (docs/sites.md, Netflix: metadata). The runner fetches it with the
 * page's cookies; `origin` is the page's own, so tests can serve it from a local host.
 */
export function netflixMetadataUrl(id: string, origin = 'https://www.netflix.com'): string {
  return `${origin}/nq/website/memberapi/release/metadata?movieid=${encodeURIComponent(id)}`;
}

interface EpisodeHit {
  season: number;
  episode: number;
  title?: string;
}

/** Where the requested video id sits among the show's seasons, if it is one of its episodes. */
function findEpisode(seasons: unknown, videoId: string): EpisodeHit | undefined {
  if (!Array.isArray(seasons)) return undefined;
  for (const season of seasons) {
    const episodes = pick(season, 'episodes');
    if (!Array.isArray(episodes)) continue;
    for (const episode of episodes) {
      const id = asInt(pick(episode, 'id')) ?? asInt(pick(episode, 'episodeId'));
      const seasonNumber = asInt(pick(season, 'seq'));
      const episodeNumber = asInt(pick(episode, 'seq'));
      if (String(id) !== videoId || seasonNumber === undefined || episodeNumber === undefined) continue;
      return { season: seasonNumber, episode: episodeNumber, title: asText(pick(episode, 'title')) };
    }
  }
  return undefined;
}

/**
 * The metadata answer as a DetectedMedia: a film, a show, or (when the requested id is one of the
 * show's episodes, as /watch ids are) that episode with its show. Null for anything unexpected.
 */
export function parseNetflixMetadata(json: unknown, requestedId: string): DetectedMedia | null {
  const video = asRecord(pick(json, 'video'));
  const titleId = asInt(video?.id);
  if (!video || titleId === undefined) return null;
  const type = video.type;
  if (type !== 'movie' && type !== 'show') return null;
  const title = asText(video.title);
  const year = asYear(video.year);
  const ownIds = { netflix: String(titleId) };

  if (type === 'show' && requestedId !== ownIds.netflix) {
    const hit = findEpisode(video.seasons, requestedId);
    if (hit) {
      const media: DetectedMedia = {
        site: 'netflix',
        kind: 'episode',
        ids: { netflix: requestedId },
        show: title ? { ids: ownIds, title } : { ids: ownIds },
        season: hit.season,
        episode: hit.episode,
      };
      if (hit.title) media.title = hit.title;
      return media;
    }
  }
  const media: DetectedMedia = { site: 'netflix', kind: type, ids: ownIds };
  if (title) media.title = title;
  if (year !== undefined) media.year = year;
  return media;
}
