/** `/sync/activities` (docs/simkl-api.md, Sync reads): every timestamp may be null or missing. */
import type { Activities, ActivityBucket } from './api';
import { expectRecord, isRecord, nullableDate } from './parse-guards';

function readBucket(raw: unknown, what: string): ActivityBucket {
  const bucket = isRecord(raw) ? raw : {};
  const read = (key: string) => nullableDate(bucket[key], `${what}.${key}`);
  return {
    all: read('all'),
    rated_at: read('rated_at'),
    playback: read('playback'),
    plantowatch: read('plantowatch'),
    watching: read('watching'),
    completed: read('completed'),
    hold: read('hold'),
    // 2020-era answers say `notinteresting` where today's say `dropped`.
    dropped: read('dropped') ?? read('notinteresting'),
    removed_from_list: read('removed_from_list'),
  };
}

export function parseActivities(data: unknown): Activities {
  const body = expectRecord(data, 'activities');
  const settings = isRecord(body.settings) ? body.settings.all : null;
  return {
    all: nullableDate(body.all, 'activities.all'),
    settings: nullableDate(settings, 'activities.settings'),
    movies: readBucket(body.movies, 'movies'),
    shows: readBucket(body.tv_shows ?? body.shows, 'tv_shows'),
    anime: readBucket(body.anime, 'anime'),
  };
}
