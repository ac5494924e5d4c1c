import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startAlerts } from '../lib/background/alerts/start-alerts';
import { startCommands } from '../lib/background/commands/commands';
import { openConfirmWindow } from '../lib/background/context-menu/confirm-window';
import { startContextMenu } from '../lib/background/context-menu/context-menu';
import { routerListener } from '../lib/background/intents/router';
import { startBackgroundJobs } from '../lib/background/jobs';
import { startOptionalSites } from '../lib/background/optional-sites/start-optional-sites';
import { startPlayerServices } from '../lib/background/player-services/start-player-services';
import { createBackgroundServices } from '../lib/background/services';

export default defineBackground({
  // Firefox MV2: an event page, so it sleeps like Chrome's service worker.
  persistent: false,
  main() {
    const services = createBackgroundServices();
    browser.runtime.onMessage.addListener(routerListener(services.router));
    startBackgroundJobs(services);
    startContextMenu({
      menus: browser.contextMenus,
      onInstalled: browser.runtime.onInstalled,
      handlers: services.itemHandlers,
      resolver: services.resolver,
      pending: services.menuActions,
      openConfirm: openConfirmWindow,
      isSignedIn: services.isSignedIn,
      onSignedInChange: (listener) => services.session.onChange((state) => listener(state.signedIn)),
      openTab: (url, besideTabId) => browser.tabs.create({ url, openerTabId: besideTabId }),
    });
    startAlerts(services.alerts, services.listenToAlertClicks);
    startCommands();
    startOptionalSites();
    startPlayerServices();
  },
});
