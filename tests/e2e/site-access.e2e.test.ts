/**
 * Site access: IMDb withheld, the popup and the options page say so, "Allow access" asks the browser,
 * and the control is back on IMDb once granted. Chromium withholds it on the Extensions page, as "on
 * specific sites" does; its question stays open (browser UI no test can answer, see
 * harness/chromium-site-access.ts), so the user grants from Chrome's own site access controls
 * instead, and the popup takes that as the answer. Firefox (MV3) removes the host permission the way
 * the add-ons manager's toggle does (permissions.remove), and answers its question with yes at once:
 * `extensions.webextOptionalPermissionPrompts: false` is what a user clicking "Allow" does.
 */
import { beforeAll } from 'vitest';
import { chromeSiteAccess } from './harness/chromium-site-access';
import { describeInBrowsers, type Session } from './harness/suite';
import { closePage, evaluate, waitForText } from './scenarios/extension-pages';
import { siteAccessRestored } from './scenarios/site-access';

const IMDB = ['www.imdb.com'];

interface PermissionsApi {
  browser: { permissions: { remove(permissions: { origins: string[] }): Promise<boolean> } };
}

describeInBrowsers('site access', { scenario: 'site-access', firefoxBuilds: ['firefox-mv3'] }, (suite) => {
  let session: Session;

  beforeAll(async () => {
    session = await suite.start({ firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  });

  suite.it(
    'chromium',
    'says when IMDb is withheld, asks Chrome from one click, and shows the control once granted',
    async () => {
      const { chrome } = session;
      await siteAccessRestored(session.pages, {
        withdraw: () => chromeSiteAccess(chrome, 'withhold', IMDB),
        async answer(popup) {
          // The click reached Chrome: its question is open and the popup waits for the answer.
          await waitForText(popup, '[data-answer="asking"]', /Answer your browser's question/);
          await chromeSiteAccess(chrome, 'grant', IMDB);
        },
      });
    },
  );

  suite.it(
    'firefox',
    'says when IMDb is withdrawn, asks Firefox from one click, and shows the control once granted',
    async () => {
      await siteAccessRestored(session.pages, {
        async withdraw() {
          const page = await session.openExtensionPage('options.html');
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
    },
  );
});
