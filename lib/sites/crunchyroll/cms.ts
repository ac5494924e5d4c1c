/**
 * Crunchyroll's own episode JSON, `/content/v2/cms/objects/<id>` (docs/sites.md, Crunchyroll: what
 * plays): `data[0]` of type `episode` with `episode_metadata` (series id and title, season, episode,
 * sequence). Untrusted input: read field by field, never throwing.
 */
import type { DetectedMedia } from '../../media';
import { asRecord, asText, parseJson, pick } from '../json';
import { asEpisodeNumber, asSeasonNumber } from './numbers';

/** The path of an episode's object, as the site's own player asks for it. */
export const cmsObjectPath = (episodeId: string, locale: string) =>
  `/content/v2/cms/objects/${encodeURIComponent(episodeId)}?ratings=true&locale=${encodeURIComponent(locale)}`;

/**
 * The season a series' numbering gives: `season_number` is unreliable (an OVA, a split cour), where
 * the season's slug says 'season-2'; the number is used when the slug says nothing.
 */
function seasonOf(metadata: unknown): number | undefined {
  const slug = asText(pick(metadata, 'season_slug_title'));
  const fromSlug = slug ? /(?:^|-)season-(\d{1,3})(?:-|$)/.exec(slug)?.[1] : undefined;
  return asSeasonNumber(fromSlug ?? pick(metadata, 'season_number'));
}

/** The episode `episodeId` names in a `cms/objects` answer, or null when the answer is about no such episode. */
export function parseCmsEpisode(text: string, episodeId: string): DetectedMedia | null {
  const object = asRecord((pick(parseJson(text), 'data') as unknown[] | undefined)?.[0]);
  if (object?.type !== 'episode' || asText(object.id)?.toUpperCase() !== episodeId) return null;
  const metadata = asRecord(object.episode_metadata);
  const seriesId = asText(metadata?.series_id)?.toUpperCase();
  if (!metadata || !seriesId || !/^[A-Z0-9]{5,20}$/.test(seriesId)) return null;
  const media: DetectedMedia = { site: 'crunchyroll', kind: 'episode', ids: { crunchyroll: episodeId } };
  const title = asText(object.title);
  if (title) media.title = title;
  const showTitle = asText(metadata.series_title);
  media.show = { ids: { crunchyroll: seriesId }, ...(showTitle ? { title: showTitle } : {}) };
  const season = seasonOf(metadata);
  if (season !== undefined) media.season = season;
  // A recap has no episode_number, only its place in the order (12.5).
  const episode = asEpisodeNumber(metadata.episode_number) ?? asEpisodeNumber(metadata.sequence_number);
  if (episode !== undefined) media.episode = episode;
  return media;
}
