import { describe, expect, it } from 'vitest';
import { mirrorWatched } from '../../../lib/background/import/mirror-watched';
import type { ImportTarget } from '../../../lib/background/import/netflix-map';
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

  it("knows an episode the mirror's per-episode state holds as watched, for a show in progress", () => {
    const show = { ...entry(20, 'watching'), type: 'show' as const };
    const watched = mirrorWatched([show], new Map([[20, { 1: { 3: '2024-05-01T20:00:00Z', 4: null } }]]));
    const episode = (season: number, number: number): ImportTarget => ({
      ...target(20),
      kind: 'show',
      episode: { season, episode: number },
    });
    expect(watched(episode(1, 3))).toBe(true);
    expect(watched(episode(1, 4))).toBe(true);
    expect(watched(episode(1, 5))).toBe(false);
    expect(watched(episode(2, 3))).toBe(false);
    expect(watched({ ...target(20), kind: 'show' })).toBe(false);
  });
});
