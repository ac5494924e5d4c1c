import { useCallback, useEffect, useState } from 'preact/hooks';
import { watchAccess } from '../lib/site-access';

export interface HostAccess {
  /** Whether the browser grants the hosts; undefined until it answered. */
  granted?: boolean;
  /** The browser's question is open, or it said no. */
  answer?: 'asking' | 'denied';
  /** Bind to a click: asks the browser within the gesture, then `onGranted`. */
  request(onGranted: () => void): void;
  release(): void;
}

/** How one switch's hosts are checked, asked for and given back (lib/site-access/). */
export interface HostAccessCalls {
  /** Names the hosts: the access is checked again when it changes. */
  key: string;
  isGranted(): Promise<boolean>;
  request(): Promise<boolean>;
  release(): Promise<boolean>;
}

/**
 * Optional hosts behind one switch (a player-only service's, a storefront's), kept current as the
 * browser grants or withdraws them, its own settings included.
 */
export function useHostAccess(calls: HostAccessCalls): HostAccess {
  const [granted, setGranted] = useState<boolean>();
  const [answer, setAnswer] = useState<HostAccess['answer']>();
  // The key names the hosts the calls reach: new calls for the same hosts need no new check.
  const check = useCallback(() => {
    void calls.isGranted().then(setGranted);
  }, [calls.key]);
  useEffect(() => {
    check();
    return watchAccess(check);
  }, [check]);
  const request = (onGranted: () => void) => {
    // No await before this call: browsers ask only from within the user's gesture.
    const asking = calls.request();
    setAnswer('asking');
    asking.then(
      (yes) => {
        setAnswer(yes ? undefined : 'denied');
        if (yes) onGranted();
      },
      () => setAnswer('denied'),
    );
    asking.finally(check).catch(() => {});
  };
  const release = () => {
    setAnswer(undefined);
    void calls
      .release()
      .catch(() => false)
      .finally(check);
  };
  return { granted, answer, request, release };
}
