import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportPlan, ImportTarget } from '../../../lib/import/netflix-map';
import { importPreviewText } from '../../../lib/import/preview-text';
import { stubI18n } from '../page/helpers';

beforeEach(stubI18n);

describe('importPreviewText', () => {
  it('reads the plan as the issue words it, with grouped numbers', () => {
    const target = { key: 'k' } as ImportTarget;
    const plan: ImportPlan = {
      viewings: 1234,
      movies: 87,
      episodes: 1100,
      shows: 52,
      targets: Array.from({ length: 1050 }, () => target),
      alreadyWatched: 40,
      tooShort: 3,
      unmatched: Array.from({ length: 9 }, (_, i) => `Show ${i}`),
    };
    expect(importPreviewText(plan)).toBe(
      'Found 1,234 viewings: 87 movies, 1,100 episodes of 52 shows. 1,050 are new to Simkl, 9 could not be matched.',
    );
  });
});
