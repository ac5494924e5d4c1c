import { describe, expect, it, vi } from 'vitest';
import type { AlertServices } from '../../../lib/background/alerts/alerts-job';
import type { AlertsPart } from '../../../lib/background/alerts/alerts-part';
import { lazyAlerts } from '../../../lib/background/alerts/lazy-alerts';
import type { PartLoader } from '../../../lib/background/parts/part-loader';
import type { AlertSettings } from '../../../lib/store/alert-settings';

function setup(enabled: boolean) {
  const check = vi.fn(async () => 2);
  const reset = vi.fn(async () => undefined);
  const createAlerts = vi.fn(() => ({ check, reset }));
  const loadPart = vi.fn(async () => ({ createAlerts }) as unknown as AlertsPart) as unknown as PartLoader;
  const settings = async () => ({ enabled }) as AlertSettings;
  const alerts = lazyAlerts(loadPart, { settings } as AlertServices);
  return { alerts, loadPart, check, reset };
}

describe('the alerts in the start-up script', () => {
  it('answers a check with the alerts off without loading their part', async () => {
    const { alerts, loadPart } = setup(false);
    expect(await alerts.check()).toBe(0);
    expect(loadPart).not.toHaveBeenCalled();
  });

  it('loads the part for a check with the alerts on, and for a reset', async () => {
    const { alerts, loadPart, check, reset } = setup(true);
    expect(await alerts.check()).toBe(2);
    await alerts.reset();
    expect(loadPart).toHaveBeenCalledWith('alerts');
    expect(check).toHaveBeenCalledTimes(1);
    expect(reset).toHaveBeenCalledTimes(1);
  });

  it('answers a check or a reset whose part fails to load without a rejection (their callers never wait)', async () => {
    const loadPart = vi.fn(async () => {
      throw new Error('the part did not load');
    }) as unknown as PartLoader;
    const settings = async () => ({ enabled: true }) as AlertSettings;
    const alerts = lazyAlerts(loadPart, { settings } as AlertServices);
    expect(await alerts.check()).toBe(0);
    await expect(alerts.reset()).resolves.toBeUndefined();
  });
});
