import { browser } from 'wxt/browser';
import { CONFIRM_PAGE } from './menu-confirm-handlers';

/**
 * The link menu's confirmation, in the extension's own small window (confirm.html) like "Not this?":
 * no page can draw over it or read it. It carries only the pending action's id; the window asks the
 * background for the rest.
 */
export async function openConfirmWindow(id: string): Promise<void> {
  await browser.windows.create({
    url: `${browser.runtime.getURL(CONFIRM_PAGE)}?id=${encodeURIComponent(id)}`,
    type: 'popup',
    width: 420,
    height: 360,
  });
}
