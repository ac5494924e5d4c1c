/**
 * The keyboard command "Open the Simkl menu on this page": the background only tells the active
 * tab's content script, which focuses its control and opens the menu (writes still need a real click
 * or key press there). `_execute_action` needs no code: the browser opens the popup.
 */
import { browser } from 'wxt/browser';
import { OPEN_MENU_REQUEST } from '../../messaging';

/** The manifest's name of the command (wxt.config.ts). */
export const OPEN_MENU_COMMAND = 'open-page-menu';

type Tabs = Pick<typeof browser.tabs, 'query' | 'sendMessage'>;

export function startCommands(
  commands: Pick<typeof browser.commands, 'onCommand'> = browser.commands,
  tabs: Tabs = browser.tabs,
): void {
  commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_MENU_COMMAND) return;
    void openPageMenu(tabs, tab?.id).catch(() => undefined);
  });
}

async function openPageMenu(tabs: Tabs, tabId: number | undefined): Promise<void> {
  const id = tabId ?? (await tabs.query({ active: true, currentWindow: true }))[0]?.id;
  // A tab without our content script (another site) has no receiver: nothing to open there.
  if (id !== undefined) await tabs.sendMessage(id, { type: OPEN_MENU_REQUEST });
}
