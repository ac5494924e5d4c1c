/**
 * Strict reading of the sync write bodies, checked whole before anything is applied (docs/simkl-api.md, Sync writes).
 * No body → `400 empty_field`; a body that is not a JSON object, or an accepted key that is not an
 * array of objects → `400 wrong_parameter`; each item must name its title (`ids` or `title`) and pass
 * its endpoint's checks. Keys an endpoint does not accept are ignored, their items silently dropped
 * (Simkl's way with `anime` outside `/sync/history`); `{}` stays a valid empty write.
 */
import { parseIso } from '../dates';
import { apiError, isRecord, type Reply, type RequestInfo } from '../http';

export type Item = Record<string, unknown>;
/** A field check: undefined when fine, else the 400 to answer. */
export type ItemCheck = (item: Item, key: string) => Reply | undefined;

export const missed = (field: string) => apiError(400, 'empty_field', `Missed "${field}" parameter`);
export const wrong = (field: string) => apiError(400, 'wrong_parameter', `Wrong "${field}" parameter`);

export const given = (value: unknown) => value !== undefined && value !== null;

function hasIds(ids: unknown): boolean {
  return (
    isRecord(ids) &&
    Object.values(ids).some(
      (v) => (typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v)),
    )
  );
}

/** `ids` (an object with at least one id) or a `title`; top-level `episodes` need their ids. */
export function namesTitle(item: Item, key: string): Reply | undefined {
  if (given(item.ids) && !isRecord(item.ids)) return wrong('ids');
  if (hasIds(item.ids)) return undefined;
  if (key !== 'episodes' && typeof item.title === 'string' && item.title.trim() !== '') return undefined;
  return missed('ids');
}

/** The named date fields, when given, must be ISO-8601 dates. */
export function dates(item: Item, fields: readonly string[]): Reply | undefined {
  for (const field of fields) if (given(item[field]) && parseIso(item[field]) === null) return wrong(field);
  return undefined;
}

export type WriteBody<K extends string> = { reply: Reply } | { lists: Record<K, Item[]> };

/**
 * The accepted keys' items, or the 400 for the first thing wrong. `null` under a key counts as absent
 * (as PHP reads it).
 */
export function readWriteBody<K extends string>(
  info: RequestInfo,
  keys: readonly K[],
  check: ItemCheck,
): WriteBody<K> {
  if (info.rawBody.trim() === '') return { reply: apiError(400, 'empty_field', 'Empty request body') };
  if (!isRecord(info.body))
    return { reply: apiError(400, 'wrong_parameter', 'The body must be a JSON object') };
  const lists = {} as Record<K, Item[]>;
  for (const key of keys) {
    const value = info.body[key];
    const items: Item[] = [];
    lists[key] = items;
    if (!given(value)) continue;
    if (!Array.isArray(value)) return { reply: wrong(key) };
    for (const item of value) {
      if (!isRecord(item)) return { reply: wrong(key) };
      const error = namesTitle(item, key) ?? check(item, key);
      if (error) return { reply: error };
      items.push(item);
    }
  }
  return { lists };
}
