/**
 * Whether a build in .output is older than the sources that feed it (same rule as the e2e harness's
 * tests/e2e/harness/build-output.ts): a directory's mtime moves when files are added or removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './process.mjs';

const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'assets', 'wxt.config.ts', 'package.json'];

function newestSourceTime() {
  let newest = 0;
  const visit = (entry) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
  };
  for (const source of SOURCES) visit(path.join(REPO_ROOT, source));
  return newest;
}

/** True when .output/<target> exists and nothing in the sources changed after it was built. */
export function isBuildFresh(target) {
  const manifest = path.join(REPO_ROOT, '.output', target, 'manifest.json');
  return fs.existsSync(manifest) && fs.statSync(manifest).mtimeMs >= newestSourceTime();
}
