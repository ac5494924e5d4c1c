import type { MediaIds } from '../../media';
import { providerIds } from '../provider-ids';

/**
 * A Jellyfin or Emby server's item (`BaseItemDto`, docs/sites.md, Jellyfin and Emby: what is read):
 * its `Type`, `Name`, `ProductionYear`, `ProviderIds` (Imdb, Tmdb, Tvdb), and for an episode its
 * `SeriesId`, `SeriesName`, `ParentIndexNumber` (season) and `IndexNumber`.
 */
export interface JellyfinItem {
  /** 'Extra': a trailer, a cinema intro or another extra (`Type` Trailer, or any `ExtraType`), never a programme. */
  type: 'Movie' | 'Episode' | 'Series' | 'Extra';
  ids: MediaIds;
  title?: string;
  year?: number;
  seriesId?: string;
  seriesName?: string;
  season?: number;
  episode?: number;
}

/** Jellyfin's ids are GUIDs (with or without dashes), Emby's are numbers. */
export const ITEM_ID = /^(?:[0-9a-f]{32}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|\d{1,12})$/i;
export const sameItemId = (a: string, b: string) =>
  a.replace(/-/g, '').toLowerCase() === b.replace(/-/g, '').toLowerCase();

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const count = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
const itemId = (value: unknown) => (typeof value === 'string' && ITEM_ID.test(value) ? value : undefined);

/** The item the server answers for `id`, or null for anything else (another item, a malformed answer). */
export function parseJellyfinItem(body: string, id: string): JellyfinItem | null {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return null;
  }
  if (!isRecord(data) || typeof data.Id !== 'string' || !sameItemId(data.Id, id)) return null;
  const { Type: type } = data;
  if (type === 'Trailer' || text(data.ExtraType)) return { type: 'Extra', ids: {} };
  if (type !== 'Movie' && type !== 'Episode' && type !== 'Series') return null;
  const named = isRecord(data.ProviderIds) ? Object.entries(data.ProviderIds) : [];
  const item: JellyfinItem = { type, ids: providerIds(named) };
  const episode = type === 'Episode';
  const fields = {
    title: text(data.Name),
    year: count(data.ProductionYear),
    seriesId: episode ? itemId(data.SeriesId) : undefined,
    seriesName: episode ? text(data.SeriesName) : undefined,
    season: episode ? count(data.ParentIndexNumber) : undefined,
    episode: episode ? count(data.IndexNumber) : undefined,
  };
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) Object.assign(item, { [name]: value });
  }
  return item;
}

/** The item a session of this device is playing (`/Sessions?deviceId=`), or null. */
export function nowPlayingItemId(body: string): string | null {
  try {
    const sessions: unknown = JSON.parse(body);
    const first = Array.isArray(sessions)
      ? sessions.find((s) => isRecord(s) && isRecord(s.NowPlayingItem))
      : null;
    return (isRecord(first) && isRecord(first.NowPlayingItem) && itemId(first.NowPlayingItem.Id)) || null;
  } catch {
    return null;
  }
}
