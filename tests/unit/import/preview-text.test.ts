import { beforeEach, describe, expect, it } from 'vitest';
import { importPreviewText } from '../../../lib/words/import-preview-text';
import { stubI18n } from '../page/helpers';

beforeEach(stubI18n);

describe('importPreviewText', () => {
  it('reads the summary as the README words it, with grouped numbers', () => {
    const summary = {
      viewings: 1234,
      movies: 87,
      episodes: 1100,
      shows: 52,
      fresh: 1050,
      unmatched: Array.from({ length: 9 }, (_, i) => `Show ${i}`),
    };
    expect(importPreviewText(summary)).toBe(
      'Found 1,234 viewings: 87 movies, 1,100 episodes of 52 shows. 1,050 are new to Simkl, 9 could not be matched.',
    );
  });
});
