import { describe, expect, it } from 'vitest';
import { netflixMetadataUrl, parseNetflixMetadata } from '../../../lib/sites/netflix/metadata';
import { NETFLIX_METADATA, readFixture } from '../../fixtures/sites/pages';

const load = (file: string): unknown => JSON.parse(readFixture(file));

describe('parseNetflixMetadata on the fixture answers', () => {
  it.each(NETFLIX_METADATA.map((entry) => [entry.id, entry] as const))('movieid=%s', (id, entry) => {
    expect(parseNetflixMetadata(load(entry.file), id)).toEqual(entry.expected);
  });

  it('gives the show, not an episode, when the show itself was asked for', () => {
    const episodeAnswer = load('netflix/metadata-81649856.json');
    expect(parseNetflixMetadata(episodeAnswer, '81648953')).toMatchObject({
      kind: 'show',
      ids: { netflix: '81648953' },
    });
  });

  it('finds an episode in a later season', () => {
    expect(parseNetflixMetadata(load('netflix/metadata-80057281.json'), '80117801')).toEqual({
      site: 'netflix',
      kind: 'episode',
      ids: { netflix: '80117801' },
      title: 'Chapter Two: Trick or Treat, Freak',
      show: { ids: { netflix: '80057281' }, title: 'Stranger Things' },
      season: 2,
      episode: 2,
    });
  });

  it('falls back to the show when the id is not among its listed episodes', () => {
    expect(parseNetflixMetadata(load('netflix/metadata-80057281.json'), '99999999')).toMatchObject({
      kind: 'show',
      ids: { netflix: '80057281' },
    });
  });
});

describe('parseNetflixMetadata on unexpected input', () => {
  it.each([
    ['null', null],
    ['a string', 'video'],
    ['no video', {}],
    ['video without id', { video: { type: 'movie', title: 'X' } }],
    ['unknown type', { video: { type: 'supplemental', id: 1 } }],
    ['negative id', { video: { type: 'movie', id: -5 } }],
    ['array video', { video: [] }],
  ])('%s gives null', (_, json) => {
    expect(parseNetflixMetadata(json, '1')).toBeNull();
  });

  it('skips malformed seasons and episodes and keeps only sane fields', () => {
    const json = {
      video: {
        type: 'show',
        id: '42',
        title: '  Spaced   Out ',
        year: 99999,
        seasons: [
          null,
          { seq: 'x', episodes: [{ id: 7, seq: 1 }] },
          { seq: 2, episodes: 'none' },
          { seq: 3, episodes: [{ id: 7, seq: 4 }] },
        ],
      },
    };
    expect(parseNetflixMetadata(json, '7')).toEqual({
      site: 'netflix',
      kind: 'episode',
      ids: { netflix: '7' },
      show: { ids: { netflix: '42' }, title: 'Spaced Out' },
      season: 3,
      episode: 4,
    });
  });
});

describe('netflixMetadataUrl', () => {
  it('is same-origin and carries the id', () => {
    expect(netflixMetadataUrl('81649856')).toBe(
      'https://www.netflix.com/nq/website/memberapi/release/metadata?movieid=81649856',
    );
    expect(netflixMetadataUrl('1 2', 'https://127.0.0.1:8443')).toBe(
      'https://127.0.0.1:8443/nq/website/memberapi/release/metadata?movieid=1%202',
    );
  });
});
