#!/usr/bin/env node
/**
 * Builds every target and the store zips: Chrome MV3 (+ zip), Firefox MV2 (+ zip and the AMO sources
 * zip), Firefox MV3. `wxt zip` builds before zipping, so each target is built exactly once.
 * `--only <target>` builds just that one, without zips (the e2e harness uses it for stale builds).
 * WXT_SIMKL_CLIENT_ID and the rest of the environment pass through to WXT untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fail, localBin, REPO_ROOT, run, seconds } from './lib/process.mjs';

const TARGETS = {
  'chrome-mv3': { build: [], zip: [] },
  'firefox-mv2': { build: ['-b', 'firefox'], zip: ['-b', 'firefox'] },
  'firefox-mv3': { build: ['-b', 'firefox', '--mv3'], zip: null },
};

const OUTPUT = path.join(REPO_ROOT, '.output');

async function wxt(args, label) {
  const started = Date.now();
  const result = await run(localBin('wxt'), args, { capture: true });
  const output = `${result.stdout}${result.stderr}`;
  if (result.code !== 0) {
    console.error(output);
    fail(`${label}: \`wxt ${args.join(' ')}\` exited with ${result.code}`);
  }
  // WXT reports some problems (e.g. a missing Firefox manifest key) as warnings and exits 0.
  for (const line of output.split('\n')) if (/WARN|⚠/.test(line)) console.warn(`  ${line.trim()}`);
  return started;
}

/** A step that exits 0 but left no fresh manifest behind has failed too. */
function assertBuilt(target, since) {
  const manifest = path.join(OUTPUT, target, 'manifest.json');
  if (!fs.existsSync(manifest) || fs.statSync(manifest).mtimeMs < since - 1000) {
    fail(`${target}: no fresh ${path.relative(REPO_ROOT, manifest)} after the build`);
  }
  return path.join(OUTPUT, target);
}

function freshZips(since) {
  return fs
    .readdirSync(OUTPUT)
    .filter((name) => name.endsWith('.zip'))
    .map((name) => path.join(OUTPUT, name))
    .filter((file) => fs.statSync(file).mtimeMs >= since - 1000);
}

async function buildAll() {
  const started = Date.now();
  const dirs = [];
  for (const [target, { build, zip }] of Object.entries(TARGETS)) {
    const since = await wxt(zip ? ['zip', ...zip] : ['build', ...build], target);
    dirs.push(assertBuilt(target, since));
  }
  const zips = freshZips(started);
  for (const kind of ['chrome', 'firefox', 'sources']) {
    if (!zips.some((file) => file.endsWith(`-${kind}.zip`))) fail(`no fresh *-${kind}.zip in .output`);
  }
  console.log(`Built in ${seconds(Date.now() - started)}:`);
  for (const file of [...dirs, ...zips]) console.log(`  ${path.relative(REPO_ROOT, file)}`);
}

async function buildOne(target) {
  const spec = TARGETS[target];
  if (!spec) fail(`unknown target "${target}"; one of ${Object.keys(TARGETS).join(', ')}`);
  const since = await wxt(['build', ...spec.build], target);
  console.log(`Built ${path.relative(REPO_ROOT, assertBuilt(target, since))}`);
}

const only = process.argv.indexOf('--only');
if (only >= 0) await buildOne(process.argv[only + 1]);
else await buildAll();
