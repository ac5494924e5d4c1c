import { describe, expect, it } from 'vitest';
import { mergeSearchResults, searchAllTypes } from '../../../lib/background/match/match-search';
import { SimklError } from '../../../lib/errors';
import type { SimklType } from '../../../lib/media';
import type { SearchResult } from '../../../lib/simkl/api';

const result = (type: SimklType, simkl: number, title: string, year?: number): SearchResult => ({
  type,
  simkl,
  title,
  ...(year ? { year } : {}),
  poster: `${simkl}/poster`,
  ids: { simkl },
});

const movies = [result('movie', 1, 'The Office Movie', 2020), result('movie', 2, 'Office Space', 1999)];
const shows = [
  result('show', 10, 'The Office', 2005),
  result('show', 11, 'The Office', 2001),
  result('show', 12, 'The Office Mix'),
];
const anime = [result('anime', 20, 'Office Anime', 2005)];

describe('the match search merge', () => {
  it("interleaves each type's results in Simkl's order, the view's fields only", () => {
    expect(mergeSearchResults([movies, shows, anime]).map((view) => view.simkl)).toEqual([
      1, 10, 20, 2, 11, 12,
    ]);
    expect(mergeSearchResults([[], shows.slice(2), []])).toEqual([
      { simkl: 12, type: 'show', title: 'The Office Mix', poster: '12/poster' },
    ]);
  });

  it("puts the page's year first (±1) and keeps the rest in order", () => {
    expect(mergeSearchResults([movies, shows, anime], 2005).map((view) => view.simkl)).toEqual([
      10, 20, 1, 2, 11, 12,
    ]);
  });

  it('drops duplicates of one item and keeps the same id in two types apart', () => {
    const merged = mergeSearchResults([[result('movie', 10, 'Ten')], [shows[0]!, shows[0]!]]);
    expect(merged.map((view) => `${view.type}:${view.simkl}`)).toEqual(['movie:10', 'show:10']);
  });

  it('searches movie, tv and anime; one failing type leaves the others, all failing is the error', async () => {
    const asked: SimklType[] = [];
    const lists: Record<SimklType, SearchResult[]> = { movie: movies, show: shows, anime };
    const merged = await searchAllTypes(async (type) => {
      asked.push(type);
      if (type === 'anime') throw new SimklError('offline', 'no network');
      return lists[type];
    });
    expect(asked).toEqual(['movie', 'show', 'anime']);
    expect(merged.map((view) => view.simkl)).toEqual([1, 10, 2, 11, 12]);
    await expect(
      searchAllTypes(() => Promise.reject(new SimklError('offline', 'no network'))),
    ).rejects.toMatchObject({ kind: 'offline' });
  });
});
