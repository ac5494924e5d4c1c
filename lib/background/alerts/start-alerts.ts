/**
 * When the alerts check and what stops them: after each sync (services.ts), when quiet hours end
 * (their own alarm, which exists only while alerts are held), when the user turns them on; turning
 * them off or withdrawing the permission in the browser forgets the ledgers, so nothing more shows
 * and turning them on again starts from a new baseline. Listeners are registered synchronously, so a
 * woken worker hears the event that woke it.
 */
import { browser } from 'wxt/browser';
import { onAlertSettingsChange } from '../../store/alert-settings';
import type { Alerts } from './alerts-job';

export const ALERTS_ALARM = 'simkl-alerts-quiet';

export async function releaseAlertsAt(time: number | undefined): Promise<void> {
  if (time === undefined) await browser.alarms.clear(ALERTS_ALARM);
  else await browser.alarms.create(ALERTS_ALARM, { when: time });
}

export function startAlerts(alerts: Alerts, listenToClicks: () => void): void {
  listenToClicks();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALERTS_ALARM) void alerts.check();
  });
  browser.permissions.onAdded.addListener(() => listenToClicks());
  browser.permissions.onRemoved.addListener((removed) => {
    if (removed.permissions?.includes('notifications')) void alerts.reset();
  });
  onAlertSettingsChange((next, previous) => {
    if (next.enabled === previous.enabled) return;
    // Turned on: this first check only sets the baseline.
    void (next.enabled ? alerts.check() : alerts.reset());
  });
}
