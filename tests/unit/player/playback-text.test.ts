import { beforeEach, describe, expect, it } from 'vitest';
import type { DetectedMedia } from '../../../lib/media';
import { playbackText, titledPlaybackCode } from '../../../lib/player/playback-text';
import { stubI18n } from '../page/helpers';

const EPISODE: DetectedMedia = {
  site: 'netflix',
  kind: 'episode',
  ids: { netflix: '81649856' },
  season: 1,
  episode: 3,
};

beforeEach(() => stubI18n());

describe('the control playback line', () => {
  it('reads the contract labels', () => {
    expect(playbackText({ media: EPISODE, phase: 'playing', progress: 43.2 })).toBe(
      'Simkl: Watching now · S1E3 · 43 %',
    );
    expect(playbackText({ media: EPISODE, phase: 'stopped', progress: 86 })).toBe('Simkl: S1E3 ✓');
    expect(playbackText({ media: EPISODE, phase: 'stopped', progress: 40 })).toBeNull();
    const film: DetectedMedia = {
      site: 'netflix',
      kind: 'movie',
      ids: { netflix: '1' },
      title: 'The Matrix',
    };
    expect(playbackText({ media: film, phase: 'paused', progress: 10 })).toBe(
      'Simkl: Paused · The Matrix · 10 %',
    );
  });
});

describe("a player-only page's line", () => {
  it('names the series with the episode, since no control above it does', () => {
    const media: DetectedMedia = {
      site: 'disneyplus',
      kind: 'episode',
      ids: {},
      show: { ids: {}, title: 'Andor' },
      season: 1,
      episode: 5,
    };
    expect(playbackText({ media, phase: 'playing', progress: 43 }, 80, titledPlaybackCode)).toBe(
      'Simkl: Watching now · Andor S1E5 · 43 %',
    );
    expect(playbackText({ media, phase: 'stopped', progress: 90 }, 80, titledPlaybackCode)).toBe(
      'Simkl: Andor S1E5 ✓',
    );
  });
});
