import { describe, expect, it } from 'vitest';
import { mirrorWatched } from '../../../lib/import/mirror-watched';
import type { ImportTarget } from '../../../lib/import/netflix-map';
import type { LibraryEntry } from '../../../lib/media';

const entry = (simkl: number, status: LibraryEntry['status']): LibraryEntry => ({
  type: 'movie',
  ids: { simkl },
  status,
  rating: null,
});
const target = (simkl?: number): ImportTarget => ({
  key: 'netflix:1',
  kind: 'movie',
  ids: simkl === undefined ? { netflix: '1' } : { simkl, netflix: '1' },
  title: 'Film',
  watchedAt: '2025-01-01T00:00:00.000Z',
});

describe('mirrorWatched', () => {
  it('knows completed titles by Simkl id, and nothing else', () => {
    const watched = mirrorWatched([entry(10, 'completed'), entry(11, 'plantowatch')]);
    expect(watched(target(10))).toBe(true);
    expect(watched(target(11))).toBe(false);
    expect(watched(target())).toBe(false);
  });
});
