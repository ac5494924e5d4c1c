import { describe, expect, it } from 'vitest';
import { historyBatches } from '../../../lib/background/import/history-batches';
import type { ImportTarget } from '../../../lib/background/import/netflix-map';

function episode(n: number, season = 1): ImportTarget {
  return {
    key: `netflix:${season}${n}`,
    kind: 'show',
    ids: { netflix: '80057281' },
    title: 'Stranger Things',
    year: 2016,
    episode: { season, episode: n },
    watchedAt: `2025-03-0${n}T20:00:00.000Z`,
  };
}
const film: ImportTarget = {
  key: 'netflix:1',
  kind: 'movie',
  ids: { netflix: '1' },
  title: 'Film',
  watchedAt: '2025-01-01T00:00:00.000Z',
};

describe('historyBatches', () => {
  it('groups one show’s episodes under its seasons, each with its Netflix date', () => {
    const [batch] = historyBatches([film, episode(1), episode(2), episode(1, 2)]);
    expect(batch?.keys).toEqual(['netflix:1', 'netflix:11', 'netflix:12', 'netflix:21']);
    expect(batch?.body).toEqual({
      movies: [{ ids: { netflix: '1' }, title: 'Film', watched_at: '2025-01-01T00:00:00.000Z' }],
      shows: [
        {
          ids: { netflix: '80057281' },
          title: 'Stranger Things',
          year: 2016,
          seasons: [
            {
              number: 1,
              episodes: [
                { number: 1, watched_at: '2025-03-01T20:00:00.000Z' },
                { number: 2, watched_at: '2025-03-02T20:00:00.000Z' },
              ],
            },
            { number: 2, episodes: [{ number: 1, watched_at: '2025-03-01T20:00:00.000Z' }] },
          ],
        },
      ],
    });
  });

  it('puts many items in a POST and splits at the batch size', () => {
    const targets = Array.from({ length: 250 }, (_, i) => ({
      ...film,
      key: `netflix:${i}`,
      ids: { netflix: String(i) },
    }));
    const batches = historyBatches(targets);
    expect(batches.map((b) => b.keys.length)).toEqual([100, 100, 50]);
    expect(batches[2]?.body.movies?.[0]?.ids).toEqual({ netflix: '200' });
    expect(historyBatches([])).toEqual([]);
  });
});
