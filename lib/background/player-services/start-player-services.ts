import { browser } from 'wxt/browser';
import { isPlayerServiceGranted } from '../../site-access/player-services';
import { getSettings, onSettingsChange, trackingOf } from '../../store/settings';
import { createPlayerScriptRegistration } from './registration';

/** The browser's own APIs behind the registration; listeners registered synchronously (jobs.ts). */
export function startPlayerServices(): void {
  const reconcile = createPlayerScriptRegistration({
    isOn: async (service) => trackingOf(await getSettings(), service) === 'on',
    isGranted: isPlayerServiceGranted,
    registered: (ids) => browser.scripting.getRegisteredContentScripts({ ids }),
    register: (scripts) => browser.scripting.registerContentScripts(scripts),
    unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
  });
  const run = () => void reconcile();
  browser.permissions.onAdded.addListener(run);
  browser.permissions.onRemoved.addListener(run);
  browser.runtime.onStartup.addListener(run);
  browser.runtime.onInstalled.addListener(run);
  // Only a change of a service's switch matters: other settings change often (the sync interval…).
  onSettingsChange((next, previous) => {
    if (JSON.stringify(next.trackServices) !== JSON.stringify(previous.trackServices)) run();
  });
  run();
}
