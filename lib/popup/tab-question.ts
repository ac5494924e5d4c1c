/**
 * The popup's question to the browser "which tab, and what does its content script say it shows?",
 * on whichever tabs API it is given: the polyfill's (lib/popup/tab-media.ts) or the browser's own, in
 * the popup's early script, before the polyfill is loaded (lib/popup/early-questions.ts). Both
 * answer with promises (Chrome's MV3 `chrome.tabs`, Firefox's `browser.tabs`).
 */
import { CURRENT_MEDIA_REQUEST } from '../messaging/current-media-request';

/** The content script may still be waiting for a slow page; the popup does not wait as long. */
const ANSWER_TIMEOUT_MS = 4_000;

export interface TabInfo {
  id?: number;
  url?: string;
}

export interface TabsApi {
  get(id: number): Promise<TabInfo>;
  query(query: { active: true; currentWindow: true }): Promise<TabInfo[]>;
  sendMessage(id: number, message: unknown): Promise<unknown>;
}

/** The tab the popup is about (none: no tab to tell) and its content script's reply (undefined: none). */
export interface TabReply {
  tab?: TabInfo;
  reply: unknown;
}

/**
 * `popup.html?tab=<id>` names the tab when the popup is opened as a page of its own (the demo, the
 * tests): then the active tab is the popup itself. The id counts only when it is a real tab.
 */
function namedTabId(search: string): number | undefined {
  const named = new URLSearchParams(search).get('tab');
  return named !== null && /^\d{1,10}$/.test(named) ? Number(named) : undefined;
}

/** The tab's content script's answer; undefined when it has none or it does not answer in time. */
function askTab(tabs: TabsApi, id: number): Promise<unknown> {
  return Promise.race([
    tabs.sendMessage(id, { type: CURRENT_MEDIA_REQUEST }),
    new Promise((resolve) => setTimeout(resolve, ANSWER_TIMEOUT_MS)),
  ]).catch(() => undefined);
}

export async function askPopupTab(tabs: TabsApi, search: string): Promise<TabReply> {
  const named = namedTabId(search);
  if (named !== undefined) {
    // The named tab's title is asked at once, not after the browser confirmed the tab: two round trips
    // in parallel. Its answer counts only when the tab is real.
    const answer = askTab(tabs, named);
    const tab = await tabs.get(named).catch(() => undefined);
    if (tab?.id !== undefined) return { tab, reply: await answer };
  }
  const [active] = await tabs.query({ active: true, currentWindow: true });
  if (active?.id === undefined) return { reply: undefined };
  return { tab: active, reply: await askTab(tabs, active.id) };
}
