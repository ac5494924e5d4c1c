import os from 'node:os';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { SlowestFirstSequencer } from './tests/e2e/harness/sequencer';
import { SCRIPT_CONTEXT_ALIAS } from './wxt.config';

/**
 * Three layers, each its own project: unit tests of the extension's code (happy-dom with WXT's
 * fakeBrowser), the local Simkl service's contract tests (plain Node), and the real-browser
 * end-to-end suites (plain Node driving Chromium and Firefox ESR, three files at a time even on two
 * cores: most of an e2e file's time is spent waiting on real seconds, such as the players' videos, not
 * on the CPU; with the seven player files two at a time left the CPU idle and the suite past 15
 * minutes). Unit files run in worker threads, which start faster than processes.
 */
const E2E_WORKERS = Math.min(4, Math.max(3, os.availableParallelism() - 1));
export default defineConfig({
  test: {
    sequence: { sequencer: SlowestFirstSequencer },
    projects: [
      {
        plugins: [WxtVitest(), preact()],
        resolve: { alias: [SCRIPT_CONTEXT_ALIAS] },
        test: {
          name: 'unit',
          environment: 'happy-dom',
          pool: 'threads',
          // One module graph per worker, not one per file: 40 s instead of 194 s for the project on this
          // 2-core machine. So a test must leave the shared world as it found it: tests/unit/setup.ts
          // puts back mocks, timers, stubbed globals and the fake browser after each test and gives each
          // file a fresh IndexedDB; a test that starts background work (a sync, a writer, a listener)
          // awaits or stops it before it ends (docs/architecture.md, Tests).
          isolate: false,
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'service',
          environment: 'node',
          include: ['tests/simkl-service/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: true,
          maxWorkers: E2E_WORKERS,
          // A file's scenarios that run at once (it.concurrent, e.g. scenarios/scrobble-run.ts) all
          // start together: vitest's default of 5 would hold the others back until one ends.
          maxConcurrency: 10,
        },
      },
    ],
  },
});
