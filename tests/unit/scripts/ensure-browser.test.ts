import { beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import type { SetupProbes } from '../../../scripts/lib/browser-setup-plan';
import { ensureBrowser } from '../../../scripts/lib/ensure-browser';

/** Root on Debian with no Chromium until `install` succeeds. */
function freshDebian(installWorks: boolean) {
  let installed = false;
  const ran: string[][] = [];
  const probes: SetupProbes = {
    findBrowser: () => (installed ? '/usr/bin/chromium' : null),
    pathOverride: () => null,
    hasOpenssl: () => true,
    isDebian: () => true,
    isRoot: () => true,
    canSudo: () => false,
  };
  const run = (argv: string[]) => {
    ran.push(argv);
    if (argv.includes('install')) installed = installWorks;
    return 0;
  };
  return { probes, run, ran };
}

describe('ensureBrowser', () => {
  let log: MockInstance<typeof console.log>;
  // Each test's own spy: the setup restores every spy after each test.
  beforeEach(() => {
    log = vi.spyOn(console, 'log').mockImplementation(() => {});
  });

  it('prints each apt-get command before running it, then finds the browser', () => {
    const { probes, run, ran } = freshDebian(true);
    ensureBrowser('chromium', probes, run);
    expect(ran.map((argv) => argv.slice(2).join(' '))).toEqual([
      'apt-get update',
      'apt-get install -y chromium',
    ]);
    const printed = log.mock.calls.map(([line]) => String(line));
    expect(printed).toContain('$ env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium');
  });

  it('stops at a failing command with its exit code', () => {
    const { probes } = freshDebian(true);
    expect(() => ensureBrowser('chromium', probes, () => 100)).toThrow(/apt-get update` exited with 100/);
  });

  it('says so when the install ran but the browser is still missing', () => {
    const { probes, run } = freshDebian(false);
    expect(() => ensureBrowser('chromium', probes, run)).toThrow(/chromium still cannot be found/);
  });

  it('throws the command to run when it cannot install by itself, running nothing', () => {
    const { probes, run, ran } = freshDebian(true);
    expect(() => ensureBrowser('firefox', { ...probes, isRoot: () => false }, run)).toThrow(
      /sudo apt-get install -y firefox-esr/,
    );
    expect(ran).toEqual([]);
  });
});
