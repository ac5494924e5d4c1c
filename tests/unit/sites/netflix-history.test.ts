import { describe, expect, it } from 'vitest';
import { parseViewingActivity } from '../../../lib/sites/netflix/history';

/** The project's own rows, shaped as Netflix's shakti viewingactivity answer (docs/sites.md, Netflix: viewing history). */
const MARCH_3 = Date.UTC(2025, 2, 3, 20, 15);
const episode = {
  title: 'Chapter One: The Vanishing of Will Byers',
  movieID: 80077209,
  series: 80057281,
  seriesTitle: 'Stranger Things',
  episodeTitle: 'Chapter One: The Vanishing of Will Byers',
  seasonDescriptor: 'Season 1',
  date: MARCH_3,
  dateStr: '03/03/2025',
  bookmark: 2850,
  duration: 2940,
  index: 0,
  topNodeId: '80057281',
};
const movie = {
  title: 'The Matrix',
  movieID: '20557937',
  date: MARCH_3 - 86_400_000,
  bookmark: 0,
  duration: 0,
};

describe('parseViewingActivity', () => {
  it('reads episodes and movies with their dates and progress', () => {
    expect(parseViewingActivity({ page: 0, size: 100, viewedItems: [episode, movie] })).toEqual([
      {
        videoId: '80077209',
        seriesId: '80057281',
        title: 'Chapter One: The Vanishing of Will Byers',
        seriesTitle: 'Stranger Things',
        episodeTitle: 'Chapter One: The Vanishing of Will Byers',
        seasonLabel: 'Season 1',
        watchedAt: '2025-03-03T20:15:00.000Z',
        watchedSeconds: 2850,
        durationSeconds: 2940,
      },
      { videoId: '20557937', title: 'The Matrix', watchedAt: '2025-03-02T20:15:00.000Z', watchedSeconds: 0 },
    ]);
  });

  it('reads the season and episode title out of an older answer’s title', () => {
    const old = { title: 'Season 2: "Madmax"', movieID: 80133311, series: 80057281, date: MARCH_3 };
    expect(parseViewingActivity({ viewedItems: [old] })?.[0]).toMatchObject({
      seasonLabel: 'Season 2',
      episodeTitle: 'Madmax',
      seriesId: '80057281',
    });
  });

  it('answers an empty page (past the last) with an empty list', () => {
    expect(parseViewingActivity({ page: 12, viewedItems: [] })).toEqual([]);
  });

  it.each([
    ['no viewedItems', { page: 0 }],
    ['viewedItems not a list', { viewedItems: { 0: episode } }],
    ['an HTML error page read as text', '<html>Sign in</html>'],
    ['null', null],
    ['a list', [episode]],
  ])('is null when the shape is not Netflix’s: %s', (_name, json) => {
    expect(parseViewingActivity(json)).toBeNull();
  });

  it.each([
    ['no id', { ...movie, movieID: undefined }],
    ['a bad id', { ...movie, movieID: '12ab' }],
    ['no date', { ...movie, date: undefined }],
    ['a date string', { ...movie, date: '2025-03-03' }],
    ['no title', { ...movie, title: '  ' }],
    ['not an object', 'The Matrix'],
  ])('leaves out a row with %s and keeps the rest', (_name, row) => {
    expect(parseViewingActivity({ viewedItems: [row, episode] })?.map((v) => v.videoId)).toEqual([
      '80077209',
    ]);
  });

  it('never throws on hostile input', () => {
    const hostile = Object.create({ viewedItems: [episode] });
    const getter = {
      get viewedItems(): never {
        throw new Error('boom');
      },
    };
    expect(parseViewingActivity(hostile)).toBeNull();
    expect(parseViewingActivity(getter)).toBeNull();
  });
});
