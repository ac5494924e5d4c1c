/**
 * Where the built extension lives, and a guard that rebuilds it when the sources are newer: an e2e run
 * against a stale build would test yesterday's code and pass or fail for the wrong reason.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type BuildTarget = 'chrome-mv3' | 'firefox-mv2' | 'firefox-mv3';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** What feeds a build; anything newer than the manifest means the build is stale. */
const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'assets', 'wxt.config.ts', 'package.json'];

export function extensionDir(target: BuildTarget): string {
  return path.join(REPO_ROOT, '.output', target);
}

/** Builds `target` (through scripts/build.mjs, the one place that knows how) when missing or stale. */
export function ensureBuilt(target: BuildTarget): string {
  const dir = extensionDir(target);
  const manifest = path.join(dir, 'manifest.json');
  const builtAt = fs.existsSync(manifest) ? fs.statSync(manifest).mtimeMs : 0;
  if (builtAt > 0 && newestSourceTime() <= builtAt) return dir;
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build.mjs'), '--only', target], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (!fs.existsSync(manifest)) throw new Error(`Building ${target} produced no ${manifest}`);
  return dir;
}

function newestSourceTime(): number {
  let newest = 0;
  const visit = (entry: string): void => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
  };
  for (const source of SOURCES) visit(path.join(REPO_ROOT, source));
  return newest;
}
