import { browser } from 'wxt/browser';
import type { DetectedMedia } from '../../media';

/**
 * "Not this?" from a page's control: the search runs in the extension's own small window
 * (match.html), not in the page, so the content scripts stay small and the page sees nothing.
 */
export async function openMatchWindow(media: DetectedMedia): Promise<boolean> {
  const url = browser.runtime.getURL('/match.html');
  await browser.windows.create({
    url: `${url}?media=${encodeURIComponent(JSON.stringify(media))}`,
    type: 'popup',
    width: 440,
    height: 620,
  });
  return true;
}
