/**
 * The popup's question "what is the active tab showing?": the tab's content script knows best
 * (it waited for the DOM and resolved Netflix ids); without one (another site, a site switched
 * off, a tab loaded before the extension) the URL alone is used.
 */
import { browser } from 'wxt/browser';
import { type DetectedMedia, isOptionalSite } from '../media';
import { isCurrentMediaAnswer } from '../messaging/current-media';
import { askPopupTab, type TabReply, type TabsApi } from './tab-question';

export interface TabMedia {
  media: DetectedMedia | null;
  /** The tab's address when the extension may read it (the site hosts), e.g. to offer a check-in. */
  url?: string;
}

/** `asked`: the question already put by the popup's early script (lib/popup/early-questions.ts). */
export async function activeTabMedia(search = '', asked?: Promise<TabReply>): Promise<TabMedia> {
  const ask = () => askPopupTab(browser.tabs as TabsApi, search);
  // An early question that failed is put again from here.
  const { tab, reply } = await (asked ? asked.catch(ask) : ask());
  if (!tab) return { media: null };
  const url = tab.url;
  if (isCurrentMediaAnswer(reply)) return { media: reply.media, url };
  // No content script in that tab: the URL alone.
  return { media: url ? await mediaFromUrl(url) : null, url };
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
