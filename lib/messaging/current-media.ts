/**
 * The popup asks the tab's content script which title the page shows, so it gets what the
 * runner identified (Netflix metadata included) rather than guessing from the URL again. The same
 * listener hears the keyboard command's "open the menu" (one listener: content scripts are small).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectedMedia } from '../media';
import { OPEN_MENU_REQUEST } from '../messaging';
import { CURRENT_MEDIA_REQUEST } from './current-media-request';

export { CURRENT_MEDIA_REQUEST };

export interface CurrentMediaAnswer {
  media: DetectedMedia | null;
}

export function isCurrentMediaAnswer(value: unknown): value is CurrentMediaAnswer {
  return typeof value === 'object' && value !== null && 'media' in value;
}

/** Answers our own extension's question only: web pages and other extensions get nothing. */
export function answerCurrentMedia(
  ctx: ContentScriptContext,
  current: () => Promise<DetectedMedia | null>,
  openMenu: () => void,
): void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (typeof message !== 'object' || message === null) return undefined;
    const { type } = message as { type?: unknown };
    if (type === OPEN_MENU_REQUEST) return void openMenu();
    if (type !== CURRENT_MEDIA_REQUEST) return undefined;
    // A failure answers nothing, and the popup falls back to the tab's URL.
    return current().then(
      (media): CurrentMediaAnswer => ({ media }),
      () => undefined,
    );
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
