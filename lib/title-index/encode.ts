/** Builds the title index from the mirror's entries as shown (the background's side of format.ts). */

import { tmdbScopeOf } from '../library/id-keys';
import { LIST_STATUSES, type LibraryEntry } from '../media';
import { SIMKL_TYPES, type StoredTitleIndex, TITLE_INDEX_VERSION } from './format';

/** An id as id-keys.ts compares it; empty when absent or when it would break the row's syntax. */
function idField(value: string | number | undefined): string {
  const id = value === undefined ? '' : String(value).trim().toLowerCase();
  return /[|\n]/.test(id) ? '' : id;
}

/** Free text (an episode code) without the row's separators. */
function textField(value: string | null | undefined): string {
  return (value ?? '').replace(/[|\n]/g, '');
}

function countField(value: number | undefined): string {
  return value !== undefined && Number.isInteger(value) && value >= 0 ? String(value) : '';
}

export function encodeRow(entry: LibraryEntry): string {
  const series = entry.type !== 'movie';
  const tmdb = idField(entry.ids.tmdb);
  const fields = [
    `${entry.type[0]}${entry.status[0]}`,
    entry.rating === null ? '' : countField(entry.rating),
    series ? countField(entry.watchedEpisodes) : '',
    series ? countField(entry.totalEpisodes) : '',
    series ? textField(entry.nextToWatch) : '',
    idField(entry.ids.imdb),
    tmdb && (tmdbScopeOf(entry) === 'movie' ? 'm' : 't') + tmdb,
    idField(entry.ids.mal),
    idField(entry.ids.netflix),
    idField(entry.ids.anidb),
    idField(entry.ids.tvdb),
  ];
  while (fields.length > 1 && fields.at(-1) === '') fields.pop();
  return fields.join('|');
}

/** Titles no page can name (no IMDb, TMDB, MAL, Netflix, AniDB or TVDB id) are left out: no page would find them. */
export function encodeTitleIndex(entries: readonly LibraryEntry[], user: number): StoredTitleIndex {
  const rows = entries
    .filter((entry) => SIMKL_TYPES.includes(entry.type) && LIST_STATUSES.includes(entry.status))
    .map(encodeRow)
    .filter((row) => row.split('|').length > 5);
  return { v: TITLE_INDEX_VERSION, user, count: rows.length, rows: rows.join('\n') };
}
