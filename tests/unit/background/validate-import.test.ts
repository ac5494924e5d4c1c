import { describe, expect, it } from 'vitest';
import { InvalidMessage } from '../../../lib/background/intents/validate-basic';
import {
  validateImportDiscard,
  validateImportHistory,
  validateImportStart,
} from '../../../lib/background/intents/validate-import';

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

describe('validateImportStart and validateImportDiscard', () => {
  it('takes the preview the go names, and the user whose waiting import is discarded', () => {
    const plan = '0b5f6c1e-2a7d-4d35-9a8e-55d1c9f0e6a1';
    expect(validateImportStart({ plan, extra: 1 })).toEqual({ plan });
    expect(validateImportDiscard({ user: 7 })).toEqual({ user: 7 });
  });

  it.each([
    ['a start that names no preview', () => validateImportStart({})],
    ['a start that names an empty preview', () => validateImportStart({ plan: '' })],
    ['a start that names something else', () => validateImportStart({ plan: '<img src=x>' })],
    ['a discard without a user', () => validateImportDiscard({})],
    ['a discard of user 0', () => validateImportDiscard({ user: 0 })],
  ])('refuses %s', (_what, validate) => {
    expect(validate).toThrow(InvalidMessage);
  });
});
