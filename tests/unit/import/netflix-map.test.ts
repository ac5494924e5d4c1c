import { describe, expect, it } from 'vitest';
import {
  type ImportContext,
  type ImportTarget,
  planImport,
} from '../../../lib/background/import/netflix-map';
import type { NetflixViewing } from '../../../lib/sites/netflix/history';
import { readNetflixShow } from '../../../lib/sites/netflix/show';
import { readFixture } from '../../fixtures/sites/pages';

const metadata = (id: string) => JSON.parse(readFixture(`netflix/metadata-${id}.json`));
const strangerThings = readNetflixShow(metadata('80057281'));

const matrix: NetflixViewing = {
  videoId: '20557937',
  title: 'The Matrix',
  watchedAt: '2025-03-01T20:00:00.000Z',
};
const chapterOne: NetflixViewing = {
  videoId: '80077209',
  seriesId: '80057281',
  title: 'Chapter One',
  seriesTitle: 'Stranger Things',
  seasonLabel: 'Season 1',
  episodeTitle: 'Chapter One',
  watchedAt: '2025-03-02T20:00:00.000Z',
  watchedSeconds: 2850,
  durationSeconds: 2940,
};

function context(overrides: Partial<ImportContext> = {}): ImportContext {
  return {
    shows: new Map([['80057281', strangerThings]]),
    matches: new Map([
      ['20557937', { simkl: 53536, type: 'movie', year: 1999 }],
      ['80057281', { simkl: 17465, type: 'show' }],
    ]),
    isWatched: () => false,
    ...overrides,
  };
}

describe('readNetflixShow', () => {
  it('gives season and episode for every video id of the show', () => {
    expect(strangerThings?.title).toBe('Stranger Things');
    expect(strangerThings?.year).toBe(2016);
    expect(strangerThings?.episodes.get('80077211')).toEqual({ season: 1, episode: 3 });
    expect(strangerThings?.episodes.get('80117801')).toEqual({ season: 2, episode: 2 });
  });

  it('is null for a film or a shape that is not Netflix metadata', () => {
    expect(readNetflixShow(metadata('20557937'))).toBeNull();
    expect(readNetflixShow({ video: 'nope' })).toBeNull();
    expect(readNetflixShow(null)).toBeNull();
  });
});

describe('planImport', () => {
  it('maps films by Netflix id and episodes through their show', () => {
    const plan = planImport([chapterOne, matrix], context());
    expect(plan).toMatchObject({ viewings: 2, movies: 1, episodes: 1, shows: 1, unmatched: [] });
    expect(plan.targets).toEqual<ImportTarget[]>([
      {
        key: 'netflix:20557937',
        kind: 'movie',
        ids: { simkl: 53536, netflix: '20557937' },
        title: 'The Matrix',
        year: 1999,
        watchedAt: matrix.watchedAt,
      },
      {
        key: 'netflix:80077209',
        kind: 'show',
        ids: { simkl: 17465, netflix: '80057281' },
        title: 'Stranger Things',
        year: 2016,
        episode: { season: 1, episode: 1 },
        watchedAt: chapterOne.watchedAt,
      },
    ]);
  });

  it('never sends a title Simkl does not know: it is set apart for the preview to list', () => {
    const unknown: NetflixViewing = {
      videoId: '99999901',
      title: 'A Quiet Film',
      watchedAt: '2025-01-01T00:00:00.000Z',
    };
    const unknownShow = new Map([...context().matches].filter(([netflix]) => netflix !== '80057281'));
    const plan = planImport([unknown, chapterOne, matrix], context({ matches: unknownShow }));
    expect(plan.targets.map((target) => target.title)).toEqual(['The Matrix']);
    expect(plan.unknown.map((target) => [target.title, target.ids])).toEqual([
      ['A Quiet Film', { netflix: '99999901' }],
      ['Stranger Things', { netflix: '80057281' }],
    ]);
  });

  it('lists episodes their show does not know, and shows whose metadata failed', () => {
    const stray = { ...chapterOne, videoId: '1', episodeTitle: 'Lost' };
    const orphan = { ...chapterOne, videoId: '2', seriesId: '77', seriesTitle: 'Gone', episodeTitle: 'Bye' };
    const plan = planImport(
      [stray, orphan],
      context({
        shows: new Map([
          ['80057281', strangerThings],
          ['77', null],
        ]),
      }),
    );
    expect(plan.targets).toEqual([]);
    expect(plan.unmatched).toEqual(['Stranger Things: Season 1: Lost', 'Gone: Season 1: Bye']);
    expect(plan).toMatchObject({ episodes: 2, shows: 2 });
  });

  it('skips what the mirror has as watched and what was watched under 80 %', () => {
    const short = { ...chapterOne, videoId: '80077210', watchedSeconds: 600 };
    const plan = planImport([chapterOne, short, matrix], context({ isWatched: (t) => t.kind === 'movie' }));
    expect(plan.targets.map((t) => t.key)).toEqual(['netflix:80077209']);
    expect(plan).toMatchObject({ alreadyWatched: 1, tooShort: 1 });
  });

  it('counts a video watched twice once, with its latest full viewing', () => {
    const again = { ...chapterOne, watchedAt: '2025-04-01T00:00:00.000Z' };
    const partial = { ...chapterOne, watchedAt: '2025-05-01T00:00:00.000Z', watchedSeconds: 10 };
    const plan = planImport([chapterOne, again, partial], context());
    expect(plan).toMatchObject({ viewings: 3, episodes: 1, tooShort: 0 });
    expect(plan.targets.map((t) => t.watchedAt)).toEqual(['2025-04-01T00:00:00.000Z']);
  });
});
