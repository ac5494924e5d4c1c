/**
 * The popup's question "what is the active tab showing?": the tab's content script knows best
 * (it waited for the DOM and resolved Netflix ids); without one (another site, a site switched
 * off, a tab loaded before the extension) the URL alone is used.
 */
import { browser } from 'wxt/browser';
import { type DetectedMedia, isOptionalSite } from '../media';
import { CURRENT_MEDIA_REQUEST, isCurrentMediaAnswer } from '../messaging/current-media';

/** The content script may still be waiting for a slow page; the popup does not wait as long. */
const ANSWER_TIMEOUT_MS = 4_000;

export interface TabMedia {
  media: DetectedMedia | null;
  /** The tab's address when the extension may read it (the site hosts), e.g. to offer a check-in. */
  url?: string;
}

interface TabInfo {
  id?: number;
  url?: string;
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
function askTab(id: number): Promise<unknown> {
  return Promise.race([
    browser.tabs.sendMessage(id, { type: CURRENT_MEDIA_REQUEST }),
    new Promise((resolve) => setTimeout(resolve, ANSWER_TIMEOUT_MS)),
  ]).catch(() => undefined);
}

async function mediaOf(tab: TabInfo, answer: Promise<unknown>): Promise<TabMedia> {
  const url = tab.url;
  const reply = await answer;
  if (isCurrentMediaAnswer(reply)) return { media: reply.media, url };
  // No content script in that tab: the URL alone.
  return { media: url ? await mediaFromUrl(url) : null, url };
}

export async function activeTabMedia(search = ''): Promise<TabMedia> {
  const named = namedTabId(search);
  if (named !== undefined) {
    // The named tab's title is asked at once, not after the browser confirmed the tab: two round trips
    // in parallel. Its answer counts only when the tab is real.
    const answer = askTab(named);
    const tab = await browser.tabs.get(named).catch(() => undefined);
    if (tab?.id !== undefined) return mediaOf(tab, answer);
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id === undefined) return { media: null };
  return mediaOf(active, askTab(active.id));
}

/**
 * The sites' URL rules are fetched only when a tab has no content script to ask (the popup's first
 * load stays small). An optional site without its script is off (or was turned on after the tab
 * loaded): its title is not shown until Simkl works there (components/OptionalSiteNotice.tsx).
 */
async function mediaFromUrl(url: string): Promise<DetectedMedia | null> {
  const { detectMediaFromUrl } = await import('../sites/url-readers');
  const fromUrl = detectMediaFromUrl(url);
  return fromUrl && !isOptionalSite(fromUrl.site) ? fromUrl : null;
}
