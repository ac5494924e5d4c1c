/**
 * The legacy v1 files (`/calendar/{kind}.json`): an array of self-contained rows
 * `{title, poster, date, release_date, ids{simkl_id,…}, episode?{season?, episode, url}}`.
 * Deprecated by Simkl (stops updating 2027-02-01), kept as the fallback when v2 fails.
 */
import {
  isRecord,
  readEpisodeFields,
  readInstant,
  readPosterPath,
  readSimklId,
  readText,
} from './parse-fields';
import { type CalendarEntry, type CalendarFileKind, ENTRY_TYPE } from './types';

/** The rows that make sense, or `null` when the file is not a v1 file at all. */
export function parseCalendarV1(json: unknown, kind: CalendarFileKind): CalendarEntry[] | null {
  if (!Array.isArray(json)) return null;
  const entries: CalendarEntry[] = [];
  for (const row of json) {
    const entry = parseRow(row, kind);
    if (entry) entries.push(entry);
  }
  return entries;
}

function parseRow(row: unknown, kind: CalendarFileKind): CalendarEntry | undefined {
  if (!isRecord(row)) return undefined;
  const simkl = readSimklId(row.ids) ?? readSimklId(row);
  const title = readText(row.title);
  // A movie may carry only its release day; a show's `release_date` is its premiere, not this airing.
  const airsAt =
    readInstant(row.date) ?? (kind === 'movie_release' ? readInstant(row.release_date) : undefined);
  if (!simkl || !title || !airsAt) return undefined;
  const entry: CalendarEntry = { simkl, type: ENTRY_TYPE[kind], title, airsAt };
  const poster = readPosterPath(row.poster);
  if (poster) entry.poster = poster;
  if (kind !== 'movie_release') Object.assign(entry, readEpisodeFields(row.episode));
  return entry;
}
