/**
 * The popup's question "what is the active tab showing?": the tab's content script knows best
 * (it waited for the DOM and resolved Netflix ids); without one (another site, a site switched
 * off, a tab loaded before the extension) the URL alone is used.
 */
import { browser } from 'wxt/browser';
import type { DetectedMedia } from '../media';
import { detectMediaFromUrl } from '../sites/index';
import { CURRENT_MEDIA_REQUEST, isCurrentMediaAnswer } from './current-media';

/** The content script may still be waiting for a slow page; the popup does not wait as long. */
const ANSWER_TIMEOUT_MS = 4_000;

export async function activeTabMedia(): Promise<DetectedMedia | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  try {
    const answer = await Promise.race([
      browser.tabs.sendMessage(tab.id, { type: CURRENT_MEDIA_REQUEST }),
      new Promise((resolve) => setTimeout(resolve, ANSWER_TIMEOUT_MS)),
    ]);
    if (isCurrentMediaAnswer(answer)) return answer.media;
  } catch {
    // No content script in that tab: fall through to the URL.
  }
  return tab.url ? detectMediaFromUrl(tab.url) : null;
}
