import { shareStartupModules } from 'virtual:background-shared-modules';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startAlerts } from '../lib/background/alerts/start-alerts';
import { startCommands } from '../lib/background/commands/commands';
import { openConfirmWindow } from '../lib/background/context-menu/confirm-window';
import { startContextMenu } from '../lib/background/context-menu/context-menu';
import type { ContextMenuPart } from '../lib/background/context-menu/context-menu-part';
import { routerListener } from '../lib/background/intents/router';
import { startBackgroundJobs } from '../lib/background/jobs';
import { startOptionalSites } from '../lib/background/optional-sites/start-optional-sites';
import { importPartsAtInstall, partFileLoader } from '../lib/background/parts/load-part-file';
import { createPartLoader } from '../lib/background/parts/part-loader';
import { BACKGROUND_PARTS } from '../lib/background/parts/shared-modules';
import { startPlayerServices } from '../lib/background/player-services/start-player-services';
import { startSelfHostedServers } from '../lib/background/self-hosted/start-self-hosted';
import { createBackgroundServices } from '../lib/background/services';
import { PLAYABLE_SERVICES } from '../lib/player/services';

export default defineBackground({
  // Firefox MV2: an event page, so it sleeps like Chrome's service worker.
  persistent: false,
  main() {
    // The rarely used parts are files of their own, sharing these modules (docs/architecture.md,
    // "Loading code on demand"); Chromium's worker imports them while installing, or it could not later.
    shareStartupModules();
    importPartsAtInstall(BACKGROUND_PARTS);
    const loadPart = createPartLoader(partFileLoader());
    const services = createBackgroundServices(loadPart);
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
      clickHandler: async (deps) =>
        (await loadPart<ContextMenuPart>('context-menu')).createMenuClickHandler(deps),
    });
    startAlerts(services.alerts, services.listenToAlertClicks);
    startCommands();
    startOptionalSites();
    startPlayerServices();
    startSelfHostedServers(PLAYABLE_SERVICES);
  },
});
