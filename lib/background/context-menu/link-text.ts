/**
 * The text of the link a menu click came from, where the browser does not give it: Chrome's
 * contextMenus tells only the address (Firefox's menus API tells the text too). The confirm window
 * shows the text beside the Simkl match, so a link whose address a page swapped under the cursor
 * reads as one title and names another (docs/architecture.md, Menus, commands and the badge).
 *
 * It is read once, in an isolated world of the frame the click came from (the click grants
 * activeTab on its tab), from the links whose address is exactly the one the click carried: the
 * address is what Confirm writes for, whatever the page does with its links afterwards. Reading it
 * never holds the window back: a frame that cannot be read, or answers late, leaves the text out.
 */

/** The slice of `browser.scripting` this needs. */
export interface ScriptingApi {
  executeScript(injection: {
    target: { tabId: number; frameIds: number[] };
    func: (url: string) => string;
    args: [string];
  }): Promise<Array<{ result?: unknown }>>;
}

/** Long enough for a busy page, short enough that the window is not noticeably later. */
export const LINK_TEXT_WAIT_MS = 1_500;

/**
 * Runs in the page's frame (an isolated world: the page's own scripts cannot wrap what it calls):
 * the first link to `url` with words, its text, else its label or its image's alt.
 */
export function linkTextIn(url: string): string {
  for (const link of document.querySelectorAll('a[href]')) {
    if ((link as HTMLAnchorElement).href !== url) continue;
    const words =
      link.textContent ||
      link.getAttribute('aria-label') ||
      link.querySelector('img[alt]')?.getAttribute('alt') ||
      '';
    const text = words.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return '';
}

export async function readLinkText(
  scripting: ScriptingApi | undefined,
  tabId: number,
  frameId: number,
  url: string,
  waitMs = LINK_TEXT_WAIT_MS,
): Promise<string | undefined> {
  if (!scripting) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), waitMs);
  });
  const reading = scripting
    .executeScript({ target: { tabId, frameIds: [frameId] }, func: linkTextIn, args: [url] })
    .then(([first]) => (typeof first?.result === 'string' && first.result ? first.result : undefined))
    .catch(() => undefined);
  try {
    return await Promise.race([reading, late]);
  } finally {
    clearTimeout(timer);
  }
}
