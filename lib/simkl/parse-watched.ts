/**
 * `/sync/watched` answers a parallel array (docs/simkl-api.md, Sync reads): `result` is true, false or
 * "not_found", and `list` the item's list when it is in one. `[]` asked gives `null`.
 */
import { isListStatus } from '../media';
import type { WatchedAnswer } from './api';
import { invalid, isRecord } from './parse-guards';

export function parseWatched(raw: unknown): WatchedAnswer[] {
  if (raw === null) return [];
  if (!Array.isArray(raw)) invalid('/sync/watched answer');
  return raw.map((item) => {
    const record = isRecord(item) ? item : {};
    return {
      watched: record.result === true,
      notFound: record.result === 'not_found',
      list: isListStatus(record.list) ? record.list : null,
    };
  });
}
