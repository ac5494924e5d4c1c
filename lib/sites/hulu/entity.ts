/**
 * Hulu's own entity JSON, `discover.hulu.com/content/v3/entity?eab_ids=<id>` (docs/sites.md, Hulu:
 * what plays): `items[0]` is the episode (its series' id and name, season and number) or the film (its
 * id, name and premiere date). Untrusted input: read field by field, never throwing.
 */
import type { DetectedMedia } from '../../media';
import { asInt, asRecord, asText, parseJson, pick } from '../json';
import { asYear } from '../year';

/** Where the site's own web app asks what an id is (the answer is the page's language, the numbers are not). */
export const HULU_ENTITY_ORIGIN = 'https://discover.hulu.com';

export const huluEntityPath = (eabId: string) =>
  `/content/v3/entity?language=en&schema=4&eab_ids=${encodeURIComponent(eabId)}`;

/** Hulu's ids are UUIDs: the last 36 characters of a /watch, /series or /movie path's last segment. */
export const HULU_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const isHuluId = (value: string | undefined): value is string =>
  value !== undefined && new RegExp(`^${HULU_ID.source}$`).test(value);

function episodeOf(item: Record<string, unknown>, id: string): DetectedMedia | null {
  const seriesId = asText(item.series_id)?.toLowerCase();
  const series = asText(item.series_name);
  const season = asInt(item.season);
  const episode = asInt(item.number);
  if (!isHuluId(seriesId) || !series || season === undefined || episode === undefined) return null;
  const title = asText(item.name);
  return {
    site: 'hulu',
    kind: 'episode',
    ids: { hulu: id },
    ...(title ? { title } : {}),
    // The series' own id: the key its lookup, and a "Not this?" correction, hold for every episode.
    show: { ids: { hulu: seriesId }, title: series },
    season,
    episode,
  };
}

function movieOf(item: Record<string, unknown>, id: string): DetectedMedia | null {
  const title = asText(item.name);
  if (!title) return null;
  const year = asYear(Number(asText(item.premiere_date)?.slice(0, 4)));
  return { site: 'hulu', kind: 'movie', ids: { hulu: id }, title, ...(year ? { year } : {}) };
}

/** What `eabId` names in an entity answer, or null when the answer is about something else or no programme. */
export function parseHuluEntity(text: string, eabId: string): DetectedMedia | null {
  const items = pick(parseJson(text), 'items');
  const item = asRecord(Array.isArray(items) ? items[0] : undefined);
  const id = asText(item?.id)?.toLowerCase();
  if (!item || id !== eabId) return null;
  if (item._type === 'episode') return episodeOf(item, id);
  if (item._type === 'movie') return movieOf(item, id);
  return null;
}
