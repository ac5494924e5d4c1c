import { browser } from 'wxt/browser';
import type { PlayerService } from '../../player/adapter';
import {
  isServerGranted,
  SELF_HOSTED_SERVERS_KEY,
  type SelfHostedServer,
  storedServers,
} from '../../site-access/self-hosted-servers';
import { createServerRegistration } from './registration';

/** The browser's own APIs behind the servers' registration; listeners registered synchronously (jobs.ts). */
export function startSelfHostedServers(playable: readonly PlayerService[]): void {
  const reconcile = createServerRegistration({
    playable,
    stored: storedServers,
    isGranted: isServerGranted,
    keep: (servers: SelfHostedServer[]) => browser.storage.local.set({ [SELF_HOSTED_SERVERS_KEY]: servers }),
    registered: (ids) => browser.scripting.getRegisteredContentScripts({ ids }),
    register: (scripts) => browser.scripting.registerContentScripts(scripts),
    unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
  });
  const run = () => void reconcile();
  browser.permissions.onAdded.addListener(run);
  browser.permissions.onRemoved.addListener(run);
  browser.runtime.onStartup.addListener(run);
  browser.runtime.onInstalled.addListener(run);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SELF_HOSTED_SERVERS_KEY in changes) run();
  });
  run();
}
