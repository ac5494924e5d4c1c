/**
 * Sign-in in Chromium, through the real identity window: AUTH V2 + PKCE approved and denied,
 * sign-out revoking the token, AUTH V1 with the user's own client id, and the V2 device-code PIN
 * confirmed through the link the popup shows.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensureBuilt } from './harness/build-output';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { startWorld, type World } from './harness/world';
import { approveV2, denyV2, signInWithPin, signInWithV1, signOutRevokes } from './scenarios/signin';
import { chromiumSignIn, type SignInBrowser } from './scenarios/signin-driver';

let world: World;
let chrome: ChromiumSession;
let browser: SignInBrowser;

beforeAll(async () => {
  world = await startWorld({ consent: 'click' });
  chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
  browser = chromiumSignIn(chrome);
});

afterAll(async () => {
  await chrome?.close();
  await world?.close();
});

describe('sign-in in Chromium', () => {
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

  it('signs in with a PIN: the popup shows the code and links to the page that confirms it', async () => {
    const popup = await signInWithPin(browser, world, 'link');
    await popup.close();
  });
});
