/**
 * What `npm run demo` does about a missing browser, decided from probes so that it can be tested:
 * nothing when all is there; on Debian or Ubuntu, as root or with passwordless sudo, install the
 * packages .ci/run installs (printing each command first); otherwise the one command to run by hand.
 * Probes are functions, asked only when the answer matters (no `sudo -n true` for root).
 */
export type DemoBrowser = 'chromium' | 'firefox';

export interface SetupProbes {
  /** The browser's executable, or null when none is found. */
  findBrowser(): string | null;
  /** CHROME_PATH or FIREFOX_PATH when set: the user chose a binary, so nothing is installed for it. */
  pathOverride(): { name: string; value: string } | null;
  hasOpenssl(): boolean;
  isDebian(): boolean;
  isRoot(): boolean;
  canSudo(): boolean;
}

export interface SetupCommand {
  argv: string[];
  shown: string;
}

export type SetupPlan =
  | { kind: 'ready' }
  | { kind: 'install'; packages: string[]; commands: SetupCommand[] }
  | { kind: 'manual'; advice: string };

const BROWSER_PACKAGE: Record<DemoBrowser, string> = { chromium: 'chromium', firefox: 'firefox-esr' };
const BROWSER_NAME: Record<DemoBrowser, string> = { chromium: 'Chromium', firefox: 'Firefox ESR' };
const NONINTERACTIVE = ['env', 'DEBIAN_FRONTEND=noninteractive'];

function aptCommands(packages: string[], prefix: string[]): SetupCommand[] {
  return [
    ['apt-get', 'update'],
    ['apt-get', 'install', '-y', ...packages],
  ].map((apt) => {
    const argv = [...prefix, ...NONINTERACTIVE, ...apt];
    return { argv, shown: argv.join(' ') };
  });
}

export function planBrowserSetup(browser: DemoBrowser, probes: SetupProbes, hint: string): SetupPlan {
  const browserMissing = probes.findBrowser() === null;
  const override = browserMissing ? probes.pathOverride() : null;
  if (override) {
    return { kind: 'manual', advice: `${override.name}=${override.value} does not exist. ${hint}` };
  }
  const packages = [
    ...(browserMissing ? [BROWSER_PACKAGE[browser]] : []),
    ...(probes.hasOpenssl() ? [] : ['openssl']),
  ];
  if (packages.length === 0) return { kind: 'ready' };
  const needs = `The demo needs ${packages.join(' and ')}`;
  if (!probes.isDebian()) {
    const them = packages.length === 1 ? 'it' : 'them';
    return {
      kind: 'manual',
      advice: `${needs} (${BROWSER_NAME[browser]}): install ${them}, then run the demo again. ${hint}`,
    };
  }
  if (probes.isRoot()) return { kind: 'install', packages, commands: aptCommands(packages, []) };
  if (probes.canSudo()) return { kind: 'install', packages, commands: aptCommands(packages, ['sudo', '-n']) };
  const command = `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
  return { kind: 'manual', advice: `${needs}. Run this, then the demo again:\n  ${command}` };
}
