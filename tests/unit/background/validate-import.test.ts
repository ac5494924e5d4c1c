import { describe, expect, it } from 'vitest';
import { InvalidMessage } from '../../../lib/background/intents/validate-basic';
import { validateImportHistory } from '../../../lib/background/intents/validate-import';

const viewing = {
  videoId: '80077209',
  seriesId: '80057281',
  title: 'One',
  watchedAt: '2025-03-01T20:00:00.000Z',
};
const show = { netflix: '80057281', title: 'Stranger Things', year: 2016, episodes: [['80077209', 1, 1]] };

describe('validateImportHistory', () => {
  it('copies a well-formed reading, and nothing else it carries', () => {
    const extra = { ...viewing, watchedSeconds: 2900, durationSeconds: 3000, injected: '<img>' };
    expect(validateImportHistory({ viewings: [extra], shows: [show], more: 1 })).toEqual({
      viewings: [{ ...viewing, watchedSeconds: 2900, durationSeconds: 3000 }],
      shows: [show],
    });
    expect(validateImportHistory({ failure: 'signed-out' })).toEqual({ failure: 'signed-out' });
  });

  it.each([
    ['a video id that is no Netflix id', { viewings: [{ ...viewing, videoId: '../x' }], shows: [] }],
    ['a date that is not ISO', { viewings: [{ ...viewing, watchedAt: 'yesterday' }], shows: [] }],
    ['an episode row of the wrong shape', { viewings: [], shows: [{ ...show, episodes: [['1', 'S1', 1]] }] }],
    ['an unknown failure', { failure: 'reload-the-page' }],
    ['no lists at all', {}],
  ])('refuses %s', (_what, data) => {
    expect(() => validateImportHistory(data)).toThrow(InvalidMessage);
  });
});
