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
  // Their callers (a sync, an alarm, a settings change) never wait: a part that could not be loaded
  // answers nothing shown, as a failed check does (alerts-job.ts), never a rejection.
  return {
    async check() {
      return (await settings()).enabled ? alerts.check().catch(() => 0) : 0;
    },
    reset: () => alerts.reset().catch(() => undefined),
  };
}
