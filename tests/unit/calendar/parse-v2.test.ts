import { describe, expect, it } from 'vitest';
import { parseCalendarV2 } from '../../../lib/calendar/parse-v2';

// Written from the documented v2 shape (docs/simkl-api.md, Calendar files): airings in `calendar`, titles in `metadata`.
const file = {
  calendar: [
    {
      simkl_id: 500,
      date: '2025-01-18T02:00:00Z',
      finale_type: null,
      episode: { season: 2, episode: 1, title: 'Hello, Ms. Cobel', runtime: 55, url: '/tv/500/x' },
    },
    { simkl_id: '501', date: '2025-01-19T15:30:00Z', finale_type: 1, episode: { episode: 12, title: 'End' } },
  ],
  metadata: {
    '500': { title: 'Severance', poster: '50\\/50aa', ids: { simkl_id: 500, slug: 'severance' } },
    '501': { title: 'Frieren', title_romaji: 'Sousou no Frieren', poster: '/50/50bb', ids: { simkl: '501' } },
  },
};

describe('parseCalendarV2', () => {
  it('joins each airing with its metadata', () => {
    expect(parseCalendarV2(file, 'tv')).toEqual([
      {
        simkl: 500,
        type: 'show',
        title: 'Severance',
        poster: '50/50aa',
        airsAt: '2025-01-18T02:00:00.000Z',
        season: 2,
        episode: 1,
        episodeTitle: 'Hello, Ms. Cobel',
      },
      {
        simkl: 501,
        type: 'show',
        title: 'Frieren',
        poster: '50/50bb',
        airsAt: '2025-01-19T15:30:00.000Z',
        episode: 12,
        episodeTitle: 'End',
        // finale_type 1: the season's last episode (what season alerts wait for).
        finale: true,
      },
    ]);
  });

  it('types entries by file and accepts `simkl` in place of `simkl_id`', () => {
    const json = { calendar: [{ simkl: 501, date: '2025-01-19T15:30:00Z' }], metadata: file.metadata };
    expect(parseCalendarV2(json, 'anime')?.[0]).toMatchObject({ simkl: 501, type: 'anime' });
  });

  it('reads movies from movie_release without episode fields, even when a row has one', () => {
    const json = {
      calendar: [{ simkl_id: 9, date: '2025-03-07T00:00:00Z', episode: { episode: 1 } }],
      metadata: { '9': { title: 'A Movie', release_date: '2025-03-07' } },
    };
    expect(parseCalendarV2(json, 'movie_release')).toEqual([
      { simkl: 9, type: 'movie', title: 'A Movie', airsAt: '2025-03-07T00:00:00.000Z' },
    ]);
  });

  it('skips rows with bad ids or dates, or no title anywhere, without throwing', () => {
    const json = {
      calendar: [
        null,
        'x',
        { date: '2025-01-18T02:00:00Z' },
        { simkl_id: 'five', date: '2025-01-18T02:00:00Z' },
        { simkl_id: 0, date: '2025-01-18T02:00:00Z' },
        { simkl_id: 500, date: 'tomorrow' },
        { simkl_id: 777, date: '2025-01-18T02:00:00Z' },
        { simkl_id: 778, date: '2025-01-18T02:00:00Z', title: 'Title on the row' },
        { simkl_id: 500, date: '2025-01-20T02:00:00Z', episode: { season: 'two', episode: null } },
      ],
      metadata: { ...file.metadata, '777': 'not an object' },
    };
    const entries = parseCalendarV2(json, 'tv');
    expect(entries?.map((entry) => [entry.simkl, entry.title])).toEqual([
      [778, 'Title on the row'],
      [500, 'Severance'],
    ]);
    expect(entries?.[1]?.season).toBeUndefined();
    expect(entries?.[1]?.episode).toBeUndefined();
  });

  it('tolerates a missing metadata object and returns null for non-v2 shapes', () => {
    expect(parseCalendarV2({ calendar: [{ simkl_id: 1, date: '2025-01-01T00:00:00Z' }] }, 'tv')).toEqual([]);
    for (const json of [null, [], {}, { calendar: {} }, 'calendar']) {
      expect(parseCalendarV2(json, 'tv')).toBeNull();
    }
  });

  it('parses text with escaped slashes as JSON delivers it', () => {
    const text =
      '{"calendar":[{"simkl_id":3,"date":"2025-01-01T00:00:00Z"}],"metadata":{"3":{"title":"T","poster":"74\\/74415673dcdc9cdd"}}}';
    expect(parseCalendarV2(JSON.parse(text), 'tv')?.[0]?.poster).toBe('74/74415673dcdc9cdd');
  });
});

describe('parseCalendarV2 dates', () => {
  it('falls back to release_date for movies only: a show premiere is not an airing', () => {
    const metadata = { '9': { title: 'T', release_date: '2025-03-07' } };
    const json = { calendar: [{ simkl_id: 9, date: null }], metadata };
    expect(parseCalendarV2(json, 'movie_release')?.[0]?.airsAt).toBe('2025-03-07T00:00:00.000Z');
    expect(parseCalendarV2(json, 'tv')).toEqual([]);
  });
});
