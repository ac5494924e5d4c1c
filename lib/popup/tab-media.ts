/**
 * The popup's question "what is the active tab showing?": the tab's content script knows best
 * (it waited for the DOM and resolved Netflix ids); without one (another site, a site switched
 * off, a tab loaded before the extension) the URL alone is used.
 */
import { browser } from 'wxt/browser';
import { type DetectedMedia, isOptionalSite } from '../media';
import { CURRENT_MEDIA_REQUEST, isCurrentMediaAnswer } from '../messaging/current-media';
import { detectMediaFromUrl } from '../sites/index';

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
async function targetTab(search: string): Promise<TabInfo | undefined> {
  const named = new URLSearchParams(search).get('tab');
  if (named !== null && /^\d{1,10}$/.test(named)) {
    const tab = await browser.tabs.get(Number(named)).catch(() => undefined);
    if (tab?.id !== undefined) return tab;
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

export async function activeTabMedia(search = ''): Promise<TabMedia> {
  const tab = await targetTab(search);
  if (tab?.id === undefined) return { media: null };
  const url = tab.url;
  try {
    const answer = await Promise.race([
      browser.tabs.sendMessage(tab.id, { type: CURRENT_MEDIA_REQUEST }),
      new Promise((resolve) => setTimeout(resolve, ANSWER_TIMEOUT_MS)),
    ]);
    if (isCurrentMediaAnswer(answer)) return { media: answer.media, url };
  } catch {
    // No content script in that tab: fall through to the URL.
  }
  const fromUrl = url ? detectMediaFromUrl(url) : null;
  // An optional site without its script is off (or was turned on after the tab loaded): its title
  // is not shown until Simkl works there (components/OptionalSiteNotice.tsx).
  return { media: fromUrl && !isOptionalSite(fromUrl.site) ? fromUrl : null, url };
}
