/** Reads the title index (format.ts) into a lookup by a page's ids: the content scripts' side. */
import { queryIdKeys, typeFitsKind } from '../library/id-keys';
import { LIST_STATUSES, type MediaIds, type MediaKind } from '../media';
import {
  type IndexedTitle,
  SIMKL_TYPES,
  type StoredTitleIndex,
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

/** The lookup, or null when `stored` is not the pointed user's index in this version. */
export function decodeTitleIndex(pointer: unknown, stored: unknown): TitleLookup | null {
  const index = stored as StoredTitleIndex | undefined;
  const { v, user } = (pointer ?? {}) as Partial<TitleIndexPointer>;
  if (v !== TITLE_INDEX_VERSION || index?.v !== v || index.user !== user || typeof index.rows !== 'string')
    return null;
  const byId = new Map<string, string[]>();
  for (const row of index.rows ? index.rows.split('\n') : []) {
    const fields = row.split('|');
    const [imdb, tmdb, mal, netflix] = fields.slice(5);
    if (imdb) byId.set(`imdb:${imdb}`, fields);
    if (tmdb) byId.set(`tmdb:${tmdb[0] === 'm' ? 'movie' : 'tv'}:${tmdb.slice(1)}`, fields);
    if (mal) byId.set(`mal:${mal}`, fields);
    if (netflix) byId.set(`netflix:${netflix}`, fields);
  }
  return ({ ids, kind }) => {
    for (const key of queryIdKeys(ids, kind)) {
      const title = titleOf(byId.get(key) ?? []);
      if (title && typeFitsKind(title.type, kind)) return title;
    }
    return null;
  };
}
