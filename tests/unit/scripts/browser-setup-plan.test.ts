import { describe, expect, it } from 'vitest';
import { planBrowserSetup, type SetupProbes } from '../../../scripts/lib/browser-setup-plan';

const HINT = 'Install a Chromium build.';

/** A machine as the probes see it, recording which probes were asked. */
function machine(facts: Partial<Record<keyof SetupProbes, unknown>>): SetupProbes & { asked: string[] } {
  const asked: string[] = [];
  const probe =
    <T>(name: keyof SetupProbes, fallback: T) =>
    () => {
      asked.push(name);
      return (name in facts ? facts[name] : fallback) as T;
    };
  return {
    asked,
    findBrowser: probe('findBrowser', null),
    pathOverride: probe('pathOverride', null),
    hasOpenssl: probe('hasOpenssl', true),
    isDebian: probe('isDebian', true),
    isRoot: probe('isRoot', false),
    canSudo: probe('canSudo', false),
  };
}

describe('planBrowserSetup', () => {
  it('does nothing when the browser and openssl are there', () => {
    const probes = machine({ findBrowser: '/usr/bin/chromium' });
    expect(planBrowserSetup('chromium', probes, HINT)).toEqual({ kind: 'ready' });
    expect(probes.asked).not.toContain('canSudo');
  });

  it('installs as root with apt-get, non-interactively, without asking sudo', () => {
    const probes = machine({ isRoot: true });
    expect(planBrowserSetup('chromium', probes, HINT)).toEqual({
      kind: 'install',
      packages: ['chromium'],
      commands: [
        {
          argv: ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'update'],
          shown: 'env DEBIAN_FRONTEND=noninteractive apt-get update',
        },
        {
          argv: ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', 'chromium'],
          shown: 'env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium',
        },
      ],
    });
    expect(probes.asked).not.toContain('canSudo');
  });

  it('installs through passwordless sudo when not root', () => {
    const plan = planBrowserSetup('firefox', machine({ canSudo: true, hasOpenssl: false }), HINT);
    expect(plan.kind === 'install' && plan.commands.map((command) => command.shown)).toEqual([
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update',
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y firefox-esr openssl',
    ]);
  });

  it('installs openssl alone when only it is missing', () => {
    const plan = planBrowserSetup(
      'chromium',
      machine({ findBrowser: '/x', hasOpenssl: false, isRoot: true }),
      HINT,
    );
    expect(plan).toMatchObject({ kind: 'install', packages: ['openssl'] });
  });

  it('prints the one command to run when neither root nor sudo can install', () => {
    const plan = planBrowserSetup('chromium', machine({ hasOpenssl: false }), HINT);
    expect(plan.kind).toBe('manual');
    expect(plan.kind === 'manual' && plan.advice).toContain(
      'sudo apt-get update && sudo apt-get install -y chromium openssl',
    );
  });

  it('gives the hint, not apt-get, off Debian and Ubuntu', () => {
    const probes = machine({ isDebian: false, isRoot: true });
    const plan = planBrowserSetup('chromium', probes, HINT);
    expect(plan.kind === 'manual' && plan.advice).toMatch(/needs chromium.*Install a Chromium build\./);
    expect(plan.kind === 'manual' && plan.advice).not.toContain('apt-get');
    expect(probes.asked).not.toContain('isRoot');
  });

  it('installs nothing for a CHROME_PATH that does not exist: the user chose that binary', () => {
    const probes = machine({ pathOverride: { name: 'CHROME_PATH', value: '/opt/none' }, isRoot: true });
    expect(planBrowserSetup('chromium', probes, HINT)).toEqual({
      kind: 'manual',
      advice: 'CHROME_PATH=/opt/none does not exist. Install a Chromium build.',
    });
  });
});
