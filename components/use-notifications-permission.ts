import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { watchAccess } from '../lib/site-access';

const NOTIFICATIONS = { permissions: ['notifications' as const] };

export interface NotificationsPermission {
  /** undefined until the browser answered. */
  granted?: boolean;
  /**
   * Asks the browser from the user's click (no await may come before it, or the browser refuses to
   * ask); answers whether it was granted.
   */
  request(): Promise<boolean>;
  /** Gives the permission back: the extension holds nothing it does not use. */
  release(): Promise<void>;
}

/** The optional `notifications` permission, kept current as the browser grants or withdraws it. */
export function useNotificationsPermission(): NotificationsPermission {
  const [granted, setGranted] = useState<boolean>();
  const check = useCallback(() => {
    // A browser without the permissions API (or one that throws) reads as not granted.
    void Promise.resolve()
      .then(() => browser.permissions.contains(NOTIFICATIONS))
      .catch(() => false)
      .then(setGranted);
  }, []);
  useEffect(() => {
    check();
    return watchAccess(check);
  }, [check]);
  return {
    granted,
    request: () =>
      browser.permissions
        .request(NOTIFICATIONS)
        .catch(() => false)
        .finally(check),
    release: async () => {
      await browser.permissions.remove(NOTIFICATIONS).catch(() => false);
      check();
    },
  };
}
