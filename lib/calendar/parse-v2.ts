/**
 * The v2 files (`/calendar/v2/{kind}.json`): `{calendar:[{simkl_id, date, finale_type,
 * episode?}], metadata:{"<simkl_id>":{title, poster, ids, release_date, …}}}`. Rows carry only
 * the airing; the title and poster live once per item in `metadata`.
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

/** The rows that make sense, or `null` when the file is not a v2 file at all. */
export function parseCalendarV2(json: unknown, kind: CalendarFileKind): CalendarEntry[] | null {
  if (!isRecord(json) || !Array.isArray(json.calendar)) return null;
  const metadata = isRecord(json.metadata) ? json.metadata : {};
  const entries: CalendarEntry[] = [];
  for (const row of json.calendar) {
    const entry = parseRow(row, metadata, kind);
    if (entry) entries.push(entry);
  }
  return entries;
}

function parseRow(
  row: unknown,
  metadata: Record<string, unknown>,
  kind: CalendarFileKind,
): CalendarEntry | undefined {
  if (!isRecord(row)) return undefined;
  const simkl = readSimklId(row) ?? readSimklId(row.ids);
  if (!simkl) return undefined;
  const meta = metadata[String(simkl)];
  const info = isRecord(meta) ? meta : {};
  const title = readText(info.title) ?? readText(row.title);
  // A movie may carry only its release day; a show's `release_date` is its premiere, not this airing.
  const airsAt =
    readInstant(row.date) ?? (kind === 'movie_release' ? readInstant(info.release_date) : undefined);
  if (!title || !airsAt) return undefined;
  const entry: CalendarEntry = { simkl, type: ENTRY_TYPE[kind], title, airsAt };
  const poster = readPosterPath(info.poster);
  if (poster) entry.poster = poster;
  if (kind !== 'movie_release') Object.assign(entry, readEpisodeFields(row.episode));
  // finale_type: 1 a season's last episode, 2 the series' last (docs/simkl-api.md, Calendar files).
  if (kind !== 'movie_release' && (row.finale_type === 1 || row.finale_type === 2)) entry.finale = true;
  return entry;
}
