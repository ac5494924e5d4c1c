/**
 * What the scrobble scenarios sent, read from the service's request log: the scrobble calls and the
 * history writes a late stop becomes, with the body fields that matter (which title, which episode,
 * how far, when watched). The lines go into the test output, to be read by a person.
 */
import type { LogEntry, ServiceControl } from '../../simkl-service/types';
import { eventually } from './slice';

/**
 * Where a scenario reads the service's requests: a world's whole log (`world.control`), or a shared
 * world's log narrowed to one scenario's episodes (`episodesLog`).
 */
export type RequestLog = Pick<ServiceControl, 'requestLog'>;

export interface ScrobbleRecord {
  method: string;
  path: string;
  status: number;
  /** 'show', 'anime' or 'movie': the media key of a scrobble body, 'shows' etc. for a history write. */
  media?: string;
  simkl?: number;
  /** 'S1E21' */
  episode?: string;
  progress?: number;
  watchedAt?: string;
  useTvdbAnimeSeasons?: boolean;
}

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;

const MEDIA_KEYS = ['movie', 'show', 'anime'] as const;
const HISTORY_KEYS = ['movies', 'shows', 'anime', 'episodes'] as const;

function scrobbleFields(body: Json): Partial<ScrobbleRecord> {
  const key = MEDIA_KEYS.find((name) => asObject(body[name]));
  const media = asObject(key && body[key]);
  const episode = asObject(body.episode);
  return {
    media: key,
    simkl: Number(asObject(media?.ids)?.simkl) || undefined,
    episode: episode ? `S${episode.season ?? '?'}E${episode.number}` : undefined,
    progress: typeof body.progress === 'number' ? body.progress : undefined,
  };
}

function historyFields(body: Json): Partial<ScrobbleRecord> {
  const key = HISTORY_KEYS.find((name) => Array.isArray(body[name]) && (body[name] as unknown[]).length > 0);
  const item = asObject(key && (body[key] as unknown[])[0]);
  const season = asObject((item?.seasons as unknown[] | undefined)?.[0]);
  const episode = asObject((season?.episodes as unknown[] | undefined)?.[0]);
  return {
    media: key,
    simkl: Number(asObject(item?.ids)?.simkl) || undefined,
    episode: season && episode ? `S${season.number}E${episode.number}` : undefined,
    watchedAt: typeof item?.watched_at === 'string' ? item.watched_at : undefined,
    useTvdbAnimeSeasons: item?.use_tvdb_anime_seasons === true ? true : undefined,
  };
}

function recordOf(entry: LogEntry): ScrobbleRecord {
  const body = asObject(entry.body) ?? {};
  const fields = entry.path === '/sync/history' ? historyFields(body) : scrobbleFields(body);
  return { method: entry.method, path: entry.path, status: entry.status, ...fields };
}

const isScrobbleTraffic = (entry: LogEntry) =>
  entry.path.startsWith('/scrobble/') || (entry.method === 'POST' && entry.path === '/sync/history');

/** Every scrobble call and history write so far, oldest first. */
export const scrobbleRecords = (log: RequestLog): ScrobbleRecord[] =>
  log.requestLog().filter(isScrobbleTraffic).map(recordOf);

/**
 * A shared world's log as one scenario sees it: the scrobble calls and history writes that name one
 * of its episodes ('S1E21'). Several players in one browser then each read only their own requests.
 */
export function episodesLog(log: RequestLog, episodes: readonly string[]): RequestLog {
  const isOwn = (entry: LogEntry) => {
    const episode = isScrobbleTraffic(entry) ? recordOf(entry).episode : undefined;
    return episode !== undefined && episodes.includes(episode);
  };
  return { requestLog: () => log.requestLog().filter(isOwn) };
}

/** "POST /scrobble/stop 201 anime#9300003 S1E21 progress=95" */
export function describeRecord(record: ScrobbleRecord): string {
  const parts = [record.method, record.path, String(record.status)];
  if (record.media) parts.push(`${record.media}#${record.simkl ?? '?'}`);
  if (record.episode) parts.push(record.episode);
  if (record.progress !== undefined) parts.push(`progress=${record.progress}`);
  if (record.watchedAt) parts.push(`watched_at=${record.watchedAt}`);
  if (record.useTvdbAnimeSeasons) parts.push('use_tvdb_anime_seasons');
  return parts.join(' ');
}

/**
 * The scenario's requests once each has its answer (the log fills the status in when the answer is
 * sent, which can be after the library already moved), printed one per line under a heading.
 */
export async function answeredScrobbles(
  log: RequestLog,
  browser: string,
  scenario: string,
): Promise<ScrobbleRecord[]> {
  const records = await eventually(
    () => scrobbleRecords(log),
    (seen) => seen.every((record) => record.status !== 0),
  );
  const lines = records.map(describeRecord);
  console.log(`[scrobble ${browser}] ${scenario}:\n  ${lines.join('\n  ') || '(none)'}`);
  return records;
}
