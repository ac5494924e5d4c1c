/**
 * Makes sure `npm run demo` has its browser (and openssl, for the local service's certificate) on a
 * fresh machine: runs the plan of browser-setup-plan.ts with the machine's real probes, or throws the
 * advice to follow when it cannot install by itself.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  CHROMIUM_INSTALL_HINT,
  FIREFOX_INSTALL_HINT,
  findChromium,
  requireFirefox,
} from '../../tests/e2e/harness/browsers';
import { type DemoBrowser, planBrowserSetup, type SetupProbes } from './browser-setup-plan';

const HINTS: Record<DemoBrowser, string> = { chromium: CHROMIUM_INSTALL_HINT, firefox: FIREFOX_INSTALL_HINT };

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, command), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function findFirefox(): string | null {
  try {
    return requireFirefox();
  } catch {
    return null;
  }
}

export function systemProbes(browser: DemoBrowser): SetupProbes {
  const overrideName = browser === 'chromium' ? 'CHROME_PATH' : 'FIREFOX_PATH';
  return {
    findBrowser: browser === 'chromium' ? findChromium : findFirefox,
    pathOverride: () => {
      const value = process.env[overrideName];
      return value ? { name: overrideName, value } : null;
    },
    hasOpenssl: () => onPath('openssl'),
    isDebian: () => fs.existsSync('/etc/debian_version') || onPath('apt-get'),
    isRoot: () => process.getuid?.() === 0,
    canSudo: () => onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
  };
}

/** Runs one command with the terminal attached; answers its exit code. */
export type CommandRunner = (argv: string[]) => number;

const runAttached: CommandRunner = ([command = '', ...args]) =>
  spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

export function ensureBrowser(
  browser: DemoBrowser,
  probes: SetupProbes = systemProbes(browser),
  run: CommandRunner = runAttached,
): void {
  const plan = planBrowserSetup(browser, probes, HINTS[browser]);
  if (plan.kind === 'ready') return;
  if (plan.kind === 'manual') throw new Error(plan.advice);
  console.log(`The demo needs ${plan.packages.join(' and ')}; installing with apt-get:`);
  for (const { argv, shown } of plan.commands) {
    console.log(`$ ${shown}`);
    const code = run(argv);
    if (code !== 0) throw new Error(`\`${shown}\` exited with ${code}. ${HINTS[browser]}`);
  }
  const after = planBrowserSetup(browser, probes, HINTS[browser]);
  if (after.kind === 'install') {
    throw new Error(
      `apt-get ran, but ${after.packages.join(' and ')} still cannot be found. ${HINTS[browser]}`,
    );
  }
  if (after.kind === 'manual') throw new Error(after.advice);
}
