#!/usr/bin/env node
/**
 * `npm run bench`: what the extension weighs. Builds when a build is missing, then prints every file of
 * the Chrome MV3 and Firefox MV2 builds (raw and gzip -9), the popup's first load and the store zips,
 * and writes the same numbers to bench-output/sizes.json. Then scripts/bundle-weight.ts shows where each
 * bundle's bytes go, per area and source file (bench-output/bundle-weight.json).
 *
 * Each size bench is a plain async function in BENCHES answering rows. The browser timings (control
 * mount time, popup first render, sync of a large library) live in bench/*.bench.ts, one file each,
 * run afterwards with tsx; each prints its own table and writes bench-output/<name>.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isBuildFresh } from './lib/freshness.mjs';
import { fail, localBin, REPO_ROOT, run } from './lib/process.mjs';
import { gzipSize, listFiles, pageScripts, rawSize } from './lib/sizes.mjs';

const OUTPUT = path.join(REPO_ROOT, '.output');
const TARGETS = ['chrome-mv3', 'firefox-mv2'];

async function ensureBuilt() {
  const stale = TARGETS.some((target) => !isBuildFresh(target));
  const zips = fs.existsSync(OUTPUT) ? fs.readdirSync(OUTPUT).filter((name) => name.endsWith('.zip')) : [];
  if (!stale && zips.length > 0) return;
  const { code } = await run(process.execPath, ['scripts/build.mjs']);
  if (code !== 0) fail('the build failed');
}

/** One row per file of a build: [file, raw bytes, gzip -9 bytes]. */
async function bundleFiles(target) {
  const dir = path.join(OUTPUT, target);
  return listFiles(dir).map((file) => [file, rawSize(path.join(dir, file)), gzipSize(path.join(dir, file))]);
}

async function popupFirstLoad() {
  const dir = path.join(OUTPUT, 'chrome-mv3');
  const files = pageScripts(dir, 'popup.html');
  const rows = files.map((file) => [path.relative(dir, file), rawSize(file), gzipSize(file)]);
  const total = rows.reduce((sum, [, raw, gz]) => [sum[0] + raw, sum[1] + gz], [0, 0]);
  return [...rows, ['total', ...total]];
}

async function zipSizes() {
  return fs
    .readdirSync(OUTPUT)
    .filter((name) => name.endsWith('.zip'))
    .sort()
    .map((name) => [name, rawSize(path.join(OUTPUT, name)), null]);
}

export const BENCHES = [
  { title: 'chrome-mv3 files', run: () => bundleFiles('chrome-mv3') },
  { title: 'firefox-mv2 files', run: () => bundleFiles('firefox-mv2') },
  { title: 'popup first load (chrome-mv3)', run: popupFirstLoad },
  { title: 'store zips', run: zipSizes },
];

const bytes = (value) => (value === null ? '' : value.toLocaleString('en-US'));

function printTable(title, rows) {
  const width = Math.max(30, ...rows.map(([name]) => name.length));
  console.log(`\n${title}`);
  console.log(`  ${'file'.padEnd(width)} ${'raw B'.padStart(10)} ${'gzip -9 B'.padStart(10)}`);
  for (const [name, raw, gz] of rows) {
    console.log(`  ${name.padEnd(width)} ${bytes(raw).padStart(10)} ${bytes(gz).padStart(10)}`);
  }
}

await ensureBuilt();
const results = {};
for (const { title, run: bench } of BENCHES) {
  const rows = await bench();
  printTable(title, rows);
  results[title] = rows.map(([file, raw, gzip]) => ({ file, raw, gzip }));
}
const outDir = path.join(REPO_ROOT, 'bench-output');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'sizes.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWritten to ${path.relative(REPO_ROOT, path.join(outDir, 'sizes.json'))}`);

const weight = await run(localBin('tsx'), ['scripts/bundle-weight.ts']);
if (weight.code !== 0) fail('scripts/bundle-weight.ts failed');

const benchDir = path.join(REPO_ROOT, 'bench');
const timed = fs.existsSync(benchDir)
  ? fs.readdirSync(benchDir).filter((name) => name.endsWith('.bench.ts'))
  : [];
for (const file of timed.sort()) {
  console.log(`\n▶ bench/${file}`);
  const { code } = await run(localBin('tsx'), [path.join('bench', file)]);
  if (code !== 0) fail(`bench/${file} failed`);
}
