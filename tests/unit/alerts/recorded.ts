/**
 * A calendar check's inputs as the background records them: Simkl's v2 calendar files (written for
 * these tests in the documented shape, docs/simkl-api.md, Calendar files) and the mirror's
 * Watching shows with their watched episodes.
 */
import type { WatchedSeries } from '../../../lib/alerts/new-episodes';
import { parseCalendarV2 } from '../../../lib/calendar/parse-v2';
import type { CalendarEntry } from '../../../lib/calendar/types';

export const SEVERANCE = 500;
export const THE_BEAR = 502;
export const DROPPED_SHOW = 503;
export const FRIEREN = 601;

/** 2025-01-17 12:00 UTC: the first check. */
export const FIRST_CHECK = Date.parse('2025-01-17T12:00:00Z');
const HOUR = 3_600_000;

const tvFile = {
  calendar: [
    // Out before the first check: the back catalogue.
    {
      simkl_id: SEVERANCE,
      date: '2025-01-17T02:00:00Z',
      finale_type: null,
      episode: { season: 2, episode: 1 },
    },
    // Out between the first and the second check.
    {
      simkl_id: SEVERANCE,
      date: '2025-01-17T15:00:00Z',
      finale_type: null,
      episode: { season: 2, episode: 2 },
    },
    { simkl_id: THE_BEAR, date: '2025-01-17T16:00:00Z', finale_type: 1, episode: { season: 3, episode: 10 } },
    {
      simkl_id: THE_BEAR,
      date: '2025-01-17T16:00:00Z',
      finale_type: null,
      episode: { season: 0, episode: 4 },
    },
    {
      simkl_id: DROPPED_SHOW,
      date: '2025-01-17T16:30:00Z',
      finale_type: null,
      episode: { season: 1, episode: 3 },
    },
    // Not out yet at the second check (air time > now, in UTC whatever the local zone).
    { simkl_id: SEVERANCE, date: '2025-01-24T02:00:00Z', finale_type: 1, episode: { season: 2, episode: 3 } },
  ],
  metadata: {
    [SEVERANCE]: { title: 'Severance' },
    [THE_BEAR]: { title: 'The Bear' },
    [DROPPED_SHOW]: { title: 'Dropped Show' },
  },
};

const animeFile = {
  calendar: [
    // Frieren's episodes carry a Tokyo broadcast time folded into UTC.
    { simkl_id: FRIEREN, date: '2025-01-17T14:00:00Z', finale_type: null, episode: { episode: 20 } },
    { simkl_id: FRIEREN, date: '2025-01-17T14:00:00Z', finale_type: null, episode: { episode: 21 } },
  ],
  metadata: { [FRIEREN]: { title: 'Frieren' } },
};

export function recordedCalendar(): CalendarEntry[] {
  return [...(parseCalendarV2(tvFile, 'tv') ?? []), ...(parseCalendarV2(animeFile, 'anime') ?? [])];
}

/** The second check, six hours after the first. */
export const SECOND_CHECK = FIRST_CHECK + 6 * HOUR;

/** Severance, The Bear and Frieren on Watching; Frieren's E21 watched before it aired (a screener). */
export function recordedMirror(): Map<number, WatchedSeries> {
  return new Map<number, WatchedSeries>([
    [SEVERANCE, { type: 'show', seasons: { 1: { 1: null, 2: null }, 2: { 1: '2025-01-17T05:00:00Z' } } }],
    [THE_BEAR, { type: 'show', seasons: { 3: { 1: null } } }],
    [FRIEREN, { type: 'anime', seasons: { 1: { 21: '2025-01-16T20:00:00Z' } } }],
  ]);
}
