/**
 * One download of one calendar file, conditional when we hold a copy. data.simkl.in needs no
 * token, and its URLs never take a query string: Simkl asks clients not to add cache busters
 * (docs/simkl-api.md, Calendar files).
 */

import { SimklError } from '../errors';
import { SIMKL_DATA_ORIGIN } from '../hosts';
import { parseCalendarV1 } from './parse-v1';
import { parseCalendarV2 } from './parse-v2';
import type { CalendarEntry, CalendarFileKind, FetchLike } from './types';

export type CalendarVersion = 1 | 2;

export function calendarUrl(kind: CalendarFileKind, version: CalendarVersion): string {
  return `${SIMKL_DATA_ORIGIN}/calendar/${version === 2 ? 'v2/' : ''}${kind}.json`;
}

export type FileDownload =
  | { modified: true; entries: CalendarEntry[]; lastModified?: string }
  | { modified: false };

/** Throws a `SimklError`: `offline` when nothing answered, else why the answer is unusable. */
export async function downloadCalendarFile(
  fetch: FetchLike,
  kind: CalendarFileKind,
  version: CalendarVersion,
  lastModified?: string,
): Promise<FileDownload> {
  const headers: Record<string, string> = lastModified ? { 'If-Modified-Since': lastModified } : {};
  let response: Response;
  try {
    response = await fetch(calendarUrl(kind, version), { headers });
  } catch (error) {
    throw new SimklError('offline', `Calendar unreachable: ${String(error)}`);
  }
  if (response.status === 304 && lastModified) return { modified: false };
  if (!response.ok) {
    const errorKind =
      response.status === 404 ? 'not-found' : response.status >= 500 ? 'server' : 'bad-request';
    throw new SimklError(errorKind, `Calendar ${kind} v${version}: HTTP ${response.status}`, {
      status: response.status,
    });
  }
  const json: unknown = await response.json().catch(() => undefined);
  const entries = version === 2 ? parseCalendarV2(json, kind) : parseCalendarV1(json, kind);
  if (!entries) throw new SimklError('invalid-response', `Calendar ${kind} v${version} has an unknown shape`);
  return { modified: true, entries, lastModified: response.headers.get('Last-Modified') ?? undefined };
}
