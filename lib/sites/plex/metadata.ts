import type { MediaIds } from '../../media';
import { providerIds } from '../provider-ids';

/**
 * A Plex server's `/library/metadata/<ratingKey>` answer, asked as JSON (docs/sites.md, Plex: what is
 * read): `MediaContainer.Metadata[0]` with its `type`, titles, numbers and `Guid` list
 * (`imdb://tt…`, `tmdb://…`, `tvdb://…`). Older agents name the item in `guid` instead
 * (`com.plexapp.agents.imdb://tt0133093?lang=en`), read as the fallback.
 */
export interface PlexItem {
  /** 'clip': an extra (a trailer, a cinema pre-roll, a featurette), never a programme. */
  type: 'movie' | 'episode' | 'show' | 'clip';
  ids: MediaIds;
  title?: string;
  year?: number;
  /** An episode's show: its ratingKey (its Guids are the show's ids) and title. */
  showKey?: string;
  showTitle?: string;
  season?: number;
  episode?: number;
}

/** The older agents' names for each provider (`com.plexapp.agents.<agent>://<id>…`). */
const LEGACY_AGENTS: Readonly<Record<string, string>> = {
  imdb: 'imdb',
  themoviedb: 'tmdb',
  thetvdb: 'tvdb',
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const count = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
const ratingKey = (value: unknown) => {
  const key = typeof value === 'number' ? String(value) : value;
  return typeof key === 'string' && /^\d{1,12}$/.test(key) ? key : undefined;
};

/** `imdb://tt0133093` → ['imdb', 'tt0133093']; a legacy guid's first path part is its id. */
function guidPair(guid: unknown): [string, string] | null {
  const match = typeof guid === 'string' ? /^([\w.]+):\/\/([^/?]+)/.exec(guid) : null;
  if (!match) return null;
  const scheme = match[1]!;
  const agent = scheme.startsWith('com.plexapp.agents.') ? LEGACY_AGENTS[scheme.slice(19)] : scheme;
  return agent ? [agent, match[2]!] : null;
}

function itemIds(metadata: Record<string, unknown>): MediaIds {
  const guids = Array.isArray(metadata.Guid) ? metadata.Guid : [];
  const pairs = guids.map((guid) => guidPair(isRecord(guid) ? guid.id : null));
  const legacy = guidPair(metadata.guid);
  return providerIds([...pairs, legacy].filter((pair) => pair !== null));
}

/** The item the server answers for `key`, or null for anything else (another item, a malformed answer). */
export function parsePlexMetadata(body: string, key: string): PlexItem | null {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return null;
  }
  const container = isRecord(data) && isRecord(data.MediaContainer) ? data.MediaContainer : null;
  const metadata = Array.isArray(container?.Metadata) ? container.Metadata[0] : null;
  if (!isRecord(metadata) || ratingKey(metadata.ratingKey) !== key) return null;
  const { type } = metadata;
  if (type === 'clip') return { type, ids: {} };
  if (type !== 'movie' && type !== 'episode' && type !== 'show') return null;
  const item: PlexItem = { type, ids: itemIds(metadata) };
  const fields = {
    title: text(metadata.title),
    year: count(metadata.year),
    showKey: type === 'episode' ? ratingKey(metadata.grandparentRatingKey) : undefined,
    showTitle: type === 'episode' ? text(metadata.grandparentTitle) : undefined,
    season: type === 'episode' ? count(metadata.parentIndex) : undefined,
    episode: type === 'episode' ? count(metadata.index) : undefined,
  };
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) Object.assign(item, { [name]: value });
  }
  return item;
}
