/**
 * Site access in Firefox (MV3): IMDb's host permission removed the way the add-ons manager's toggle
 * removes it (permissions.remove), the popup and the options page say so, and "Allow access" asks
 * Firefox, which grants at once here: `extensions.webextOptionalPermissionPrompts: false` answers its
 * question with yes (what a user clicking "Allow" does), so the control is back on IMDb.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type BuildTarget, ensureBuilt } from './harness/build-output';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { startWorld, type World } from './harness/world';
import { closePage, evaluate, firefoxPages } from './scenarios/extension-pages';
import { siteAccessRestored } from './scenarios/site-access';

interface PermissionsApi {
  browser: { permissions: { remove(permissions: { origins: string[] }): Promise<boolean> } };
}

describe.each<BuildTarget>(['firefox-mv3'])('site access in Firefox (%s)', (target) => {
  let world: World;
  let firefox: FirefoxSession;

  beforeAll(async () => {
    world = await startWorld();
    firefox = await launchFirefox({
      extensionDir: ensureBuilt(target),
      world,
      prefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
  });

  afterAll(async () => {
    await firefox?.close();
    await world?.close();
  });

  it('says when IMDb is withdrawn, asks Firefox from one click, and shows the control once granted', async () => {
    await siteAccessRestored(firefoxPages(firefox), {
      async withdraw() {
        const page = await firefox.openExtensionPage('options.html');
        const removed = await evaluate(
          page,
          (origins) => (globalThis as unknown as PermissionsApi).browser.permissions.remove({ origins }),
          ['https://www.imdb.com/*', 'https://m.imdb.com/*'],
        );
        if (!removed) throw new Error('Firefox kept the IMDb permission');
        await closePage(page);
      },
      answer: async () => {},
    });
  });
});
