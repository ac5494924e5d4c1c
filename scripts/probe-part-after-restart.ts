/**
 * Whether Chromium's worker can still import a background part after the browser itself restarted
 * (`npx tsx scripts/probe-part-after-restart.ts`, after `node scripts/build.mjs`): the fact behind
 * docs/architecture.md, "Loading code on demand". Starts Chromium on a profile of its own with the
 * chrome-mv3 build, closes it, starts it again on the same profile, and each time asks the worker to
 * import a part (imported at install, so allowed) and a content script (never imported by the worker,
 * so refused: the control that shows the check can fail). Loads no page; reaches nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { requireChromium } from '../tests/e2e/harness/browsers';
import { REPO_ROOT } from '../tests/e2e/harness/build-output';

const EXTENSION = path.join(REPO_ROOT, '.output', 'chrome-mv3');
const PART = '/match-part.js';
const NEVER_IMPORTED = '/content-scripts/imdb.js';

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'simkl-probe-restart-'));
const launch = () =>
  chromium.launchPersistentContext(profile, {
    executablePath: requireChromium(),
    headless: false, // --headless=new below, as the e2e harness runs it
    args: [
      '--headless=new',
      '--no-sandbox',
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-first-run',
    ],
  });

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }))
  );
}

const importInWorker = (worker: Worker, file: string) =>
  worker.evaluate((url) => {
    try {
      (self as unknown as { importScripts(url: string): void }).importScripts(url);
      return 'imported';
    } catch (error) {
      return `refused: ${String(error).split('\n')[0]}`;
    }
  }, file);

try {
  for (const moment of ['first start (installed)', 'after the browser restarted']) {
    const context = await launch();
    const worker = await extensionWorker(context);
    console.log(`${moment}:`);
    console.log(`  a part (${PART}): ${await importInWorker(worker, PART)}`);
    console.log(`  never imported (${NEVER_IMPORTED}): ${await importInWorker(worker, NEVER_IMPORTED)}`);
    await context.close();
  }
} finally {
  fs.rmSync(profile, { recursive: true, force: true });
}
