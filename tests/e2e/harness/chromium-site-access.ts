/**
 * Chrome's own site access controls, as a user works them: the Extensions page (and the toolbar's
 * extensions menu) withhold or grant a host through `chrome.developerPrivate`, which only
 * chrome://extensions itself may call. Tests call it from that page, exactly as its toggles do.
 *
 * What no test can do in Chromium is answer the dialog `permissions.request` opens: extension
 * permission prompts are browser UI, not a page, and neither CDP nor Playwright reaches them (no
 * switch auto-accepts them outside Chromium's own C++ tests). A user who withdrew a site can grant
 * it again from that dialog or from these same controls; tests take the second way.
 */
import type { ChromiumSession } from './chromium';

interface DeveloperPrivate {
  addHostPermission(extensionId: string, host: string): Promise<void>;
  removeHostPermission(extensionId: string, host: string): Promise<void>;
}

export async function chromeSiteAccess(
  chrome: ChromiumSession,
  change: 'withhold' | 'grant',
  hosts: readonly string[],
): Promise<void> {
  const page = await chrome.context.newPage();
  try {
    await page.goto('chrome://extensions');
    await page.evaluate(
      async ({ id, patterns, grant }) => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome
          .developerPrivate;
        for (const pattern of patterns) {
          await (grant ? api.addHostPermission(id, pattern) : api.removeHostPermission(id, pattern));
        }
      },
      {
        id: chrome.extensionId,
        patterns: hosts.map((host) => `https://${host}/*`),
        grant: change === 'grant',
      },
    );
  } finally {
    await page.close();
  }
}
