/**
 * The build the mount benches time: chrome-mv3 as it ships, but with WXT_MOUNT_PROBE set, so the
 * control stamps each render for the probe (lib/page/control/probe-stamp.ts). Built into
 * bench-output/probe-build (never `.output`, which must never hold it) on every run: a few seconds
 * against a stale build's wrong figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROBE_EVENT } from '../../lib/page/control/probe-stamp';
import { REPO_ROOT } from '../../tests/e2e/harness/build-output';

export async function buildForProbe(): Promise<string> {
  const outDir = path.join(REPO_ROOT, 'bench-output', 'probe-build');
  fs.rmSync(outDir, { recursive: true, force: true });
  // WXT passes WXT_* variables of the environment to import.meta.env, as it does WXT_SIMKL_CLIENT_ID.
  process.env.WXT_MOUNT_PROBE = 'true';
  try {
    const { build } = await import('wxt');
    const quiet = () => {};
    await build({
      root: REPO_ROOT,
      outDir,
      browser: 'chrome',
      logger: {
        debug: quiet,
        log: quiet,
        info: quiet,
        success: quiet,
        warn: console.warn,
        error: console.error,
        fatal: console.error,
        level: 3,
      },
    });
  } finally {
    delete process.env.WXT_MOUNT_PROBE;
  }
  const extensionDir = path.join(outDir, 'chrome-mv3');
  const control = path.join(extensionDir, 'content-scripts', 'imdb.js');
  if (!fs.readFileSync(control, 'utf8').includes(PROBE_EVENT))
    throw new Error(`The probe build in ${extensionDir} does not stamp: WXT_MOUNT_PROBE did not reach it`);
  return extensionDir;
}
