import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { watchAccess } from '../lib/site-access';
import {
  addServer,
  isServerGranted,
  removeServer,
  SELF_HOSTED_SERVERS_KEY,
  type SelfHostedServer,
  type SelfHostedService,
  storedServers,
} from '../lib/site-access/self-hosted-servers';
import { type AddressProblem, parseServerAddress } from '../lib/site-access/server-address';
import { getSettings, trackingPatch, updateSettings } from '../lib/store/settings';

export type AddAnswer =
  | { state: 'asking' }
  | { state: 'denied'; origin: string }
  | { state: 'problem'; problem: AddressProblem };

export interface SelfHostedServersState {
  /** undefined until storage answered; only the addresses the browser grants are listed. */
  servers?: SelfHostedServer[];
  answer?: AddAnswer;
  /** Bind to a click: the browser asks only from within the user's gesture. */
  add(service: SelfHostedService, typed: string): void;
  remove(origin: string): void;
}

async function grantedServers(): Promise<SelfHostedServer[]> {
  const servers = await storedServers();
  const granted = await Promise.all(servers.map((server) => isServerGranted(server.origin)));
  return servers.filter((_, index) => granted[index]);
}

/** The user's own servers, kept current as the list or the browser's grants change. */
export function useSelfHostedServers(): SelfHostedServersState {
  const [servers, setServers] = useState<SelfHostedServer[]>();
  const [answer, setAnswer] = useState<AddAnswer>();
  const check = useCallback(() => void grantedServers().then(setServers), []);
  useEffect(() => {
    check();
    const onStorage = (changes: Record<string, unknown>) => {
      if (SELF_HOSTED_SERVERS_KEY in changes) check();
    };
    browser.storage.onChanged.addListener(onStorage);
    const unwatch = watchAccess(check);
    return () => {
      browser.storage.onChanged.removeListener(onStorage);
      unwatch();
    };
  }, [check]);
  const add = (service: SelfHostedService, typed: string) => {
    const parsed = parseServerAddress(typed);
    if (!parsed.ok) {
      setAnswer({ state: 'problem', problem: parsed.problem });
      return;
    }
    // No await before this call (see above).
    const asking = addServer({ service, origin: parsed.origin });
    setAnswer({ state: 'asking' });
    asking.then(
      (granted) => {
        setAnswer(granted ? undefined : { state: 'denied', origin: parsed.origin });
        // Adding one's own server is the Yes to tracking it: the player asks nothing more there.
        if (granted)
          void getSettings().then((settings) => updateSettings(trackingPatch(settings, service, true)));
      },
      () => setAnswer({ state: 'denied', origin: parsed.origin }),
    );
    asking.finally(check).catch(() => {});
  };
  const remove = (origin: string) => {
    setAnswer(undefined);
    void removeServer(origin).finally(check);
  };
  return { servers, answer, add, remove };
}
