/**
 * What the installed Chromium lets an extension load on demand (`npx tsx scripts/probe-lazy-loading.ts`),
 * the facts behind docs/architecture.md, "Loading code on demand". Builds a throwaway MV3 extension in a
 * temporary folder (never the project's build) and prints, for its service worker and a content script
 * on a loopback page:
 * - the worker: `import()`; `importScripts()` after start-up of a file it never imported, and of one it
 *   imported while installing, again after DevTools stopped the worker (as Chrome does when idle);
 * - a content script: `import()` of an extension file that is, and one that is not, web-accessible;
 *   `scripting.executeScript({ files })` from the worker into the script's own isolated world, and
 *   whether the page's world sees what that file defined.
 * It reaches nothing but 127.0.0.1.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { requireChromium } from '../tests/e2e/harness/browsers';
import { stopExtensionWorker } from '../tests/e2e/harness/chromium-worker';

const failure = (error: unknown) =>
  `refused: ${error instanceof Error ? error.message.split('\n')[0] : error}`;

/** The worker answers each probe by message; each file's only effect is a flag on its global. */
const FILES: Record<string, string> = {
  'manifest.json': JSON.stringify({
    manifest_version: 3,
    name: 'lazy-loading-probe',
    version: '1',
    background: { service_worker: 'worker.js' },
    permissions: ['scripting'],
    host_permissions: ['http://127.0.0.1/*'],
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content.js'] }],
    web_accessible_resources: [
      { resources: ['exposed.js'], matches: ['http://127.0.0.1/*'], use_dynamic_url: true },
    ],
  }),
  'worker.js': `
    self.addEventListener('install', () => importScripts('at-install.js'));
    const tryIt = async (load) => { try { await load(); return 'loaded'; } catch (e) { return 'refused: ' + e.message.split('\\n')[0]; } };
    chrome.runtime.onMessage.addListener((message, sender, reply) => {
      const probes = {
        worker: async () => ({
          'the file imported at install, already run': self.atInstall === true,
          'import()': await tryIt(() => import('./module.js')),
          'importScripts() of a file never imported': await tryIt(() => importScripts('never.js')),
          'importScripts() of a file imported at install': await tryIt(() => importScripts('at-install.js')),
        }),
        inject: () => chrome.scripting
          .executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId] }, files: ['part.js'] })
          .then(() => 'loaded', (e) => 'refused: ' + e.message),
      };
      probes[message]().then(reply);
      return true;
    });`,
  'at-install.js': 'self.atInstall = true;',
  'never.js': 'self.never = true;',
  'module.js': 'export const loaded = true;',
  'private.js': 'export const loaded = true;',
  'exposed.js': 'export const loaded = true;',
  'part.js': 'globalThis.probePart = true;',
  'content.js': `(async () => {
    const tryIt = async (load) => { try { await load(); return 'loaded'; } catch (e) { return 'refused: ' + e.message; } };
    const result = {
      'import() of a file not web-accessible': await tryIt(() => import(chrome.runtime.getURL('private.js'))),
      'import() of a web-accessible file': await tryIt(() => import(chrome.runtime.getURL('exposed.js'))),
      'executeScript({ files }) from the worker': await chrome.runtime.sendMessage('inject'),
    };
    result['its global, seen from the content script'] = globalThis.probePart === true;
    document.documentElement.dataset.probe = JSON.stringify(result);
  })();`,
};

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'simkl-lazy-probe-'));
const extension = path.join(folder, 'extension');
fs.mkdirSync(extension);
for (const [name, text] of Object.entries(FILES)) fs.writeFileSync(path.join(extension, name), text);
const server = http.createServer((_, response) => response.end('<!doctype html><title>probe</title>'));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const context = await chromium.launchPersistentContext(path.join(folder, 'profile'), {
  executablePath: requireChromium(),
  headless: true,
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.waitForFunction(() => document.documentElement.dataset.probe);
  console.log(`Chromium ${context.browser()?.version() ?? ''}`);
  console.log(
    'content script:',
    JSON.parse(String(await page.evaluate(() => document.documentElement.dataset.probe))),
  );
  console.log('the page sees its global:', await page.evaluate(() => 'probePart' in globalThis));
  console.log(
    'the page imports the web-accessible file by its fixed address:',
    await page.evaluate(
      (url) =>
        import(url).then(
          () => 'loaded',
          (e) => `refused: ${e.message}`,
        ),
      `chrome-extension://${id}/exposed.js`,
    ),
  );
  // An extension page of the probe's own asks the worker (a page of the extension has `chrome.runtime`).
  const own = await context.newPage();
  await own.goto(`chrome-extension://${id}/manifest.json`);
  type Runtime = { runtime: { sendMessage(message: string): Promise<unknown> } };
  const askWorker = () =>
    own.evaluate(() => (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage('worker'));
  console.log('worker, running since install:', await askWorker());
  await stopExtensionWorker(context, id);
  console.log('worker, started again:', await askWorker());
} catch (error) {
  console.error(failure(error));
  process.exitCode = 1;
} finally {
  await context.close();
  server.close();
  fs.rmSync(folder, { recursive: true, force: true });
}
