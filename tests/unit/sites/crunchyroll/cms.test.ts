import { describe, expect, it } from 'vitest';
import { parseCmsEpisode } from '../../../../lib/sites/crunchyroll/cms';
import { readFixture } from '../../../fixtures/sites/pages';

const object = (metadata: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    data: [
      {
        id: 'GJ8VKQ3X2',
        type: 'episode',
        title: 'Recap',
        episode_metadata: { series_id: 'GRMG8ZQZR', series_title: 'One Piece', ...metadata },
        ...extra,
      },
    ],
  });

describe('Crunchyroll’s cms/objects episode JSON', () => {
  it('gives the episode, its series, season and number', () => {
    expect(parseCmsEpisode(readFixture('crunchyroll/cms-G6NQ5DWZ6.json'), 'G6NQ5DWZ6')).toEqual({
      site: 'crunchyroll',
      kind: 'episode',
      ids: { crunchyroll: 'G6NQ5DWZ6' },
      title: 'Abreise x und x Freunde',
      show: { ids: { crunchyroll: 'GY3VWX36R' }, title: 'Hunter x Hunter' },
      season: 1,
      episode: 1,
    });
  });

  it('numbers a recap by its place in the order, and a season by its slug over season_number', () => {
    const recap = parseCmsEpisode(
      object({
        episode_number: null,
        sequence_number: 12.5,
        season_number: 3,
        season_slug_title: 'one-piece-season-2',
      }),
      'GJ8VKQ3X2',
    );
    expect(recap).toMatchObject({ episode: 12.5, season: 2 });
    expect(
      parseCmsEpisode(
        object({ episode_number: 4, season_number: 1, season_slug_title: 'one-piece' }),
        'GJ8VKQ3X2',
      ),
    ).toMatchObject({ episode: 4, season: 1 });
  });

  it('answers null for another object, a series, a missing series id or bad JSON', () => {
    expect(parseCmsEpisode(object({ episode_number: 1 }), 'GOTHER123')).toBeNull();
    expect(parseCmsEpisode(object({ episode_number: 1 }, { type: 'series' }), 'GJ8VKQ3X2')).toBeNull();
    expect(parseCmsEpisode(object({ series_id: '../x' }), 'GJ8VKQ3X2')).toBeNull();
    for (const text of ['', 'null', '{"data":"x"}', '{"data":[null]}', '<html>'])
      expect(parseCmsEpisode(text, 'GJ8VKQ3X2'), text).toBeNull();
  });
});
