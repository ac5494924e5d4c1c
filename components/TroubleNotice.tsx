import { useEffect, useState } from 'preact/hooks';
import type { Answer, SyncView } from '../lib/messaging';
import { browserOnline } from '../lib/words/error-text';
import { troubleText } from '../lib/words/trouble-text';
import { useIntent } from './use-intent';

/** Follows the browser's online and offline events: going offline shows at once, without a request. */
function useBrowserOnline(): boolean {
  const [online, setOnline] = useState(browserOnline);
  useEffect(() => {
    const update = () => setOnline(browserOnline());
    addEventListener('online', update);
    addEventListener('offline', update);
    return () => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/**
 * The popup's top line when Simkl cannot take changes ("Simkl can't be reached · 2 changes waiting to
 * save · retrying at 21:14"), from what the background already holds: the last sync, the outbox and the
 * session. Opening the popup asks Simkl nothing more for it. `synced` is the popup's own sync's answer,
 * newer than the stored state once it arrives.
 */
export function TroubleNotice({ revision, synced }: { revision: number; synced?: Answer<SyncView> }) {
  const online = useBrowserOnline();
  const [stored] = useIntent('syncStatus', {}, revision);
  const [pending] = useIntent('pending', {}, revision);
  const [account] = useIntent('account', {}, revision);
  const text = troubleText({
    browserOnline: online,
    sync: synced?.ok ? synced.value : stored.value,
    pending: pending.value,
    account: account.value,
    now: Date.now(),
  });
  if (!text) return null;
  return (
    <p class="trouble" role="status" data-testid="trouble-notice">
      {text}
    </p>
  );
}
