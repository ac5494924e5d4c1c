import { describe, expect, it } from 'vitest';
import { formatEpisodeCode, parseEpisodeCode } from '../../../lib/library/episode-code';
import { applyPatch } from '../../../lib/library/patch';
import { planType } from '../../../lib/library/sync-plan';
import { emptyActivities } from './fake-simkl';
import { entryOf, GOT, MATRIX } from './fixtures';

describe('applyPatch (the optimistic effect of a write)', () => {
  it('rewrites a movie set to watching as completed, like Simkl', () => {
    expect(applyPatch(null, { item: MATRIX, status: 'watching' })?.status).toBe('completed');
  });

  it('adds an unlisted item when rated (movie → completed, show → watching)', () => {
    expect(applyPatch(null, { item: MATRIX, rating: 8 })).toMatchObject({ status: 'completed', rating: 8 });
    expect(applyPatch(null, { item: GOT, rating: 8 })).toMatchObject({ status: 'watching', rating: 8 });
  });

  it('removing a rating of an unlisted item changes nothing', () => {
    expect(applyPatch(null, { item: MATRIX, rating: null })).toBeNull();
  });

  it('counts a watched episode, moves "next" along and starts a planned show', () => {
    const entry = entryOf(GOT, { watchedEpisodes: 4, totalEpisodes: 73, nextToWatch: 'S01E05' });
    const next = applyPatch(entry, {
      item: GOT,
      watched: { season: 1, episode: 5 },
      at: '2024-06-01T00:00:00Z',
    });
    expect(next).toMatchObject({
      status: 'watching',
      watchedEpisodes: 5,
      lastWatched: 'S01E05',
      nextToWatch: 'S01E06',
      lastWatchedAt: '2024-06-01T00:00:00Z',
    });
  });

  it('marks a whole show completed with every episode', () => {
    const entry = entryOf(GOT, { status: 'watching', watchedEpisodes: 4, totalEpisodes: 73 });
    expect(applyPatch(entry, { item: GOT, watched: 'all' })).toMatchObject({
      status: 'completed',
      watchedEpisodes: 73,
    });
  });

  it('removal wins over everything', () => {
    expect(applyPatch(entryOf(MATRIX), { item: MATRIX, removed: true })).toBeNull();
  });
});

describe('episode codes', () => {
  it.each([
    ['S02E05', { season: 2, episode: 5 }],
    ['E148', { episode: 148 }],
    ['s1e1', { season: 1, episode: 1 }],
  ])('parses %s', (code, ref) => {
    expect(parseEpisodeCode(code)).toEqual(ref);
  });

  it.each([null, '', 'S01', 'next'])('refuses %s', (code) => {
    expect(parseEpisodeCode(code)).toBeNull();
  });

  it('formats both numberings', () => {
    expect(formatEpisodeCode({ season: 2, episode: 5 })).toBe('S02E05');
    expect(formatEpisodeCode({ episode: 148 })).toBe('E148');
  });
});

describe('planType', () => {
  it('plans a full read of a type never synced', () => {
    expect(planType('movies', emptyActivities().movies, undefined)).toEqual({
      full: true,
      items: { type: 'movies' },
      removals: false,
    });
  });

  it('plans nothing when the timestamps are equal', () => {
    const bucket = {
      ...emptyActivities().shows,
      all: '2024-01-01T00:00:00Z',
      watching: '2024-01-01T00:00:00Z',
    };
    expect(planType('shows', bucket, { ...bucket })).toEqual({ full: false, removals: false });
  });
});
