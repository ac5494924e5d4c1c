/**
 * The first full sync of a 5,000-item library and the no-change sync after it, in Chromium (the
 * chrome-mv3 build) against the local Simkl service; run by `npm run bench` (never a test).
 *
 * Setup: the demo user's library holds 5,000 made-up titles (seedSyntheticLibrary: 3,000 movies,
 * 1,500 shows, 500 anime, spread over the lists, a third rated), every series with 66 episodes, most
 * of them watched (about 100,000 watched episodes in all). The extension signs in from the
 * options page, which starts the first full sync. Measured:
 *  - wall time: from the sync's first request (/sync/activities, the service's log) to the moment the
 *    mirror saved its sync time (lastSyncAt, written last): both are Date.now() on this machine;
 *  - requests and bytes: the api.simkl.com answers the service logged in between (bodies uncompressed);
 *  - peak JS heap of the service worker: Runtime.getHeapUsage over the DevTools protocol every 20 ms,
 *    and the heap kept after a forced garbage collection once the sync is done;
 *  - the title index (lib/title-index; docs/architecture.md, The title index) the background writes into storage.local after the
 *    sync: its size (JSON, as storage.local keeps it) and the time from the mirror's lastSyncAt to the
 *    index's write reaching the options page (storage.onChanged there, Date.now()), which is reading
 *    the mirror, encoding and storing it;
 *  - the extension origin's storage once the sync is done (navigator.storage.estimate(): IndexedDB
 *    mostly), from the options page;
 *  - then a sync with nothing changed (syncNow from the options page), which must be exactly one
 *    request (/sync/activities).
 * Prints a table and writes bench-output/sync.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ensureBuilt, REPO_ROOT } from '../tests/e2e/harness/build-output';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { startWorld, type World } from '../tests/e2e/harness/world';
import { DEMO_USER } from '../tests/simkl-service/index';
import { workerHeap } from './lib/worker-heap';

const ITEMS = 5_000;
/** Episodes of every synthetic series: 2,000 series, 1,600 of them with watched episodes ≈ 100,000. */
const EPISODES_PER_SERIES = 66;
/** lib/messaging.ts PROTOCOL_TAG (that module needs the extension's runtime, so it is not imported). */
const PROTOCOL = 'simkl-extension/1';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function ask(page: Page, intent: string): Promise<{ ok: boolean; value?: Record<string, unknown> }> {
  return page.evaluate(
    ([protocol, name]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<never> } } }
      ).chrome.runtime.sendMessage({ protocol, intent: name, data: {} }),
    [PROTOCOL, intent] as const,
  );
}

interface IndexWrite {
  at: number;
  count: number;
  bytes: number;
}

/** In the options page: notes every write of a title index (storage.onChanged), with Date.now(). */
function watchIndexWrites(): void {
  const writes: IndexWrite[] = [];
  (window as unknown as { __indexWrites: IndexWrite[] }).__indexWrites = writes;
  type Change = { newValue?: { count: number } };
  const storage = (
    globalThis as unknown as {
      chrome: { storage: { onChanged: { addListener(l: (c: Record<string, Change>) => void): void } } };
    }
  ).chrome.storage;
  storage.onChanged.addListener((changes) => {
    for (const [key, change] of Object.entries(changes)) {
      if (key !== 'titleIndex' || !change.newValue) continue;
      writes.push({
        at: Date.now(),
        count: change.newValue.count,
        bytes: JSON.stringify(change.newValue).length,
      });
    }
  });
}

const api = (world: World) => world.control.requestLog().filter((entry) => entry.host === 'api.simkl.com');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

const world = await startWorld();
const seeded = world.control.seedSyntheticLibrary(DEMO_USER.id, ITEMS, { episodes: EPISODES_PER_SERIES });
const snapshot = world.control.library(DEMO_USER.id);
const watchedEpisodes = [...snapshot.shows, ...snapshot.anime].reduce((sum, e) => sum + e.watchedCount, 0);
const chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
let result: Record<string, unknown> = {};
try {
  const options = await chrome.context.newPage();
  await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
  const heap = await workerHeap(chrome.context, options);
  await heap.collect();
  const heapBefore = await heap.used();
  await options.evaluate(watchIndexWrites);
  world.control.clearLog();
  heap.start();
  const clicked = Date.now();
  await options.click('[data-action="sign-in"]');
  let lastSyncAt: string | undefined;
  for (const deadline = Date.now() + 300_000; !lastSyncAt && Date.now() < deadline; ) {
    await sleep(100);
    const answer = await ask(options, 'syncStatus');
    lastSyncAt = typeof answer.value?.lastSyncAt === 'string' ? answer.value.lastSyncAt : undefined;
  }
  const peak = heap.stop();
  if (!lastSyncAt) throw new Error('the first sync did not finish within 5 minutes');
  const syncEnd = Date.parse(lastSyncAt);
  const syncRequests = api(world).filter((entry) => entry.path.startsWith('/sync/'));
  const syncStart = Date.parse(syncRequests[0]?.time ?? '');
  const during = syncRequests.filter((entry) => Date.parse(entry.time) <= syncEnd);
  await heap.collect();
  const heapAfter = await heap.used();
  let index: IndexWrite | undefined;
  for (const deadline = Date.now() + 30_000; !index && Date.now() < deadline; await sleep(50)) {
    const writes = await options.evaluate(
      () => (window as unknown as { __indexWrites: IndexWrite[] }).__indexWrites,
    );
    index = writes.filter((write) => write.at >= syncEnd).at(-1);
  }
  if (!index) throw new Error('no title index was written after the sync');
  const storageBytes = await options.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const exported = await ask(options, 'exportData');
  const mirrored = (exported.value?.library as unknown[] | undefined)?.length ?? 0;

  await sleep(1_500);
  world.control.clearLog();
  const noChangeStarted = Date.now();
  const noChange = await ask(options, 'syncNow');
  const noChangeMs = Date.now() - noChangeStarted;
  await sleep(500);
  const noChangeRequests = api(world).map((entry) => `${entry.method} ${entry.path}`);
  if (!noChange.ok) throw new Error(`syncNow failed: ${JSON.stringify(noChange)}`);

  result = {
    items: ITEMS,
    seeded,
    watchedEpisodes,
    mirrored,
    firstSync: {
      wallMs: syncEnd - syncStart,
      signInToSyncedMs: syncEnd - clicked,
      requests: during.length,
      paths: during.map((entry) => `${entry.method} ${entry.path}`),
      bytes: during.reduce((sum, entry) => sum + (entry.bytes ?? 0), 0),
      serviceMs: during.reduce((sum, entry) => sum + (entry.ms ?? 0), 0),
      /** When each request reached the service, from the sync's start (the extension's side between). */
      timeline: during.map(
        (entry) => `+${Date.parse(entry.time) - syncStart} ms ${entry.path} (${entry.ms} ms)`,
      ),
      peakHeapBytes: peak,
      heapBeforeBytes: heapBefore,
      heapAfterGcBytes: heapAfter,
      storageBytes,
    },
    titleIndex: { rows: index.count, bytes: index.bytes, afterSyncMs: index.at - syncEnd },
    noChangeSync: { wallMs: noChangeMs, requests: noChangeRequests.length, paths: noChangeRequests },
    loadAverage: os.loadavg()[0]?.toFixed(2),
  };
} finally {
  await chrome.close();
  await world.close();
}

const first = result.firstSync as Record<string, number | string[]>;
const none = result.noChangeSync as { wallMs: number; requests: number; paths: string[] };
console.log(
  `\nsync of a ${ITEMS.toLocaleString('en-US')}-item library with ${watchedEpisodes.toLocaleString('en-US')} watched episodes, Chromium chrome-mv3 (local service)`,
);
console.log(
  `  first full sync      ${first.wallMs} ms wall (sign-in click → synced ${first.signInToSyncedMs} ms)`,
);
console.log(
  `                       ${first.requests} requests, ${mb(Number(first.bytes))} of JSON: ${(first.paths as string[]).join(', ')}`,
);
console.log(
  `                       the service spent ${first.serviceMs} ms answering; requests reached it at ${(first.timeline as string[]).join(', ')}`,
);
console.log(
  `  worker JS heap       peak ${mb(Number(first.peakHeapBytes))} (before ${mb(Number(first.heapBeforeBytes))}, after GC ${mb(Number(first.heapAfterGcBytes))})`,
);
console.log(
  `  storage              ${mb(Number(first.storageBytes))} (navigator.storage.estimate, IndexedDB)`,
);
console.log(`  mirrored             ${String(result.mirrored)} items`);
const titleIndex = result.titleIndex as { rows: number; bytes: number; afterSyncMs: number };
console.log(
  `  title index          ${titleIndex.rows} rows, ${(titleIndex.bytes / 1024).toFixed(1)} KiB in storage.local, written ${titleIndex.afterSyncMs} ms after the sync`,
);
console.log(
  `  no-change sync       ${none.wallMs} ms, ${none.requests} request(s): ${none.paths.join(', ')}`,
);
const outDir = path.join(REPO_ROOT, 'bench-output');
fs.mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, 'sync.json');
fs.writeFileSync(
  file,
  `${JSON.stringify({ browser: 'chromium', build: 'chrome-mv3', ...result }, null, 2)}\n`,
);
console.log(`\nWritten to ${path.relative(REPO_ROOT, file)}`);
if (none.requests !== 1 || none.paths[0] !== 'GET /sync/activities') {
  console.error('A sync with nothing changed must be exactly one request: /sync/activities');
  process.exitCode = 1;
}
if (result.mirrored !== ITEMS) {
  console.error(`The mirror holds ${String(result.mirrored)} items, not ${ITEMS}`);
  process.exitCode = 1;
}
