/**
 * How fast the in-page control appears, per site, in Chromium (the chrome-mv3 build) against the local
 * Simkl service and the fixture pages; run by `npm run bench` (never a test: speed is only measured).
 *
 * Setup: the demo user's library holds every benchmarked title and the extension signs in from the
 * control, so each visit is of a title already in the local mirror. Then, per site, LOADS pairs of
 * full page loads in one tab, one with the service worker running (warm) and one with it stopped just
 * before (cold, as Chrome stops it after 30 s idle; docs/architecture.md, The title index), each timed by the probe of bench/lib/mount-probe.ts (method there): anchor →
 * control visible, and anchor → control ready (the label shows the title's state). The Simkl
 * requests the service logged during those visits are counted too: a mirrored title must cost none.
 * Prints a table and writes bench-output/mount.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SIMKL_HOSTS } from '../lib/hosts';
import { ensureBuilt, REPO_ROOT } from '../tests/e2e/harness/build-output';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { inControls } from '../tests/e2e/harness/closed-roots';
import { CONTROL, clickInControl, waitForButtonText } from '../tests/e2e/harness/pages';
import { startWorld, type World } from '../tests/e2e/harness/world';
import { DEMO_USER } from '../tests/simkl-service/index';
import {
  attachProbe,
  type MountRecord,
  mountProbeScript,
  PROBE_HOST_BINDING,
  summarise,
} from './lib/mount-probe';

const LOADS = 30;

interface SiteCase {
  site: string;
  url: string;
  /** The element the adapter anchors the control at on this page. */
  anchor: string;
  /** The label a mirrored title must show. */
  label: string;
}

const CASES: readonly SiteCase[] = [
  {
    site: 'IMDb',
    url: 'https://www.imdb.com/title/tt0133093/',
    anchor: 'h1[data-testid="hero__pageTitle"]',
    label: 'Simkl: Plan to Watch',
  },
  {
    site: 'TMDB',
    url: 'https://www.themoviedb.org/tv/66732-stranger-things',
    anchor: '.header .title',
    label: 'Simkl: Watching · S1E1 next',
  },
  {
    site: 'MAL',
    url: 'https://myanimelist.net/anime/1535/Death_Note',
    anchor: '.page-title',
    label: 'Simkl: Completed',
  },
  {
    site: 'Netflix',
    url: 'https://www.netflix.com/title/80057281',
    anchor: '.previewModal--player-titleTreatmentWrapper',
    label: 'Simkl: Watching · S1E1 next',
  },
];

const SIMKL = new Set<string>(SIMKL_HOSTS);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function simklRequests(world: World): number {
  return simklPaths(world).length;
}

/** What the Simkl hosts were asked, such as "GET api.simkl.com/search/id?netflix=80057281". */
function simklPaths(world: World): string[] {
  return world.control
    .requestLog()
    .filter((entry) => SIMKL.has(entry.host))
    .map((entry) => `${entry.method} ${entry.host}${entry.path}`);
}

/** Waits until the service has seen no Simkl request for `quietMs` (the sync after sign-in is done). */
async function settle(world: World, quietMs = 1_500): Promise<void> {
  let seen = -1;
  while (seen !== simklRequests(world)) {
    seen = simklRequests(world);
    await sleep(quietMs);
  }
}

/** One full page load, timed by the probe; the label must be the title's state. */
async function timedLoad(
  tab: Page,
  entry: SiteCase,
): Promise<{ anchor: number; visible: number; ready: number; bounded: boolean }> {
  await tab.goto(entry.url);
  await tab.waitForFunction(() => (window as unknown as { __simklMount?: MountRecord }).__simklMount?.ready);
  const record = await tab.evaluate(() => (window as unknown as { __simklMount: MountRecord }).__simklMount);
  const { anchor, visible, ready } = record;
  if (anchor === null || visible === null || ready === null)
    throw new Error(`${entry.site}: incomplete record ${JSON.stringify(record)}`);
  if (record.label !== entry.label) throw new Error(`${entry.site}: "${record.label}", not "${entry.label}"`);
  // Ready before the closed root reached the probe: stamped on arrival, an upper bound (mount-probe.ts).
  return { anchor, visible, ready, bounded: ready === record.attached };
}

const world = await startWorld();
const chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
const results = [];
try {
  world.control.seedLibrary(DEMO_USER.id, [
    { ids: { imdb: 'tt0133093' }, status: 'plantowatch' },
    { ids: { tmdb: '66732' }, type: 'show', status: 'watching' },
    { ids: { mal: '1535' }, status: 'completed' },
  ]);
  const page = await chrome.context.newPage();
  const first = CASES[0];
  if (!first) throw new Error('no cases');
  await page.goto(first.url);
  await waitForButtonText(page, 'Sign in to Simkl');
  await clickInControl(page, CONTROL.button);
  await waitForButtonText(page, first.label, 20_000);
  await settle(world);
  await page.close();

  for (const entry of CASES) {
    const tab = await chrome.context.newPage();
    await tab.exposeFunction(PROBE_HOST_BINDING, () => inControls(tab, attachProbe, null));
    await tab.addInitScript({ content: mountProbeScript(entry.anchor) });
    // One visit first, not timed: a page id the mirror does not hold (Netflix's, here) is looked up
    // once and cached, and the loads below measure the visits after it, which must cost nothing.
    await timedLoad(tab, entry);
    await settle(world);
    world.control.clearLog();
    const timings = {
      warm: { visible: [] as number[], ready: [] as number[], bounded: 0 },
      cold: { visible: [] as number[], ready: [] as number[], bounded: 0 },
    };
    for (let load = 0; load < LOADS; load++) {
      // Warm and cold loads alternate, so a busy moment of the machine weighs on both alike.
      for (const mode of ['warm', 'cold'] as const) {
        if (mode === 'cold') await chrome.stopServiceWorker();
        const record = await timedLoad(tab, entry);
        timings[mode].visible.push(record.visible - record.anchor);
        timings[mode].ready.push(record.ready - record.anchor);
        if (record.bounded) timings[mode].bounded++;
      }
    }
    // Anything the last visit set off has had time to reach the service.
    await sleep(1_000);
    const siteRequests = world.control.requestLog().filter((logged) => !SIMKL.has(logged.host)).length;
    results.push({
      site: entry.site,
      url: entry.url,
      loads: LOADS,
      warm: {
        visibleMs: summarise(timings.warm.visible),
        readyMs: summarise(timings.warm.ready),
        readyAtHandOver: timings.warm.bounded,
      },
      cold: {
        visibleMs: summarise(timings.cold.visible),
        readyMs: summarise(timings.cold.ready),
        readyAtHandOver: timings.cold.bounded,
      },
      simklRequests: simklRequests(world),
      simklPaths: simklPaths(world),
      siteRequests,
    });
    await tab.close();
  }
} finally {
  await chrome.close();
  await world.close();
}

const ms = (value: number) => value.toFixed(1).padStart(8);
console.log(
  `\ncontrol mount time, Chromium chrome-mv3, ${LOADS} loads per site and mode (ms from the anchor existing);` +
    '\n  warm = the service worker running, cold = stopped before each load (as Chrome does after 30 s idle);' +
    "\n  ready = the label shows the user's state (from the title index, or the background's answer);" +
    '\n  a ready stamped at the hand-over of the closed root is an upper bound (bench/lib/mount-probe.ts)',
);
console.log(
  `  ${'site'.padEnd(8)} ${'visible p50'.padStart(11)} ${'ready p50 warm'.padStart(14)} ${'p95'.padStart(8)} ${'cold'.padStart(8)} ${'p95'.padStart(8)}  Simkl requests (site requests)  ready at hand-over warm/cold`,
);
for (const row of results) {
  console.log(
    `  ${row.site.padEnd(8)} ${ms(row.warm.visibleMs.median).padStart(11)} ${ms(row.warm.readyMs.median).padStart(14)} ${ms(row.warm.readyMs.p95)} ${ms(row.cold.readyMs.median)} ${ms(row.cold.readyMs.p95)}  ${row.simklRequests} (${row.siteRequests})  ${row.warm.readyAtHandOver}/${row.cold.readyAtHandOver} of ${LOADS}`,
  );
}
const outDir = path.join(REPO_ROOT, 'bench-output');
fs.mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, 'mount.json');
fs.writeFileSync(file, `${JSON.stringify({ browser: 'chromium', build: 'chrome-mv3', results }, null, 2)}\n`);
console.log(`\nWritten to ${path.relative(REPO_ROOT, file)}`);
const costly = results.filter((row) => row.simklRequests > 0);
if (costly.length > 0) {
  for (const row of costly)
    console.error(`${row.site} visits made Simkl requests: ${row.simklPaths.join(', ')}`);
  process.exitCode = 1;
}
