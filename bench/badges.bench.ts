/**
 * How fast the list badges appear on IMDb charts, in Chromium (the chrome-mv3 build) against the local
 * Simkl service; run by `npm run bench` (never a test: speed is only measured).
 *
 * Setup: the demo user's library holds 40 of the chart's titles (made-up films), the extension signs
 * in from the control on a title page and syncs. Then, per page (the 250-entry chart and a 1,000-link
 * one, both with those 40 first), LOADS full loads in one tab, each timed by bench/lib/badges-probe.ts:
 * ms from the list holding all its entries to every entry's badge in the document (and to the first;
 * every entry gets one, listed or not, all at once). The Simkl requests the service logged during
 * those loads are counted: badging a list must cost none. Prints a table with the budget beside the
 * 250-entry figure (docs/architecture.md, List badges) and writes bench-output/badges.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SIMKL_HOSTS } from '../lib/hosts';
import { ensureBuilt, REPO_ROOT } from '../tests/e2e/harness/build-output';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { CONTROL, clickInControl, waitForButtonText } from '../tests/e2e/harness/pages';
import { startWorld, type World } from '../tests/e2e/harness/world';
import { syntheticTitle } from '../tests/simkl-service/catalogue/synthetic';
import { DEMO_USER } from '../tests/simkl-service/index';
import { type BadgesRecord, badgesProbeScript } from './lib/badges-probe';
import { summarise } from './lib/mount-probe';

const LOADS = 30;
const KNOWN = Array.from({ length: 80 }, (_, index) => syntheticTitle(index))
  .filter((title) => title.kind === 'movie')
  .slice(0, 40)
  .map((title) => title.imdb);
const chartUrl = (fixture: string) =>
  `https://www.imdb.com/chart/top/?fixture=${fixture}&known=${KNOWN.join(',')}`;
/** The 250-entry chart's p50 from the list's last entry to its last badge, in ms (only reported). */
const BUDGET_250_MS = 30;
const CASES = [
  { page: 'IMDb chart, 250 entries', url: chartUrl('badges-250'), entries: 250, budgetMs: BUDGET_250_MS },
  { page: 'IMDb chart, 1,000 links', url: chartUrl('badges-1000'), entries: 1000, budgetMs: null },
] as const;

const SIMKL = new Set<string>(SIMKL_HOSTS);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const simklRequests = (world: World) =>
  world.control.requestLog().filter((entry) => SIMKL.has(entry.host)).length;

async function settle(world: World, quietMs = 1_500): Promise<void> {
  let seen = -1;
  while (seen !== simklRequests(world)) {
    seen = simklRequests(world);
    await sleep(quietMs);
  }
}

const world = await startWorld();
const chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
const results = [];
try {
  world.control.seedSyntheticLibrary(DEMO_USER.id, 80);
  const page = await chrome.context.newPage();
  await page.goto('https://www.imdb.com/title/tt0133093/');
  await waitForButtonText(page, 'Sign in to Simkl');
  await clickInControl(page, CONTROL.button);
  await waitForButtonText(page, 'Add to Simkl', 20_000);
  await settle(world);
  await page.close();

  for (const entry of CASES) {
    const tab = await chrome.context.newPage();
    await tab.addInitScript({ content: badgesProbeScript(entry.entries) });
    // One load outside the sample: the mirror and the worker are warm, as on any visit but the first.
    await tab.goto(entry.url);
    await tab.waitForFunction(
      () => (window as unknown as { __simklBadges?: BadgesRecord }).__simklBadges?.all,
    );
    world.control.clearLog();
    const all: number[] = [];
    const first: number[] = [];
    const afterLoaded: number[] = [];
    for (let load = 0; load < LOADS; load++) {
      await tab.goto(entry.url);
      await tab.waitForFunction(
        () => (window as unknown as { __simklBadges?: BadgesRecord }).__simklBadges?.all,
        null,
        { timeout: 20_000 },
      );
      const record = await tab.evaluate(
        () => (window as unknown as { __simklBadges: BadgesRecord }).__simklBadges,
      );
      if (
        record.list === null ||
        record.first === null ||
        record.all === null ||
        record.domContentLoaded === null
      )
        throw new Error(`${entry.page}: incomplete record ${JSON.stringify(record)}`);
      all.push(record.all - record.list);
      first.push(record.first - record.list);
      afterLoaded.push(record.all - record.domContentLoaded);
    }
    results.push({
      page: entry.page,
      url: entry.url,
      loads: LOADS,
      badges: entry.entries,
      listed: KNOWN.length,
      budgetMs: entry.budgetMs,
      allMs: summarise(all),
      firstMs: summarise(first),
      afterDomContentLoadedMs: summarise(afterLoaded),
      simklRequests: simklRequests(world),
    });
    await tab.close();
  }
} finally {
  await chrome.close();
  await world.close();
}

const ms = (value: number) => value.toFixed(1).padStart(8);
console.log(
  `\nlist badges, Chromium chrome-mv3, ${LOADS} loads per page (ms from the list holding every entry)`,
);
console.log(
  `  ${'page'.padEnd(24)} ${'all p50'.padStart(8)} ${'budget'.padStart(8)} ${'p95'.padStart(8)} ${'first p50'.padStart(10)} ${'DCL→all p50'.padStart(12)}  Simkl requests`,
);
for (const row of results) {
  const budget =
    row.budgetMs === null ? '—' : `≤ ${row.budgetMs}${row.allMs.median <= row.budgetMs ? '' : ' ✗'}`;
  console.log(
    `  ${row.page.padEnd(24)} ${ms(row.allMs.median)} ${budget.padStart(8)} ${ms(row.allMs.p95)} ${ms(row.firstMs.median).padStart(10)} ${ms(row.afterDomContentLoadedMs.median).padStart(12)}  ${row.simklRequests}`,
  );
}
const outDir = path.join(REPO_ROOT, 'bench-output');
fs.mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, 'badges.json');
fs.writeFileSync(file, `${JSON.stringify({ browser: 'chromium', build: 'chrome-mv3', results }, null, 2)}\n`);
console.log(`\nWritten to ${path.relative(REPO_ROOT, file)}`);
if (results.some((row) => row.simklRequests > 0)) {
  console.error('Badging a list made Simkl requests');
  process.exitCode = 1;
}
