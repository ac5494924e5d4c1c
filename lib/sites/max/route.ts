/**
 * Max's own route JSON, `cms/routes/video/watch/<video id>/<edit id>?include=default` (docs/sites.md,
 * Max: what plays), JSON:API shaped: the `included` video of that id has its `materialType` (EPISODE,
 * MOVIE; anything else is no programme), name, season and episode numbers, and its show by reference.
 * Untrusted input: read field by field, never throwing.
 */
import type { DetectedMedia } from '../../media';
import { asInt, asRecord, asText, type JsonRecord, parseJson, pick } from '../json';
import { asYear } from '../year';

/** Where the site's web app asks (the 2024 host; after the rename back to HBO Max it is unverified). */
export const MAX_API_ORIGIN = 'https://default.any-amer.prd.api.discomax.com';

export const maxRoutePath = (videoId: string, editId: string) =>
  `/cms/routes/video/watch/${encodeURIComponent(videoId)}/${encodeURIComponent(editId)}?include=default`;

function includedOf(answer: unknown, type: string, id: unknown): JsonRecord | undefined {
  const included = pick(answer, 'included');
  if (!Array.isArray(included) || typeof id !== 'string') return undefined;
  return included.map(asRecord).find((item) => item?.type === type && item.id === id);
}

function episodeOf(attributes: JsonRecord, show: string | undefined): DetectedMedia | null {
  const season = asInt(attributes.seasonNumber);
  const episode = asInt(attributes.episodeNumber);
  if (!show || season === undefined || episode === undefined) return null;
  const title = asText(attributes.name);
  return {
    site: 'max',
    kind: 'episode',
    ids: {},
    ...(title ? { title } : {}),
    show: { ids: {}, title: show },
    season,
    episode,
  };
}

/** What `videoId` plays in a route answer: an episode or a film, else null (a trailer, an extra, another video). */
export function parseMaxRoute(text: string, videoId: string): DetectedMedia | null {
  const answer = parseJson(text);
  const video = includedOf(answer, 'video', videoId);
  const attributes = asRecord(video?.attributes);
  if (!video || !attributes) return null;
  if (attributes.materialType === 'EPISODE') {
    const showId = pick(video, 'relationships', 'show', 'data', 'id');
    return episodeOf(attributes, asText(pick(includedOf(answer, 'show', showId), 'attributes', 'name')));
  }
  if (attributes.materialType !== 'MOVIE') return null;
  const title = asText(attributes.name);
  const year = asYear(Number(asText(attributes.airDate)?.slice(0, 4)));
  return title ? { site: 'max', kind: 'movie', ids: {}, title, ...(year ? { year } : {}) } : null;
}
