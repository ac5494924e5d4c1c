/**
 * A small stateful Simkl behind the SimklApi interface: lists with per-item change times and
 * activity timestamps that move on every write (docs/simkl-api.md, Incremental sync), so sync and outbox tests see the
 * same deltas a real account gives. Every call is recorded; failures can be queued per method.
 *
 * Stamps have whole seconds, as Simkl's do, and `date_from` is strictly after. By default every
 * write is one second after the last; given a clock, writes in the same second of that clock share
 * one stamp (the later one does not move /sync/activities), as they do on Simkl.
 */
import type { ErrorData } from '../../../lib/errors';
import type { LibraryEntry, ListStatus, SimklItem, SimklType } from '../../../lib/media';
import {
  type Activities,
  type ActivityBucket,
  type AllItemsQuery,
  type HistoryWrite,
  type IdQuery,
  LIBRARY_PATH,
  type LibraryItem,
  type LibraryPath,
  type SimklApi,
  type WatchedSeasons,
  type WriteResult,
  type WriteTarget,
} from '../../../lib/simkl/api';

export interface Call {
  method: keyof SimklApi;
  args: unknown[];
}

interface Kept {
  /** A series' `episodes` are its watched episodes, answered only when a read asks for them. */
  entry: LibraryItem;
  changedAt: string;
  ratingChangedAt?: string;
}

interface QueuedFailure {
  error: Error;
  /** The write reaches Simkl but the answer is lost (uncertain outcome). */
  applied: boolean;
}

const TYPE_OF_PATH: Record<LibraryPath, SimklType> = { movies: 'movie', shows: 'show', anime: 'anime' };

function emptyBucket(): ActivityBucket {
  return {
    all: null,
    rated_at: null,
    playback: null,
    plantowatch: null,
    watching: null,
    completed: null,
    hold: null,
    dropped: null,
    removed_from_list: null,
  };
}

export function emptyActivities(): Activities {
  return { all: null, settings: null, movies: emptyBucket(), shows: emptyBucket(), anime: emptyBucket() };
}

const after = (stamp: string, dateFrom?: string) => !dateFrom || Date.parse(stamp) > Date.parse(dateFrom);
const clone = <T>(value: T): T => structuredClone(value);

/** The row as all-items answers it: series' episodes only when asked ({} when none), never movies'. */
function withEpisodes({ episodes, ...entry }: LibraryItem, asked: boolean | undefined): LibraryItem {
  return asked && entry.type !== 'movie' ? { ...entry, episodes: episodes ?? {} } : entry;
}

/** Season → episode → when, changed by a history write's seasons (added, or taken back). */
function editSeasons(
  current: WatchedSeasons | undefined,
  seasons: HistoryWrite['seasons'],
  at: string | null,
): WatchedSeasons {
  const next: WatchedSeasons = clone(current ?? {});
  for (const season of seasons ?? []) {
    const row = next[season.number] ?? {};
    for (const { number } of season.episodes) {
      if (at === null) delete row[number];
      else row[number] ??= at;
    }
    if (Object.keys(row).length > 0) next[season.number] = row;
    else delete next[season.number];
  }
  return next;
}

/** Simkl's form of an instant: whole seconds, no milliseconds (`2016-10-29T09:03:45Z`). */
const simklStamp = (time: number) => new Date(time).toISOString().replace('.000Z', 'Z');

export function createFakeSimkl(options: { clock?: { now(): number } } = {}) {
  const calls: Call[] = [];
  const catalog: SimklItem[] = [];
  const lists = new Map<string, Kept>();
  const failures = new Map<keyof SimklApi, QueuedFailure[]>();
  const checkins: unknown[] = [];
  let activities = emptyActivities();
  let last = Date.UTC(2024, 0, 1);
  /** Ids that library answers leave out, as Simkl's do (never `netflix`; an anime's `imdb` often). */
  const omittedIds = new Set<string>();
  function asListed(entry: LibraryEntry): LibraryEntry {
    if (omittedIds.size === 0) return entry;
    const ids = Object.fromEntries(Object.entries(entry.ids).filter(([key]) => !omittedIds.has(key)));
    return { ...entry, ids: ids as LibraryEntry['ids'] };
  }
  /** Overrides for the read answers, to model null / {} bodies the client should have folded. */
  const rawAnswers = new Map<keyof SimklApi, unknown>();

  function stamp(): string {
    const second = options.clock ? Math.floor(options.clock.now() / 1000) * 1000 : last + 1000;
    last = Math.max(last, second);
    return simklStamp(last);
  }

  function bump(type: SimklType, fields: Array<keyof ActivityBucket>): string {
    const at = stamp();
    const bucket = activities[LIBRARY_PATH[type]];
    for (const field of fields) bucket[field] = at;
    bucket.all = at;
    activities.all = at;
    return at;
  }

  function findInCatalog(ids: WriteTarget['ids']): SimklItem | undefined {
    return catalog.find(
      (item) =>
        (ids.simkl !== undefined && item.ids.simkl === ids.simkl) ||
        (ids.imdb !== undefined && item.ids.imdb === ids.imdb) ||
        (ids.mal !== undefined && item.ids.mal === ids.mal),
    );
  }

  function keep(entry: LibraryItem, at: string, ratingAt?: string): void {
    lists.set(`${entry.type}:${entry.ids.simkl}`, {
      entry,
      changedAt: at,
      ratingChangedAt: ratingAt ?? lists.get(`${entry.type}:${entry.ids.simkl}`)?.ratingChangedAt,
    });
  }

  function record<T>(method: keyof SimklApi, args: unknown[], run: () => T): Promise<T> {
    calls.push({ method, args: clone(args) });
    const failure = failures.get(method)?.shift();
    if (failure) {
      if (failure.applied) run();
      return Promise.reject(failure.error);
    }
    if (rawAnswers.has(method)) return Promise.resolve(rawAnswers.get(method) as T);
    return Promise.resolve(clone(run()));
  }

  function writeEach<T extends WriteTarget>(
    items: T[],
    apply: (item: T, known: SimklItem) => void,
  ): WriteResult {
    let notFound = 0;
    for (const item of items) {
      const known = findInCatalog(item.ids);
      if (known) apply(item, known);
      else notFound += 1;
    }
    return { notFound, statuses: [] };
  }

  function listed(type: SimklType, simkl: number): Kept | undefined {
    return lists.get(`${type}:${simkl}`);
  }

  function setStatus(known: SimklItem, status: ListStatus, extra: Partial<LibraryItem> = {}): void {
    const previous = listed(known.type, known.ids.simkl)?.entry;
    const moved: ListStatus =
      known.type === 'movie' && (status === 'watching' || status === 'hold') ? 'completed' : status;
    const at = bump(known.type, previous && previous.status !== moved ? [previous.status, moved] : [moved]);
    const entry: LibraryItem = { ...(previous ?? { ...known, rating: null }), ...extra, status: moved };
    keep(entry, at);
  }

  const api: SimklApi = {
    searchById: (query: IdQuery) =>
      record('searchById', [query], () =>
        catalog
          .filter(
            (item) =>
              (query.simkl !== undefined && item.ids.simkl === query.simkl) ||
              (query.imdb !== undefined && item.ids.imdb === query.imdb) ||
              (query.mal !== undefined && item.ids.mal === query.mal) ||
              (query.netflix !== undefined && item.ids.netflix === query.netflix) ||
              (query.anidb !== undefined && item.ids.anidb === query.anidb) ||
              (query.tvdb !== undefined && item.ids.tvdb === query.tvdb) ||
              (query.animeplanet !== undefined && item.ids.animeplanet === query.animeplanet) ||
              (query.anilist !== undefined && item.ids.anilist === query.anilist) ||
              (query.kitsu !== undefined && item.ids.kitsu === query.kitsu) ||
              (query.livechart !== undefined && item.ids.livechart === query.livechart) ||
              (query.crunchyroll !== undefined && item.ids.crunchyroll === query.crunchyroll) ||
              (query.hulu !== undefined && item.ids.hulu === query.hulu) ||
              // Simkl's exact title lookup, in the library the query names.
              (query.title !== undefined && item.title === query.title && item.type === query.titleType) ||
              (query.tmdb !== undefined &&
                item.ids.tmdb === query.tmdb &&
                (query.tmdbType === 'movie') === (item.type === 'movie')),
          )
          // /search/id answers with Simkl's own ids only (docs/simkl-api.md, Search).
          .map((item) => ({
            type: item.type,
            title: item.title,
            year: item.year,
            ids: { simkl: item.ids.simkl },
          })),
      ),
    searchText: (type, query) => record('searchText', [type, query], () => []),
    activities: () => record('activities', [], () => activities),
    allItems: (query: AllItemsQuery) =>
      record('allItems', [query], () =>
        [...lists.values()]
          .filter(({ entry }) => !query.type || LIBRARY_PATH[entry.type] === query.type)
          .filter(({ entry }) => !query.status || entry.status === query.status)
          .filter(({ changedAt }) => after(changedAt, query.dateFrom))
          .map(({ entry }) => withEpisodes(asListed(entry), query.episodes)),
      ),
    allItemIds: (path) =>
      record('allItemIds', [path], () =>
        [...lists.values()]
          .filter(({ entry }) => entry.type === TYPE_OF_PATH[path])
          .map(({ entry }) => ({ type: entry.type, simkl: entry.ids.simkl })),
      ),
    ratings: (query) =>
      record('ratings', [query], () =>
        [...lists.values()]
          .filter(({ entry }) => !query.type || LIBRARY_PATH[entry.type] === query.type)
          .filter(({ ratingChangedAt }) => ratingChangedAt && after(ratingChangedAt, query.dateFrom))
          .map(({ entry }) => ({
            type: entry.type,
            ids: asListed(entry).ids,
            rating: entry.rating,
            ratedAt: entry.ratedAt,
          })),
      ),
    addToList: (items) =>
      record('addToList', [items], () => writeEach(items, (item, known) => setStatus(known, item.to))),
    addToHistory: (items) =>
      record('addToHistory', [items], () =>
        writeEach(items, (item, known) => {
          const previous = listed(known.type, known.ids.simkl)?.entry;
          if (known.type === 'movie' || !item.seasons) {
            setStatus(known, 'completed', {
              lastWatchedAt: item.watchedAt,
              watchedEpisodes: previous?.totalEpisodes,
            });
            return;
          }
          const count = item.seasons.reduce((sum, season) => sum + season.episodes.length, 0);
          const status = !previous || previous.status === 'plantowatch' ? 'watching' : previous.status;
          setStatus(known, status, {
            lastWatchedAt: item.watchedAt,
            watchedEpisodes: (previous?.watchedEpisodes ?? 0) + count,
            episodes: editSeasons(previous?.episodes, item.seasons, item.watchedAt ?? stamp()),
          });
        }),
      ),
    removeFromHistory: (items) =>
      record('removeFromHistory', [items], () =>
        writeEach(items, (item, known) => {
          const kept = listed(known.type, known.ids.simkl);
          // With seasons: those episodes leave the history, the item stays listed (docs/simkl-api.md, Sync writes).
          if (kept && item.seasons && known.type !== 'movie') {
            const episodes = editSeasons(kept.entry.episodes, item.seasons, null);
            keep({ ...kept.entry, episodes }, bump(known.type, [kept.entry.status]));
            return;
          }
          if (!lists.delete(`${known.type}:${known.ids.simkl}`)) return;
          bump(known.type, ['removed_from_list']);
        }),
      ),
    addRatings: (items) =>
      record('addRatings', [items], () =>
        writeEach(items, (item, known) => {
          if (!listed(known.type, known.ids.simkl))
            setStatus(known, known.type === 'movie' ? 'completed' : 'watching');
          const at = bump(known.type, ['rated_at']);
          const kept = listed(known.type, known.ids.simkl)!;
          keep({ ...kept.entry, rating: item.rating, ratedAt: at }, at, at);
        }),
      ),
    removeRatings: (items) =>
      record('removeRatings', [items], () =>
        writeEach(items, (_item, known) => {
          const kept = listed(known.type, known.ids.simkl);
          if (!kept) return;
          const at = bump(known.type, ['rated_at']);
          keep({ ...kept.entry, rating: null, ratedAt: undefined }, at, at);
        }),
      ),
    checkin: (target) =>
      record('checkin', [target], () => {
        checkins.push(target);
      }),
    // Recorded only: what a scrobble marks is the local service's concern (tests/simkl-service).
    scrobble: (kind, target) => record('scrobble', [kind, target], () => undefined),
    userSettings: () => record('userSettings', [], () => ({ id: 1, name: 'Tester' })),
  };

  return {
    api,
    calls,
    checkins,
    callsOf: (method: keyof SimklApi) => calls.filter((call) => call.method === method),
    resetCalls: () => {
      calls.length = 0;
    },
    /** Titles /search/id and writes can find. */
    addToCatalog: (...items: SimklItem[]) => catalog.push(...items),
    /** Puts an item in the user's lists (as if done on simkl.com), moving the activities. */
    seed(entry: LibraryItem): void {
      if (!findInCatalog(entry.ids)) catalog.push({ type: entry.type, ids: entry.ids, title: entry.title });
      const previous = listed(entry.type, entry.ids.simkl)?.entry.status;
      const statuses = previous && previous !== entry.status ? [previous, entry.status] : [entry.status];
      const at = bump(entry.type, entry.rating === null ? statuses : [...statuses, 'rated_at']);
      keep(entry, at, entry.rating === null ? undefined : at);
    },
    rate(type: SimklType, simkl: number, rating: number | null): void {
      const kept = listed(type, simkl)!;
      const at = bump(type, ['rated_at']);
      keep({ ...kept.entry, rating, ratedAt: rating === null ? undefined : at }, at, at);
    },
    remove(type: SimklType, simkl: number): void {
      lists.delete(`${type}:${simkl}`);
      bump(type, ['removed_from_list']);
    },
    entry: (type: SimklType, simkl: number) => listed(type, simkl)?.entry ?? null,
    setActivities(next: Activities): void {
      activities = next;
    },
    activities: () => activities,
    fail(method: keyof SimklApi, error: Error, options: { applied?: boolean; times?: number } = {}): void {
      const queue = failures.get(method) ?? [];
      for (let i = 0; i < (options.times ?? 1); i += 1)
        queue.push({ error, applied: options.applied ?? false });
      failures.set(method, queue);
    },
    /** From now on, library answers (`allItems`, `ratings`) leave these ids out, as Simkl's do. */
    omitLibraryIds(...keys: string[]): void {
      for (const key of keys) omittedIds.add(key);
    },
    /** Answers a read with this exact value (null, {}) instead of the state. */
    answerRaw(method: keyof SimklApi, value: unknown): void {
      rawAnswers.set(method, value);
    },
  };
}

export type FakeSimkl = ReturnType<typeof createFakeSimkl>;
export type { ErrorData };
