import { describe, expect, it } from 'vitest';
import type { HistoryBatch } from '../../../lib/background/import/history-batches';
import { createBatchVerifier, type WatchedQuery } from '../../../lib/background/import/verify-batch';

const at = '2025-01-01T00:00:00.000Z';
const batch: HistoryBatch = {
  keys: ['netflix:1', 'netflix:2', 'netflix:3', 'netflix:4'],
  body: {
    movies: [{ ids: { netflix: '1' }, title: 'Film', watched_at: at }],
    shows: [
      {
        ids: { simkl: 5, netflix: '9' },
        title: 'Show',
        year: 2016,
        seasons: [
          { number: 1, episodes: [{ number: 1, watched_at: at }] },
          {
            number: 2,
            episodes: [
              { number: 3, watched_at: at },
              { number: 4, watched_at: at },
            ],
          },
        ],
      },
    ],
  },
};

describe('createBatchVerifier', () => {
  it('asks about every film and episode, and keeps only what has not landed', async () => {
    const asked: WatchedQuery[][] = [];
    const verify = createBatchVerifier(async (queries) => {
      asked.push(queries);
      return [true, true, false, true];
    });
    const rest = await verify(batch);
    expect(asked[0]?.map((q) => [q.type, q.season, q.episode])).toEqual([
      ['movie', undefined, undefined],
      ['show', 1, 1],
      ['show', 2, 3],
      ['show', 2, 4],
    ]);
    expect(rest?.body).toEqual({
      shows: [
        {
          ids: { simkl: 5, netflix: '9' },
          title: 'Show',
          year: 2016,
          seasons: [{ number: 2, episodes: [{ number: 3, watched_at: at }] }],
        },
      ],
    });
  });

  it('is null when everything landed', async () => {
    const verify = createBatchVerifier(async (queries) => queries.map(() => true));
    expect(await verify(batch)).toBeNull();
  });

  it.each([
    ['shorter', [true, true, true]],
    ['longer', [false, false, false, false, true]],
  ])(
    'does not trust an answer %s than the question: nothing is dropped or posted on its word',
    async (_name, answer) => {
      const verify = createBatchVerifier(async () => answer);
      await expect(verify(batch)).rejects.toMatchObject({ kind: 'invalid-response' });
    },
  );
});
