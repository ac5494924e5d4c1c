import { describe, expect, it } from 'vitest';
import { parseCalendarV1 } from '../../../lib/calendar/parse-v1';

// Written from the documented v1 shape (docs/simkl-api.md, Calendar files): rows are self-contained.
const show = {
  title: 'Severance',
  poster: '12\\/12abcdef',
  date: '2025-01-17T21:00:00-05:00',
  release_date: '2022-02-18',
  rank: 12,
  url: 'https://simkl.com/tv/1234/severance',
  ids: { simkl_id: 1234, slug: 'severance', tmdb: '95396', imdb: 'tt11280740' },
  episode: { season: 2, episode: 1, url: 'https://simkl.com/tv/1234/severance/season-2/episode-1' },
};

describe('parseCalendarV1', () => {
  it('normalises a tv row: UTC instant, unescaped poster, season and episode', () => {
    expect(parseCalendarV1([show], 'tv')).toEqual([
      {
        simkl: 1234,
        type: 'show',
        title: 'Severance',
        poster: '12/12abcdef',
        airsAt: '2025-01-18T02:00:00.000Z',
        season: 2,
        episode: 1,
      },
    ]);
  });

  it('accepts ids.simkl as well as ids.simkl_id, and ids given as strings', () => {
    const rows = [
      { ...show, ids: { simkl: '77' } },
      { ...show, ids: { simkl_id: '88' } },
    ];
    expect(parseCalendarV1(rows, 'tv')?.map((entry) => entry.simkl)).toEqual([77, 88]);
  });

  it('reads anime rows without a season and movies without an episode', () => {
    const anime = { ...show, episode: { episode: '148', url: 'x' }, anime_type: 'tv' };
    const movie = { ...show, episode: undefined, date: undefined, release_date: '2025-03-07' };
    const [animeEntry] = parseCalendarV1([anime], 'anime') ?? [];
    const [movieEntry] = parseCalendarV1([movie], 'movie_release') ?? [];
    expect(animeEntry).toMatchObject({ type: 'anime', episode: 148 });
    expect(animeEntry?.season).toBeUndefined();
    expect(movieEntry).toEqual({
      simkl: 1234,
      type: 'movie',
      title: 'Severance',
      poster: '12/12abcdef',
      airsAt: '2025-03-07T00:00:00.000Z',
    });
  });

  it('skips malformed rows and keeps the good ones', () => {
    const rows = [
      null,
      42,
      'row',
      [],
      { ...show, ids: undefined },
      { ...show, ids: { simkl_id: 'abc' } },
      { ...show, ids: { simkl_id: -5 } },
      { ...show, ids: { simkl_id: 1.5 } },
      { ...show, title: '' },
      { ...show, title: 7 },
      { ...show, date: 'soon', release_date: null },
      { ...show, date: '2025-02-31Tnonsense' },
      { ...show, episode: 'E1', ids: { simkl_id: 9 } },
    ];
    const entries = parseCalendarV1(rows, 'tv');
    expect(entries).toHaveLength(1);
    expect(entries?.[0]).toMatchObject({ simkl: 9 });
    expect(entries?.[0]?.episode).toBeUndefined();
  });

  it('returns null for anything that is not a v1 array', () => {
    for (const json of [null, undefined, {}, { calendar: [] }, 'x', 3]) {
      expect(parseCalendarV1(json, 'tv')).toBeNull();
    }
  });
});
