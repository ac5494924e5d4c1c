/**
 * The popup and the options page offer the import when a Netflix tab is open. Without the `tabs`
 * permission, `tabs.query` still filters by URL for hosts the extension may reach (netflix.com is
 * one), and `tabs.update` needs no permission at all.
 */
import { browser } from 'wxt/browser';

export const NETFLIX_HISTORY_URL = 'https://www.netflix.com/viewingactivity';

export interface NetflixTabs {
  /** The Netflix tab to read from (one already on the history first), or null. */
  find(): Promise<number | null>;
  /** Shows the history page in that tab; its script then reads it. */
  openHistory(tabId: number): Promise<void>;
}

export const browserNetflixTabs: NetflixTabs = {
  async find() {
    const tabs = await browser.tabs.query({ url: 'https://www.netflix.com/*' }).catch(() => []);
    const onHistory = tabs.find((tab) => tab.url?.startsWith(NETFLIX_HISTORY_URL));
    return (onHistory ?? tabs[0])?.id ?? null;
  },
  async openHistory(tabId) {
    await browser.tabs.update(tabId, { url: NETFLIX_HISTORY_URL, active: true });
  },
};
