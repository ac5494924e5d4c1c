/**
 * The windows the background opens by itself (windows.create: the match window, the confirm window), found
 * among the browser's pages by a part of their address.
 */
import type { AnyPage } from './pages';
import type { Session } from './suite';

/**
 * Every open tab and window with its address. BiDi may report an extension page's address as
 * about:blank, so in Firefox each page is asked its location.
 */
export async function openPages(session: Session): Promise<Array<{ page: AnyPage; url: string }>> {
  if (session.browser === 'chromium') {
    return session.chrome.context.pages().map((page) => ({ page, url: page.url() }));
  }
  const pages = await session.firefox.browser.pages();
  return Promise.all(
    pages.map(async (page) => ({
      page,
      url: await page.evaluate(() => location.href).catch(() => page.url()),
    })),
  );
}

/** Waits for the window whose address holds `pathPart` (the background opens it a moment after the click). */
export async function findExtensionWindow(
  session: Session,
  pathPart: string,
  timeoutMs = 30_000,
): Promise<AnyPage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await openPages(session)).find(({ url }) => url.includes(pathPart))?.page;
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no extension page ${pathPart} opened`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
