import { createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCalendar } from '../../../lib/calendar/calendar';
import { countAiringToday } from '../../../lib/calendar/queries';
import type { CalendarEntry } from '../../../lib/calendar/types';
import { createFakeCdn, V1, V2, v2File } from './fake-cdn';

// "Now" is Wednesday 2025-01-15 22:30 UTC = 17:30 in New York = Thursday 07:30 in Tokyo.
const NOW = new Date('2025-01-15T22:30:00Z');
let dbCount = 0;

const tv = v2File(
  [
    { simkl: 10, date: '2025-01-15T20:00:00Z', season: 1, episode: 1 }, // aired earlier today (UTC)
    { simkl: 10, date: '2025-01-16T01:00:00Z', season: 1, episode: 2 }, // 20:00 NY Wed, 10:00 Tokyo Thu
    { simkl: 10, date: '2025-01-23T01:00:00Z', season: 1, episode: 3 }, // 7 days + 2.5 h away
    { simkl: 11, date: '2025-01-15T10:00:00Z', season: 4, episode: 8 }, // 05:00 NY Wed, 19:00 Tokyo Wed
    { simkl: 11, date: '2025-01-15T23:59:00Z', season: 4, episode: 9 }, // last minute of the UTC day
    { simkl: 12, date: '2025-01-16T00:00:00Z', season: 2, episode: 1 }, // first minute of the next UTC day
    { simkl: 99, date: '2025-01-16T02:00:00Z', season: 1, episode: 1 }, // a show nobody watches
  ],
  { 10: 'Ten', 11: 'Eleven', 12: 'Twelve', 99: 'Other' },
);
const anime = v2File([{ simkl: 20, date: '2025-01-17T15:00:00Z', episode: 148 }], { 20: 'Anime' });
const movies = v2File(
  [
    { simkl: 30, date: '2025-01-20T00:00:00Z' },
    { simkl: 31, date: '2025-03-01T00:00:00Z' },
  ],
  { 30: 'Planned Movie', 31: 'Later Movie' },
);

function setup() {
  const cdn = createFakeCdn({
    [V2('tv')]: { body: tv },
    [V2('anime')]: { body: anime },
    [V2('movie_release')]: { body: movies },
  });
  return {
    cdn,
    calendar: createCalendar({ fetch: cdn.fetch, db: createStore(`calendar-q-${++dbCount}`, 'f') }),
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

const brief = (entries: CalendarEntry[]) =>
  entries.map((e) => `${e.title} ${e.season ?? '-'}x${e.episode ?? '-'}`);

describe('upcoming', () => {
  it('lists episodes of watched shows and anime in the next 7 days and planned movies, soonest first', async () => {
    const { calendar } = setup();
    const entries = await calendar.upcoming({ watching: [10, 11, 12, 20], planMovies: [30, 31], days: 7 });
    expect(brief(entries)).toEqual([
      'Eleven 4x9',
      'Twelve 2x1',
      'Ten 1x2',
      'Anime -x148',
      'Planned Movie -x-',
    ]);
    expect(entries.map((entry) => entry.type)).toEqual(['show', 'show', 'show', 'anime', 'movie']);
  });

  it('widens with `days` and narrows with `now`', async () => {
    const { calendar } = setup();
    const later = new Date('2025-01-16T00:30:00Z');
    expect(brief(await calendar.upcoming({ watching: [10], days: 8, now: later }))).toEqual([
      'Ten 1x2',
      'Ten 1x3',
    ]);
    expect(brief(await calendar.upcoming({ watching: [10, 11], days: 1, now: later }))).toEqual(['Ten 1x2']);
  });

  it('does not download the movie file without planned movies, nor episode files without watching', async () => {
    const { cdn, calendar } = setup();
    await calendar.upcoming({ watching: [10], planMovies: [] });
    expect(cdn.requests.map((request) => request.url)).toEqual([V2('tv'), V2('anime')]);
    await calendar.upcoming({ watching: [], planMovies: [30] });
    expect(cdn.requests.map((request) => request.url)).toEqual([V2('tv'), V2('anime'), V2('movie_release')]);
  });

  it('answers from the files it has when one of them cannot be read', async () => {
    const { cdn, calendar } = setup();
    delete cdn.files[V2('anime')];
    const entries = await calendar.upcoming({ watching: [10, 20] });
    expect(brief(entries)).toEqual(['Ten 1x2']);
  });

  it('uses the v1 file the same way when v2 is gone', async () => {
    const { cdn, calendar } = setup();
    delete cdn.files[V2('tv')];
    cdn.files[V1('tv')] = {
      body: [
        {
          title: 'Legacy',
          date: '2025-01-16T09:00:00+09:00',
          ids: { simkl: '10' },
          episode: { season: 1, episode: 2 },
        },
      ],
    };
    expect(brief(await calendar.upcoming({ watching: [10] }))).toEqual(['Legacy 1x2']);
  });
});

describe('nextEpisode', () => {
  it('gives the next airing of one show, not one that already aired', async () => {
    const { calendar } = setup();
    expect(await calendar.nextEpisode(10)).toMatchObject({ episode: 2, airsAt: '2025-01-16T01:00:00.000Z' });
    expect(await calendar.nextEpisode(10, new Date('2025-01-16T01:00:01Z'))).toMatchObject({ episode: 3 });
  });

  it('finds anime as well, and null when nothing is scheduled', async () => {
    const { calendar } = setup();
    expect(await calendar.nextEpisode(20)).toMatchObject({ type: 'anime', episode: 148 });
    expect(await calendar.nextEpisode(10, new Date('2025-02-01T00:00:00Z'))).toBeNull();
    expect(await calendar.nextEpisode(424242)).toBeNull();
  });
});

/** Today's airings of these titles in the cached files (what the toolbar badge once counted). */
async function todayCount(
  calendar: ReturnType<typeof setup>['calendar'],
  watching: number[],
  now: Date | undefined,
  timeZone: string,
) {
  const entries = [...(await calendar.entries('tv')), ...(await calendar.entries('anime'))];
  return countAiringToday(entries, new Set(watching), Number(now ?? Date.now()), timeZone);
}

describe('countAiringToday', () => {
  it.each([
    // UTC Wednesday: 10:00 and 23:59 (11), 20:00 (10); 00:00 Thursday (12) is tomorrow.
    ['UTC', 3],
    // New York Wednesday: 05:00 and 18:59 (11), 15:00 and 20:00 (10), 19:00 (12).
    ['America/New_York', 5],
    // Tokyo Thursday: 05:00 and 10:00 (10), 08:59 (11), 09:00 (12); 11's 19:00 was Wednesday.
    ['Asia/Tokyo', 4],
  ])('counts the watched episodes airing today in %s', async (timeZone, expected) => {
    const { calendar } = setup();
    expect(await todayCount(calendar, [10, 11, 12], undefined, timeZone)).toBe(expected);
  });

  it('moves to the next day at local midnight', async () => {
    const { calendar } = setup();
    const beforeMidnight = new Date('2025-01-15T23:59:59Z');
    const atMidnight = new Date('2025-01-16T00:00:00Z');
    expect(await todayCount(calendar, [11, 12], beforeMidnight, 'UTC')).toBe(2);
    expect(await todayCount(calendar, [12], beforeMidnight, 'UTC')).toBe(0);
    expect(await todayCount(calendar, [12], atMidnight, 'UTC')).toBe(1);
    expect(await todayCount(calendar, [11], atMidnight, 'UTC')).toBe(0);
  });

  it('falls back to the local zone for an unknown zone name instead of throwing', () => {
    const entries: CalendarEntry[] = [{ simkl: 1, type: 'show', title: 'x', airsAt: NOW.toISOString() }];
    expect(countAiringToday(entries, new Set([1]), NOW.getTime(), 'Not/AZone')).toBe(1);
  });
});
