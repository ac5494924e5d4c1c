/**
 * Sign-in in Firefox ESR through the window browser.identity opens: AUTH V2 + PKCE approved and
 * denied, sign-out revoking the token, AUTH V1 with the user's own client id, and the V1 PIN typed on
 * simkl.com's code page. The MV2 build only, to keep the suite's time down: the flows are the same
 * code in the MV3 build, and adding 'firefox-mv3' to the list runs them there too (about 30 s more).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type BuildTarget, ensureBuilt } from './harness/build-output';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { startWorld, type World } from './harness/world';
import { approveV2, denyV2, signInWithPin, signInWithV1, signOutRevokes } from './scenarios/signin';
import { firefoxSignIn, type SignInBrowser } from './scenarios/signin-driver';

describe.each<BuildTarget>(['firefox-mv2'])('sign-in in Firefox (%s)', (target) => {
  let world: World;
  let firefox: FirefoxSession;
  let browser: SignInBrowser;

  beforeAll(async () => {
    world = await startWorld({ consent: 'click' });
    firefox = await launchFirefox({ extensionDir: ensureBuilt(target), world });
    browser = firefoxSignIn(firefox);
  });

  afterAll(async () => {
    await firefox?.close();
    await world?.close();
  });

  it('shows "cancelled" when the user denies the AUTH V2 consent', async () => {
    await denyV2(browser, world);
  });

  it('signs in with AUTH V2 + PKCE through the consent window, and sign-out revokes the token', async () => {
    const options = await approveV2(browser, world);
    await signOutRevokes(options, world);
    await options.close();
  });

  it('signs in with AUTH V1 using the client id set on the options page', async () => {
    await signInWithV1(browser, world);
  });

  it('signs in with a PIN: the popup shows the code, typed on simkl.com', async () => {
    const popup = await signInWithPin(browser, world, 'typed');
    await popup.close();
  });
});
