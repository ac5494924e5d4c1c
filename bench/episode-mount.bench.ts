/**
 * How fast an IMDb episode page's control shows the user's state of that episode ("Simkl: S4E13 ✓ …",
 * docs/architecture.md, Episodes and seasons), in Chromium (the chrome-mv3 build) against the local Simkl service and the fixture
 * page; run by `npm run bench` (never a test: speed is only measured).
 *
 * Setup: Doctor Who is on the demo user's lists with S4E13 watched, and the extension signs in from
 * the control. Then LOADS pairs of full loads of Journey's End (S4E13) in one tab, warm (the service
 * worker running) and cold (stopped just before), each timed by bench/lib/mount-probe.ts: anchor →
 * control visible, and anchor → the label says the episode's state (the `status` answer, then the
 * mirror's `episodes`). A mirrored episode must cost no Simkl request. Writes
 * bench-output/episode-mount.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SIMKL_HOSTS } from '../lib/hosts';
import { REPO_ROOT } from '../tests/e2e/harness/build-output';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { CONTROL, clickInControl, waitForButtonText } from '../tests/e2e/harness/pages';
import { startWorld, type World } from '../tests/e2e/harness/world';
import { DEMO_USER } from '../tests/simkl-service/index';
import { MOUNT_BUDGETS, type MountRecord, mountProbeScript, summarise } from './lib/mount-probe';
import { buildForProbe } from './lib/probe-build';

const LOADS = 20;
const URL = 'https://m.imdb.com/title/tt1205438/';
const ANCHOR = 'h1[data-testid="hero__pageTitle"]';
const READY = /^Simkl: S4E13 ✓ /;

const SIMKL = new Set<string>(SIMKL_HOSTS);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const simklPaths = (world: World) =>
  world.control
    .requestLog()
    .filter((entry) => SIMKL.has(entry.host))
    .map((entry) => `${entry.method} ${entry.host}${entry.path}`);

/** Waits until the service has seen no Simkl request for `quietMs` (the sync after sign-in is done). */
async function settle(world: World, quietMs = 1_500): Promise<void> {
  let seen = -1;
  while (seen !== simklPaths(world).length) {
    seen = simklPaths(world).length;
    await sleep(quietMs);
  }
}

async function timedLoad(tab: Page): Promise<{ visible: number; ready: number }> {
  await tab.goto(URL);
  await tab.waitForFunction(
    () => (window as unknown as { __simklMount?: MountRecord }).__simklMount?.ready,
    undefined,
    { timeout: 30_000 },
  );
  const record = await tab.evaluate(() => (window as unknown as { __simklMount: MountRecord }).__simklMount);
  const { anchor, visible, ready } = record;
  if (anchor === null || visible === null || ready === null)
    throw new Error(`incomplete record ${JSON.stringify(record)}`);
  return { visible: visible - anchor, ready: ready - anchor };
}

const world = await startWorld();
const chrome = await launchChromium({ extensionDir: await buildForProbe(), world });
const timings = {
  warm: { visible: [] as number[], ready: [] as number[] },
  cold: { visible: [] as number[], ready: [] as number[] },
};
let requests: string[] = [];
try {
  world.control.seedLibrary(DEMO_USER.id, [
    {
      ids: { imdb: 'tt0436992' },
      type: 'show',
      status: 'watching',
      watchedEpisodes: [
        { season: 4, episode: 12 },
        { season: 4, episode: 13 },
      ],
    },
  ]);
  const page = await chrome.context.newPage();
  await page.goto(URL);
  await waitForButtonText(page, 'Sign in to Simkl');
  await clickInControl(page, CONTROL.button);
  await waitForButtonText(page, READY, 30_000);
  await settle(world);
  await page.close();

  const tab = await chrome.context.newPage();
  await tab.addInitScript({ content: mountProbeScript(ANCHOR, READY) });
  await timedLoad(tab);
  await settle(world);
  world.control.clearLog();
  for (let load = 0; load < LOADS; load++) {
    // Warm and cold alternate, so a busy moment of the machine weighs on both alike.
    for (const mode of ['warm', 'cold'] as const) {
      if (mode === 'cold') await chrome.stopServiceWorker();
      const record = await timedLoad(tab);
      timings[mode].visible.push(record.visible);
      timings[mode].ready.push(record.ready);
    }
  }
  await sleep(1_000);
  requests = simklPaths(world);
} finally {
  await chrome.close();
  await world.close();
}

const results = {
  browser: 'chromium',
  build: 'chrome-mv3 (probe build)',
  url: URL,
  loads: LOADS,
  warm: { visibleMs: summarise(timings.warm.visible), readyMs: summarise(timings.warm.ready) },
  cold: { visibleMs: summarise(timings.cold.visible), readyMs: summarise(timings.cold.ready) },
  simklRequests: requests.length,
  simklPaths: requests,
};
const ms = (value: number) => value.toFixed(1).padStart(8);
const { visibleMs, readyMs } = MOUNT_BUDGETS;
/** A figure and whether it keeps its budget. */
const judged = (value: number, budget: number) => `${ms(value)}${value <= budget ? ' ' : '!'}`;
console.log(
  `\nepisode page control, Chromium chrome-mv3 (probe build), ${LOADS} loads per mode (ms from the anchor existing);` +
    "\n  ready = the label says the user's state of the episode (Simkl: S4E13 ✓ …), stamped by the control;" +
    '\n  warm = the service worker running, cold = stopped before each load;' +
    `\n  budgets: visible <= ${visibleMs} ms, ready <= ${readyMs} ms; ! = over budget`,
);
console.log(
  `  ${'mode'.padEnd(6)} ${'visible p50'.padStart(12)} ${'p95'.padStart(9)} ${'ready p50'.padStart(10)} ${'p95'.padStart(9)}`,
);
console.log(
  `  ${'budget'.padEnd(6)} ${ms(visibleMs).padStart(11)}  ${ms(visibleMs)}  ${ms(readyMs).padStart(9)}  ${ms(readyMs)}`,
);
for (const mode of ['warm', 'cold'] as const) {
  const row = results[mode];
  console.log(
    `  ${mode.padEnd(6)} ${judged(row.visibleMs.median, visibleMs).padStart(12)} ${judged(row.visibleMs.p95, visibleMs)} ${judged(row.readyMs.median, readyMs).padStart(10)} ${judged(row.readyMs.p95, readyMs)}`,
  );
}
console.log(`  Simkl requests during the timed loads: ${requests.length}`);
const outDir = path.join(REPO_ROOT, 'bench-output');
fs.mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, 'episode-mount.json');
fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWritten to ${path.relative(REPO_ROOT, file)}`);
if (requests.length > 0) {
  console.error(`episode page visits made Simkl requests: ${requests.join(', ')}`);
  process.exitCode = 1;
}
