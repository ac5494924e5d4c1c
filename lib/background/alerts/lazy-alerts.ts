/**
 * The alerts as the start-up script holds them: a check with the alerts off (as they are until the user
 * turns them on) answers at once, without loading their part (alerts-part.ts); any other call loads it.
 */
import { getAlertSettings } from '../../store/alert-settings';
import { lazyMethods, type PartLoader } from '../parts/part-loader';
import type { AlertServices, Alerts } from './alerts-job';
import type { AlertsPart } from './alerts-part';

export function lazyAlerts(loadPart: PartLoader, services: AlertServices): Alerts {
  const alerts = lazyMethods(
    async () => (await loadPart<AlertsPart>('alerts')).createAlerts(services),
    ['check', 'reset'],
  );
  const settings = services.settings ?? getAlertSettings;
  return {
    async check() {
      return (await settings()).enabled ? alerts.check() : 0;
    },
    reset: alerts.reset,
  };
}
