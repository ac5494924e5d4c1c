import { browser } from 'wxt/browser';
import { playerStorefronts } from '../../hosts';
import type { PlayerService } from '../../player/adapter';
import { isPlayerServiceGranted } from '../../site-access/player-services';
import { isStorefrontGranted } from '../../site-access/player-storefronts';
import { getSettings, onSettingsChange, trackingOf } from '../../store/settings';
import { createPlayerScriptRegistration } from './registration';

/** The storefronts of the service the user turned on and the browser grants; a stored name of no storefront is none. */
async function storefrontsOn(service: PlayerService): Promise<string[]> {
  const storefronts = playerStorefronts(service);
  // Most services have none: their reconcile reads no settings for it.
  if (storefronts.length === 0 || service === 'netflix') return [];
  const wanted = (await getSettings()).storefronts[service] ?? [];
  const known = wanted.filter((host) => storefronts.includes(host));
  const granted = await Promise.all(known.map(isStorefrontGranted));
  return known.filter((_, index) => granted[index]);
}

/** The browser's own APIs behind the registration; listeners registered synchronously (jobs.ts). */
export function startPlayerServices(): void {
  const reconcile = createPlayerScriptRegistration({
    isOn: async (service) => trackingOf(await getSettings(), service) === 'on',
    isGranted: isPlayerServiceGranted,
    storefronts: storefrontsOn,
    registered: (ids) => browser.scripting.getRegisteredContentScripts({ ids }),
    register: (scripts) => browser.scripting.registerContentScripts(scripts),
    unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
  });
  const run = () => void reconcile();
  browser.permissions.onAdded.addListener(run);
  browser.permissions.onRemoved.addListener(run);
  browser.runtime.onStartup.addListener(run);
  browser.runtime.onInstalled.addListener(run);
  // Only a change of a service's switch or its storefronts matters: others change often (the sync interval…).
  onSettingsChange((next, previous) => {
    const switches = (settings: typeof next) =>
      JSON.stringify([settings.trackServices, settings.storefronts]);
    if (switches(next) !== switches(previous)) run();
  });
  run();
}
