import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PlayerService } from '../lib/player/adapter';
import { watchAccess } from '../lib/site-access';
import {
  isPlayerServiceGranted,
  releasePlayerService,
  requestPlayerService,
} from '../lib/site-access/player-services';

export interface PlayerServiceAccess {
  /** Whether the browser grants the service's hosts; undefined until it answered. */
  granted?: boolean;
  /** The browser's question is open, or it said no. */
  answer?: 'asking' | 'denied';
  /** Bind to a click: asks the browser within the gesture, then `onGranted`. */
  request(onGranted: () => void): void;
  release(): void;
}

/** A player-only service's host access, kept current as the browser grants or withdraws it. */
export function usePlayerService(service: PlayerService): PlayerServiceAccess {
  const [granted, setGranted] = useState<boolean>();
  const [answer, setAnswer] = useState<PlayerServiceAccess['answer']>();
  const check = useCallback(() => {
    void isPlayerServiceGranted(service).then(setGranted);
  }, [service]);
  useEffect(() => {
    check();
    return watchAccess(check);
  }, [check]);
  const request = (onGranted: () => void) => {
    // No await before this call: browsers ask only from within the user's gesture.
    const asking = requestPlayerService(service);
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
    void releasePlayerService(service)
      .catch(() => false)
      .finally(check);
  };
  return { granted, answer, request, release };
}
