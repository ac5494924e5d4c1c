/**
 * Importing a 2,000-viewing Netflix history, in Chromium (the chrome-mv3 build) against the local
 * Simkl service and the fixture Netflix; run by `npm run bench` (never a test).
 *
 * Setup: the demo user signed in; the fixture viewing-activity page with the seeded generated
 * history (tests/fixtures/sites/netflix-history.ts: 20 shakti pages, 1,600 episodes of 40 made-up
 * shows and 400 made-up films, one viewing in ten stopped at 30 %). The service knows those titles
 * (bench/lib/import-catalogue.ts) but one film in fifty, which the preview must list and the import
 * must never send. The flow is the extension's own: the reading is handed over and answered at once
 * with a plan job, the page follows it ("Matching titles with Simkl: N of M", one `/search/id` per
 * title) to the preview, and the go names that preview. Measured:
 *  - wall time from the click on Import to Simkl to the plan job's first answer (reading 20 pages and
 *    40 shows' metadata from Netflix), the plan (the lookups) to the preview, and from the go to the
 *    job's end (batches at 1 POST/s);
 *  - requests: Netflix's (shakti pages, metadata) and Simkl's, by path;
 *  - peak JS heap of the service worker (Runtime.getHeapUsage every 20 ms), and after a forced GC.
 * Prints a table and writes bench-output/import.json; fails when the button's count, the job's count
 * and what landed disagree, or when an unknown film was sent.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ensureBuilt, REPO_ROOT } from '../tests/e2e/harness/build-output';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { clickInControl, textInControl } from '../tests/e2e/harness/pages';
import { startWorld } from '../tests/e2e/harness/world';
import { GENERATED_QUERY, GENERATED_VIEWINGS } from '../tests/fixtures/sites/netflix-history';
import type { LogEntry } from '../tests/simkl-service/types';
import { seedImportCatalogue } from './lib/import-catalogue';
import { workerHeap } from './lib/worker-heap';

/** lib/messaging.ts PROTOCOL_TAG (that module needs the extension's runtime, so it is not imported). */
const PROTOCOL = 'simkl-extension/1';
const TIMEOUT_MS = 300_000;

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

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  for (const deadline = Date.now() + TIMEOUT_MS; Date.now() < deadline; await sleep(200)) {
    const value = await read();
    if (done(value)) return value;
  }
  throw new Error(`${what}: not within ${TIMEOUT_MS / 1000} s`);
}

/** "GET /search/id × 440" per host and path. */
function byPath(entries: readonly LogEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of entries) {
    const key = `${entry.method} ${entry.host}${entry.path.replace(/\/api\/shakti\/[^/]+\//, '/api/shakti/…/')}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** "200 × 440, 429 × 5": a repeated lookup is either Simkl's "slow down" answered again or a bug. */
function byStatus(entries: readonly LogEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of entries) counts[entry.status] = (counts[entry.status] ?? 0) + 1;
  return counts;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

const world = await startWorld();
const { unknownFilms } = seedImportCatalogue(world.control);
const chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
let result: Record<string, unknown> = {};
try {
  const extensionPage = await chrome.context.newPage();
  await extensionPage.goto(`chrome-extension://${chrome.extensionId}/manifest.json`);
  const signedIn = await ask(extensionPage, 'signIn');
  if (!signedIn.ok) throw new Error(`sign-in failed: ${JSON.stringify(signedIn)}`);
  await sleep(3_000); // the first sync after sign-in
  const heap = await workerHeap(chrome.context, extensionPage);
  await heap.collect();
  const heapBefore = await heap.used();

  const netflix = await chrome.context.newPage();
  await netflix.goto(`https://www.netflix.com/viewingactivity?${GENERATED_QUERY}`);
  world.control.clearLog();
  heap.start();
  const clicked = Date.now();
  await clickInControl(netflix, '[data-k="read"]', 30_000);
  const line = () => textInControl(netflix, '[data-k="line"]', 30_000);
  const firstMatching = await until(line, (text) => !text.startsWith('Reading'), 'the plan job');
  const planAnsweredAt = Date.now();
  const matchingLines = new Set<string>([firstMatching]);
  const preview = await until(
    async () => {
      const text = await line();
      if (text.startsWith('Matching')) matchingLines.add(text);
      return text;
    },
    (text) => !text.startsWith('Matching'),
    'the preview',
  );
  const previewAt = Date.now();
  const button = await textInControl(netflix, '[data-k="confirm"]', 30_000);
  const planning = world.control.requestLog();
  world.control.clearLog();
  await clickInControl(netflix, '[data-k="confirm"]', 30_000);
  const confirmed = Date.now();
  const done = await until(
    async () => (await ask(extensionPage, 'importState')).value ?? {},
    (view) => view.phase === 'done',
    'the import',
  );
  const doneAt = Date.now();
  const peak = heap.stop();
  const importing = world.control.requestLog();
  await heap.collect();
  const heapAfter = await heap.used();
  const posts = importing.filter((entry) => entry.path === '/sync/history');
  const sentUnknown = posts.filter((entry) =>
    unknownFilms.some((netflixId) => JSON.stringify(entry.body ?? {}).includes(`"netflix":"${netflixId}"`)),
  );
  const readOnNetflix = planning.filter((entry) => entry.host === 'www.netflix.com');
  const onSimkl = planning.filter((entry) => entry.host !== 'www.netflix.com');
  const lookups = onSimkl.filter((entry) => entry.path === '/search/id');
  const lookedUp = new Set(lookups.map((entry) => JSON.stringify(entry.query)));
  result = {
    viewings: GENERATED_VIEWINGS,
    firstPlanLine: firstMatching,
    lastPlanLine: [...matchingLines].at(-1),
    planLinesSeen: matchingLines.size,
    preview,
    button,
    progress: done.progress,
    notFound: done.notFound,
    readToPlanJobMs: planAnsweredAt - clicked,
    planMs: previewAt - planAnsweredAt,
    readAndPreviewMs: previewAt - clicked,
    importMs: doneAt - confirmed,
    totalMs: doneAt - clicked,
    requests: { reading: byPath(readOnNetflix), planning: byPath(onSimkl), importing: byPath(importing) },
    requestCount: planning.length + importing.length,
    lookups: lookups.length,
    distinctLookups: lookedUp.size,
    lookupStatuses: byStatus(lookups),
    historyPosts: posts.length,
    historyPostStatuses: [...new Set(posts.map((entry) => entry.status))],
    unknownFilms: unknownFilms.length,
    postsCarryingUnknown: sentUnknown.length,
    peakHeapBytes: peak,
    heapBeforeBytes: heapBefore,
    heapAfterGcBytes: heapAfter,
    loadAverage: os.loadavg()[0]?.toFixed(2),
  };
} finally {
  await chrome.close();
  await world.close();
}

const requests = result.requests as Record<string, Record<string, number>>;
const table = (counts: Record<string, number> = {}) =>
  Object.entries(counts)
    .map(([key, count]) => `${key} × ${count}`)
    .join(', ');
console.log(
  `\nimport of ${GENERATED_VIEWINGS.toLocaleString('en-US')} Netflix viewings, Chromium chrome-mv3 (local service)`,
);
console.log(`  plan job answered    ${String(result.firstPlanLine)} (… ${String(result.lastPlanLine)})`);
console.log(`  preview              ${String(result.preview)}`);
console.log(`  button               ${String(result.button)}`);
console.log(`  read → plan job      ${String(result.readToPlanJobMs)} ms: ${table(requests.reading)}`);
console.log(`  plan → preview       ${String(result.planMs)} ms: ${table(requests.planning)}`);
console.log(
  `  lookups              ${String(result.lookups)}, of ${String(result.distinctLookups)} distinct queries; by status ${table(result.lookupStatuses as Record<string, number>)}`,
);
console.log(`  import (1 POST/s)    ${String(result.importMs)} ms: ${table(requests.importing)}`);
console.log(
  `  requests             ${String(result.requestCount)} in all; ${String(result.historyPosts)} /sync/history POSTs`,
);
console.log(
  `  worker JS heap       peak ${mb(Number(result.peakHeapBytes))} (before ${mb(Number(result.heapBeforeBytes))}, after GC ${mb(Number(result.heapAfterGcBytes))})`,
);
const outDir = path.join(REPO_ROOT, 'bench-output');
fs.mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, 'import.json');
fs.writeFileSync(
  file,
  `${JSON.stringify({ browser: 'chromium', build: 'chrome-mv3', ...result }, null, 2)}\n`,
);
console.log(`\nWritten to ${path.relative(REPO_ROOT, file)}`);
const progress = result.progress as { sent?: number; total?: number } | undefined;
const buttonCount = Number(
  /Import ([\d,]+) to Simkl/.exec(String(result.button))?.[1]?.replace(/,/g, '') ?? Number.NaN,
);
if (!progress || progress.sent !== progress.total || !progress.total) {
  console.error(`The import did not send everything: ${JSON.stringify(progress)}`);
  process.exitCode = 1;
} else if (progress.total !== buttonCount) {
  console.error(`The button said ${String(result.button)}, the job sent ${progress.total}.`);
  process.exitCode = 1;
}
if (result.postsCarryingUnknown !== 0) {
  console.error(`${String(result.postsCarryingUnknown)} POSTs carried a film Simkl does not know.`);
  process.exitCode = 1;
}
