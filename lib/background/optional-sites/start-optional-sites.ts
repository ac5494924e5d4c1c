import { browser } from 'wxt/browser';
import { isOptionalSiteOn } from '../../site-access/optional-sites';
import { forgetLearnedIds } from '../../store/learned-ids';
import { createOptionalSiteRegistration } from './registration';

/** The browser's own APIs behind the registration; listeners registered synchronously (jobs.ts). */
export function startOptionalSites(): void {
  const reconcile = createOptionalSiteRegistration({
    isGranted: isOptionalSiteOn,
    registered: (ids) => browser.scripting.getRegisteredContentScripts({ ids }),
    register: (scripts) => browser.scripting.registerContentScripts(scripts),
    unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
    forget: forgetLearnedIds,
  });
  const run = () => void reconcile();
  browser.permissions.onAdded.addListener(run);
  browser.permissions.onRemoved.addListener(run);
  browser.runtime.onStartup.addListener(run);
  browser.runtime.onInstalled.addListener(run);
  run();
}
