/**
 * Calendar files (simkl-api.md §4): v1 is an array of items with `ids.simkl_id`; v2 is
 * `{calendar: [{simkl_id, date, episode?}], metadata: {"<id>": {title, poster, …}}}`.
 * Entries without a Simkl id are skipped: a CDN file is regenerated often and one bad row should
 * not hide the rest of the week.
 */
import type { SimklType } from '../media';
import type { CalendarEntry } from './api';
import {
  compact,
  expectList,
  expectRecord,
  isRecord,
  type JsonRecord,
  optionalInt,
  optionalString,
} from './parse-guards';
import { readAnimeType, readSimklId } from './parse-ids';
import { readPoster } from './parse-media';
import type { CalendarKind } from './urls';

const KIND_TYPE: Record<CalendarKind, SimklType> = { tv: 'show', anime: 'anime', movie_release: 'movie' };

function entry(simkl: number, type: SimklType, row: JsonRecord, meta: JsonRecord): CalendarEntry {
  const episode = isRecord(row.episode) ? row.episode : {};
  return compact<CalendarEntry>({
    simkl,
    type,
    date: optionalString(row.date) ?? optionalString(row.release_date) ?? optionalString(meta.release_date),
    title: optionalString(meta.title),
    poster: readPoster(meta.poster),
    season: optionalInt(episode.season),
    episode: optionalInt(episode.episode),
    animeType: type === 'anime' ? readAnimeType(meta.anime_type) : undefined,
  });
}

export function parseCalendar(data: unknown, kind: CalendarKind): CalendarEntry[] {
  const type = KIND_TYPE[kind];
  if (Array.isArray(data)) {
    return data.flatMap((row) => {
      const simkl = isRecord(row) && isRecord(row.ids) ? readSimklId(row.ids) : undefined;
      return isRecord(row) && simkl !== undefined ? [entry(simkl, type, row, row)] : [];
    });
  }
  const body = expectRecord(data, 'calendar');
  const metadata = isRecord(body.metadata) ? body.metadata : {};
  return expectList(body.calendar, 'calendar rows').flatMap((row) => {
    const simkl = isRecord(row) ? readSimklId(row) : undefined;
    if (!isRecord(row) || simkl === undefined) return [];
    const meta = metadata[String(simkl)];
    return [entry(simkl, type, row, isRecord(meta) ? meta : {})];
  });
}
