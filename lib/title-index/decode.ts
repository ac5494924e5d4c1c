/** Reads the title index (format.ts) into a lookup by a page's ids: the content scripts' side. */
import { queryIdKeys, typeFitsKind } from '../library/id-keys';
import { LIST_STATUSES, type MediaIds, type MediaKind } from '../media';
import {
  type IndexedTitle,
  SIMKL_TYPES,
  type StoredTitleIndex,
  TITLE_INDEX_ID_FIELDS,
  TITLE_INDEX_VERSION,
  type TitleIndexPointer,
} from './format';

/** A title's state by the ids of a page (its lookup target); null = not in the index. */
export type TitleLookup = (target: { ids: MediaIds; kind?: MediaKind }) => IndexedTitle | null;

const count = (field: string | undefined) => (field ? Number(field) : undefined);

function titleOf(fields: string[]): IndexedTitle | null {
  const [typeCode, statusCode] = fields[0] ?? '';
  const type = SIMKL_TYPES.find((name) => name[0] === typeCode);
  const status = LIST_STATUSES.find((name) => name[0] === statusCode);
  if (!type || !status) return null;
  const title: IndexedTitle = { type, status, rating: count(fields[1]) ?? null };
  if (fields[2]) title.watched = count(fields[2]);
  if (fields[3]) title.total = count(fields[3]);
  if (fields[4]) title.next = fields[4];
  return title;
}

/** Where a query key's id sits in a row (format.ts) and how it reads there: "imdb:tt1" → [5, "tt1"]. */
function fieldOf(key: string): [number, string] | undefined {
  const [name = '', scope = '', id] = key.split(':');
  if (name === 'tmdb') return [6, (scope === 'movie' ? 'm' : 't') + id];
  const position = (TITLE_INDEX_ID_FIELDS as readonly string[]).indexOf(name) + 5;
  return position > 4 ? [position, scope] : undefined;
}

/** The first row with `value` in field `position`, found in the text itself (no row split). */
function scan(rows: string, [position, value]: [number, string]): string[] | undefined {
  const needle = `|${value}`;
  for (let at = rows.indexOf(needle); at >= 0; at = rows.indexOf(needle, at + 1)) {
    const after = rows[at + needle.length];
    if (after !== undefined && after !== '|' && after !== '\n') continue;
    const end = rows.indexOf('\n', at);
    const fields = rows.slice(rows.lastIndexOf('\n', at) + 1, end < 0 ? undefined : end).split('|');
    if (fields[position] === value) return fields;
  }
  return undefined;
}

/** Every row by each of its ids, the first row winning as in scan(). */
function rowsById(rows: string): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const row of rows.split('\n')) {
    const fields = row.split('|');
    for (let position = 5; position < fields.length; position++) {
      const key = position + (fields[position] ?? '');
      if (fields[position] && !byId.has(key)) byId.set(key, fields);
    }
  }
  return byId;
}

/** A lookup by page ids over a way to find the row holding an id (scanLookup, mapLookup). */
function lookupBy(rowOf: (field: [number, string]) => string[] | undefined): TitleLookup {
  return ({ ids, kind }) => {
    for (const key of queryIdKeys(ids, kind)) {
      const field = fieldOf(key);
      const title = field ? titleOf(rowOf(field) ?? []) : null;
      if (title && typeFitsKind(title.type, kind)) return title;
    }
    return null;
  };
}

/** For a few lookups (the control's one title): searches the text, no map built. */
export const scanLookup = (rows: string): TitleLookup => lookupBy((field) => scan(rows, field));

/** For many lookups (a list page's badges): maps every row once. */
export function mapLookup(rows: string): TitleLookup {
  const byId = rowsById(rows);
  return lookupBy(([position, value]) => byId.get(position + value));
}

/** The lookup, or null when `stored` is not the pointed user's index in this version. */
export function decodeTitleIndex(
  pointer: unknown,
  stored: unknown,
  lookup: (rows: string) => TitleLookup,
): TitleLookup | null {
  const index = stored as StoredTitleIndex | undefined;
  const { v, user } = (pointer ?? {}) as Partial<TitleIndexPointer>;
  if (v !== TITLE_INDEX_VERSION || index?.v !== v || index.user !== user || typeof index.rows !== 'string')
    return null;
  return lookup(index.rows);
}
