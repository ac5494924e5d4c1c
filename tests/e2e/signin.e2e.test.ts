/**
 * Sign-in through the window the browser's identity API opens: AUTH V2 + PKCE approved and denied,
 * sign-out revoking the token, AUTH V1 with the user's own client id, and a PIN. Firefox runs the MV2
 * build only, to keep the suite's time down: the flows are the same code in the MV3 build, and adding
 * 'firefox-mv3' to firefoxBuilds runs them there too (about 30 s more).
 */
import { beforeAll, it } from 'vitest';
import { describeInBrowsers, type Session } from './harness/suite';
import { approveV2, denyV2, signInWithPin, signInWithV1, signOutRevokes } from './scenarios/signin';
import { chromiumSignIn, firefoxSignIn, type SignInBrowser } from './scenarios/signin-driver';

describeInBrowsers('sign-in', { scenario: 'signin' }, (suite) => {
  let session: Session;
  let browser: SignInBrowser;

  beforeAll(async () => {
    session = await suite.start({ world: { consent: 'click' } });
    browser =
      session.browser === 'chromium' ? chromiumSignIn(session.chrome) : firefoxSignIn(session.firefox);
  });

  it('shows "cancelled" when the user denies the AUTH V2 consent', async () => {
    await denyV2(browser, session.world);
  });

  it('signs in with AUTH V2 + PKCE through the consent window, and sign-out revokes the token', async () => {
    const options = await approveV2(browser, session.world);
    await signOutRevokes(options, session.world);
    await options.close();
  });

  it('signs in with AUTH V1 using the client id set on the options page', async () => {
    await signInWithV1(browser, session.world);
  });

  suite.it(
    'pin-link',
    'signs in with a PIN: the popup shows the code and links to the page that confirms it',
    async () => {
      const popup = await signInWithPin(browser, session.world, 'link');
      await popup.close();
    },
  );

  suite.it('pin-typed', 'signs in with a PIN: the popup shows the code, typed on simkl.com', async () => {
    const popup = await signInWithPin(browser, session.world, 'typed');
    await popup.close();
  });
});
