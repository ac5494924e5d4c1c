/**
 * Answers to the sync writes (docs/simkl-api.md, Sync writes). `/sync/history` counts what it added and
 * reports `statuses`; `/sync/add-to-list` echoes each added item with its `to`; removals count
 * `deleted`. Every one lists unmatched items under `not_found`. Any 2xx with an empty body is a
 * success with nothing to report.
 */
import { isListStatus } from '../media';
import type { WriteResult } from './api';
import { compact, expectRecord, isRecord } from './parse-guards';
import { readSimklId } from './parse-ids';

type Status = WriteResult['statuses'][number];

function statusOf(ids: unknown, status: unknown): Status {
  return compact<Status>({
    simkl: isRecord(ids) ? readSimklId(ids) : undefined,
    status: isListStatus(status) ? status : undefined,
  });
}

function countNotFound(raw: unknown): number {
  if (!isRecord(raw)) return 0;
  return Object.values(raw).reduce<number>((sum, list) => sum + (Array.isArray(list) ? list.length : 0), 0);
}

function readStatuses(added: unknown): Status[] {
  if (!isRecord(added)) return [];
  const statuses: Status[] = [];
  if (Array.isArray(added.statuses)) {
    for (const entry of added.statuses) {
      if (!isRecord(entry)) continue;
      const request = isRecord(entry.request) ? entry.request : {};
      const response = isRecord(entry.response) ? entry.response : {};
      statuses.push(statusOf(request.ids, response.status));
    }
  }
  for (const key of ['movies', 'shows', 'anime']) {
    const list = added[key];
    if (!Array.isArray(list)) continue; // counts, not echoes
    for (const entry of list)
      if (isRecord(entry)) statuses.push(statusOf(entry.ids, entry.to ?? entry.status));
  }
  return statuses;
}

export function parseWriteResult(data: unknown): WriteResult {
  if (data === null || data === undefined) return { notFound: 0, statuses: [] };
  const body = expectRecord(data, 'write result');
  return { notFound: countNotFound(body.not_found), statuses: readStatuses(body.added) };
}
