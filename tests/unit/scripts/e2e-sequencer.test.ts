// @vitest-environment node

import { describe, expect, it } from 'vitest';
import type { TestSpecification, Vitest } from 'vitest/node';
import { SlowestFirstSequencer } from '../../e2e/harness/sequencer';

const project = { name: 'e2e', config: { sequence: { groupOrder: 0 }, isolate: true } };
const spec = (file: string) =>
  ({ moduleId: `/repo/tests/e2e/${file}`, project }) as unknown as TestSpecification;
// A clean clone: no results and no stats cached, so vitest keeps the given order.
const ctx = {
  config: { root: '/repo' },
  cache: { getFileTestResults: () => undefined, getFileStats: () => undefined },
} as unknown as Vitest;

describe('the e2e files’ order', () => {
  it('starts the known longest files first, longest first, and keeps vitest’s order for the rest', async () => {
    const files = [
      'slice.e2e.test.ts',
      'import.e2e.test.ts',
      'episodes.e2e.test.ts',
      'scrobble.e2e.test.ts',
      'popup.e2e.test.ts',
      'badges.e2e.test.ts',
    ].map(spec);
    const sorted = await new SlowestFirstSequencer(ctx).sort(files);
    expect(sorted.map((file) => file.moduleId.split('/').pop())).toEqual([
      'scrobble.e2e.test.ts',
      'popup.e2e.test.ts',
      'import.e2e.test.ts',
      'slice.e2e.test.ts',
      'episodes.e2e.test.ts',
      'badges.e2e.test.ts',
    ]);
  });
});
