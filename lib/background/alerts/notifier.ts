/**
 * The browser's notifications behind the optional `notifications` permission: `browser.notifications`
 * exists only while it is granted, so every use asks first.
 */
import { browser } from 'wxt/browser';
import { t } from '../../i18n';
import type { Notifier } from './alerts-job';

export const NOTIFICATIONS_PERMISSION = { permissions: ['notifications' as const] };

type NotificationsApi = NonNullable<typeof browser.notifications>;

export function notificationsApi(): NotificationsApi | undefined {
  return (browser as { notifications?: NotificationsApi }).notifications;
}

interface CreateOptions {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
  buttons?: Array<{ title: string }>;
}

/** Chromium's notifications take buttons; Firefox's refuse the option outright. */
const BUTTONS_OFFERED = !import.meta.env.FIREFOX;

export function browserNotifier(): Notifier {
  return {
    allowed: () => browser.permissions.contains(NOTIFICATIONS_PERMISSION).catch(() => false),
    async show(note) {
      const api = notificationsApi();
      if (!api) return;
      const options: CreateOptions = {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: note.title,
        message: note.message,
      };
      if (note.episode && BUTTONS_OFFERED) options.buttons = [{ title: t('alertMarkWatched') }];
      // The typings know only Firefox's options; Chromium's add buttons.
      const create = api.create as unknown as (id: string, options: CreateOptions) => Promise<string>;
      await create(note.id, options);
    },
  };
}
