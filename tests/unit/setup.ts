// Every unit file gets a fresh in-memory IndexedDB, and every test a clean fake browser that speaks
// English, as the background's words (a waiting write's label, an error) are the browser's i18n
// messages. The unit files share one module graph (no per-file isolation, for speed: see
// docs/architecture.md, Tests), so what one test changes of the shared world is put back after it.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { restoreFakeBrowser } from './helpers/fake-browser-baseline';
import { getMessage } from './helpers/messages';

beforeAll(() => {
  // What a file leaves in its databases stays its own, as when each file had its own module graph.
  globalThis.indexedDB = new IDBFactory();
});

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser.i18n as { getMessage: typeof getMessage }).getMessage = getMessage;
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  restoreFakeBrowser();
  // The parts a test's control loaded (lib/page/parts/part-registry.ts): the next test asks anew.
  delete (globalThis as { __simklExtensionParts?: unknown }).__simklExtensionParts;
});
