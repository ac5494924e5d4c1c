/**
 * How fast the popup's Up next shows its rows, in Chromium (the chrome-mv3 build) against the local
 * Simkl service; run by `npm run bench` (never a test: speed is only measured).
 *
 * Setup: the demo user's library holds 1,000 made-up titles (about a hundred Watching series with
 * aired episodes left) and four airing shows and anime; the extension signs in from the popup, syncs
 * and caches the calendar files. Then OPENS times each, warm and cold in turn: popup.html?view=upnext
 * in a fresh page, "warm" with the service worker running, "cold" right after it was stopped as Chrome
 * stops an idle worker. "Rows visible" is performance.now() (ms from the page's navigation start) at
 * the first moment a row of Up next is in the DOM, noted by a MutationObserver installed before the
 * page's scripts. The popup syncs when it opens (the popup's, not the tab's: one /sync/activities):
 * the Simkl requests of each open are counted. Writes bench-output/up-next.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, REPO_ROOT } from '../tests/e2e/harness/build-output';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { startWorld, type World } from '../tests/e2e/harness/world';
import { DEMO_USER } from '../tests/simkl-service/index';
import { summarise } from './lib/mount-probe';
import { quiet, signInFromPopup } from './lib/popup-session';

const OPENS = 20;
const WARM_UP = 3;

/** Source text, not a function: tsx would carry its helpers into the page (see mount-probe.ts). */
const PROBE = `(() => {
  const record = { rows: null, count: 0, shell: null };
  window.__upNext = record;
  new MutationObserver(() => {
    if (record.shell === null && document.querySelector('.popup')) record.shell = performance.now();
    if (record.rows !== null) return;
    const rows = document.querySelectorAll('[data-testid="up-next-row"]');
    if (rows.length > 0) {
      record.rows = performance.now();
      record.count = rows.length;
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

interface UpNextRecord {
  /** The popup's frame (header, tabs) rendered: the page's own load, before Up next's part and reads. */
  shell: number | null;
  rows: number | null;
  count: number;
}

const apiRequests = (world: World) =>
  world.control.requestLog().filter((entry) => entry.host === 'api.simkl.com');

const world = await startWorld();
world.control.seedSyntheticLibrary(DEMO_USER.id, 1_000);
world.control.seedLibrary(DEMO_USER.id, [
  { ids: { imdb: 'tt1190634' }, type: 'show', status: 'watching', watchedEpisodes: 32 },
  { ids: { imdb: 'tt14452776' }, type: 'show', status: 'watching', watchedEpisodes: 43 },
  { ids: { imdb: 'tt0436992' }, type: 'show', status: 'watching', watchedEpisodes: 12 },
  { ids: { mal: '21' }, type: 'anime', status: 'watching', watchedEpisodes: 1148 },
]);
const chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
const popupUrl = `chrome-extension://${chrome.extensionId}/popup.html`;
type Case = 'warm' | 'cold';
const CASES: readonly Case[] = ['warm', 'cold'];
const shown: Record<Case, number[]> = { warm: [], cold: [] };
const frame: Record<Case, number[]> = { warm: [], cold: [] };
let rowCount = 0;
let requestsPerOpen: Record<string, number> = {};
try {
  await signInFromPopup(chrome, world);
  world.control.clearLog();

  for (let open = 0; open < WARM_UP + OPENS; open++) {
    for (const which of CASES) {
      if (which === 'cold') await chrome.stopServiceWorker();
      const popup = await chrome.context.newPage();
      await popup.addInitScript({ content: PROBE });
      await popup.goto(`${popupUrl}?view=upnext`);
      await popup.waitForFunction(
        () => (window as unknown as { __upNext?: UpNextRecord }).__upNext?.rows !== null,
      );
      const record = await popup.evaluate(() => (window as unknown as { __upNext: UpNextRecord }).__upNext);
      rowCount = Math.max(rowCount, record.count);
      if (open >= WARM_UP && record.rows !== null) shown[which].push(record.rows);
      if (open >= WARM_UP && record.shell !== null) frame[which].push(record.shell);
      // Until the popup's sync is done (the worker then goes idle): the next open starts quiet.
      await quiet(world, 300);
      await popup.close();
    }
  }
  await quiet(world, 1_000);
  for (const entry of apiRequests(world))
    requestsPerOpen[entry.path] = (requestsPerOpen[entry.path] ?? 0) + 1;
  requestsPerOpen = Object.fromEntries(
    Object.entries(requestsPerOpen).map(([key, count]) => [key, count / ((WARM_UP + OPENS) * CASES.length)]),
  );
} finally {
  await chrome.close();
  await world.close();
}

const figures = { warm: summarise(shown.warm), cold: summarise(shown.cold) };
const frames = { warm: summarise(frame.warm), cold: summarise(frame.cold) };
const load = os.loadavg()[0]?.toFixed(2);
const cell = (value: number) => value.toFixed(1).padStart(8);
console.log(
  `\npopup Up next open → rows visible, Chromium chrome-mv3, ${OPENS} opens each, warm (worker running) and cold (worker stopped before the open), ms from navigation start; ${rowCount} rows`,
);
const head = `${'median'.padStart(8)} ${'p95'.padStart(8)}`;
console.log(`  ${'measure'.padEnd(34)} ${'warm'.padStart(17)}   ${'cold'.padStart(17)}`);
console.log(`  ${''.padEnd(34)} ${head}   ${head}`);
const line = (label: string, f: typeof figures) =>
  `  ${label.padEnd(34)} ${cell(f.warm.median)} ${cell(f.warm.p95)}   ${cell(f.cold.median)} ${cell(f.cold.p95)}`;
console.log(line('Up next rows visible', figures));
console.log(line('frame rendered (page load only)', frames));
console.log(
  `  Simkl requests per open: ${JSON.stringify(requestsPerOpen)} (the popup's own sync on open); 1-min load average ${load}`,
);
const outDir = path.join(REPO_ROOT, 'bench-output');
fs.mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, 'up-next.json');
fs.writeFileSync(
  file,
  `${JSON.stringify({ browser: 'chromium', build: 'chrome-mv3', opens: OPENS, rows: rowCount, rowsVisibleMs: figures, frameMs: frames, requestsPerOpen, loadAverage: load }, null, 2)}\n`,
);
console.log(`\nWritten to ${path.relative(REPO_ROOT, file)}`);
