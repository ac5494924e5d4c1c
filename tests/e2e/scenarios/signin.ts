/**
 * Sign-in end to end, the same in every browser, from the options page and the popup: AUTH V2 with
 * PKCE through the consent window (approved, and denied → "cancelled"), sign-out revoking the token,
 * AUTH V1 with the user's own client id set on the options page, and a PIN confirmed on simkl.com.
 * The consent page is in 'click' mode, so each test answers it like a user.
 */
import { expect } from 'vitest';
import type { Settings, SignInMode } from '../../../lib/store/settings';
import { DEMO_USER, DEV_CLIENT_ID, DEV_CLIENT_ID_V1 } from '../../simkl-service/index';
import type { LogEntry } from '../../simkl-service/types';
import type { AnyPage } from '../harness/pages';
import type { World } from '../harness/world';
import { openAdvanced } from './extension-pages';
import { click, evaluate, type SignInBrowser, typeInto, waitForPageAt, waitForText } from './signin-driver';
import { eventually } from './slice';

const SIGNED_IN = new RegExp(`Signed in as ${DEMO_USER.name}`);
const ACCOUNT = '.account';
const ACCOUNT_NAME = '[data-testid="account-name"]';
const SIGN_IN = '[data-action="sign-in"]';
const SIGN_OUT = '[data-action="sign-out"]';

function logged(world: World, method: string, host: string, path: string): LogEntry[] {
  return world.control
    .requestLog()
    .filter((entry) => entry.method === method && entry.host === host && entry.path === path);
}

interface StorageGlobal {
  browser?: StorageApi;
  chrome?: StorageApi;
}
interface StorageApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

/** The settings as stored (storage.local), read from an extension page of either browser. */
async function storedSettings(page: AnyPage): Promise<Partial<Settings>> {
  return evaluate(
    page,
    async () => {
      const scope = globalThis as unknown as StorageGlobal;
      const api = scope.browser ?? scope.chrome;
      return ((await api?.storage.local.get('settings'))?.settings ?? {}) as Partial<Settings>;
    },
    undefined,
  );
}

/** Chooses the sign-in method and client id on the options page, as a user would. */
export async function chooseSignIn(options: AnyPage, mode: SignInMode, clientId: string): Promise<void> {
  await openAdvanced(options);
  await click(options, `input[name="sign-in-mode"][value="${mode}"]`);
  await typeInto(options, 'input[name="client-id"]', clientId);
  const stored = await eventually(
    () => storedSettings(options),
    (settings) => settings.signInMode === mode && (settings.clientIdOverride ?? '') === clientId,
  );
  expect(stored).toMatchObject({ signInMode: mode, clientIdOverride: clientId });
}

/** Clicks "Sign in", answers the consent window, and waits for the account to show. */
async function consentWith(
  browser: SignInBrowser,
  page: AnyPage,
  version: 'oauth' | 'oauth2',
  answer: '#approve' | '#deny',
): Promise<void> {
  await click(page, SIGN_IN);
  const consent = await waitForPageAt(browser, new RegExp(`^https://simkl\\.com/${version}/authorize\\?`));
  await click(consent, answer);
}

export async function approveV2(browser: SignInBrowser, world: World): Promise<AnyPage> {
  world.control.setConsent('click');
  world.control.clearLog();
  const options = await browser.openExtensionPage('options.html');
  await consentWith(browser, options, 'oauth2', '#approve');
  await waitForText(options, ACCOUNT_NAME, SIGNED_IN);
  const [authorize] = logged(world, 'GET', 'simkl.com', '/oauth2/authorize');
  expect(authorize?.query).toMatchObject({
    client_id: DEV_CLIENT_ID,
    response_type: 'code',
    scope: 'media:read media:write',
    code_challenge_method: 'S256',
  });
  const [token] = logged(world, 'POST', 'api.simkl.com', '/oauth2/token');
  expect(token).toMatchObject({
    status: 200,
    body: { grant_type: 'authorization_code', client_id: DEV_CLIENT_ID },
  });
  expect((token?.body as { code_verifier?: string } | undefined)?.code_verifier).toMatch(
    /^[A-Za-z0-9_-]{43}$/,
  );
  return options;
}

/** Signing out is local at once, and the V2 refresh token is revoked on Simkl. */
export async function signOutRevokes(options: AnyPage, world: World): Promise<void> {
  world.control.clearLog();
  await click(options, SIGN_OUT);
  await waitForText(options, ACCOUNT, /Not signed in/);
  // The service logs a request when it arrives (status 0) and sets the status when it answers.
  const [revoke] = await eventually(
    () => logged(world, 'POST', 'api.simkl.com', '/oauth2/revoke'),
    (entries) => entries.some((entry) => entry.status !== 0),
  );
  expect(revoke).toMatchObject({
    status: 200,
    body: { client_id: DEV_CLIENT_ID, token: expect.stringMatching(/^simkl_rt_/) },
  });
}

export async function denyV2(browser: SignInBrowser, world: World): Promise<void> {
  world.control.setConsent('click');
  world.control.clearLog();
  const options = await browser.openExtensionPage('options.html');
  await consentWith(browser, options, 'oauth2', '#deny');
  await waitForText(options, `${ACCOUNT} [role="alert"]`, /Sign-in was cancelled/);
  expect(await waitForText(options, ACCOUNT, /Not signed in/)).not.toMatch(SIGNED_IN);
  expect(logged(world, 'POST', 'api.simkl.com', '/oauth2/token')).toEqual([]);
  await options.close();
}

/** AUTH V1 with the user's own (V1) app: no expiry, nothing to revoke, so sign-out stays local. */
export async function signInWithV1(browser: SignInBrowser, world: World): Promise<void> {
  world.control.setConsent('click');
  world.control.clearLog();
  const options = await browser.openExtensionPage('options.html');
  await chooseSignIn(options, 'oauth1', DEV_CLIENT_ID_V1);
  await consentWith(browser, options, 'oauth', '#approve');
  await waitForText(options, ACCOUNT_NAME, SIGNED_IN);
  const [authorize] = logged(world, 'GET', 'simkl.com', '/oauth/authorize');
  expect(authorize?.query).toMatchObject({ client_id: DEV_CLIENT_ID_V1, code_challenge_method: 'S256' });
  const [token] = logged(world, 'POST', 'api.simkl.com', '/oauth/token');
  expect(token).toMatchObject({ status: 200, body: { client_id: DEV_CLIENT_ID_V1 } });

  world.control.clearLog();
  await click(options, SIGN_OUT);
  await waitForText(options, ACCOUNT, /Not signed in/);
  expect(logged(world, 'POST', 'api.simkl.com', '/oauth2/revoke')).toEqual([]);
  await chooseSignIn(options, 'oauth2', '');
  await options.close();
}

/**
 * A PIN sign-in started from the popup. 'link': the popup's link opens simkl.com's code page with the
 * code filled in (AUTH V2 device flow); 'typed': the user types the code there (AUTH V1 PIN).
 */
export async function signInWithPin(
  browser: SignInBrowser,
  world: World,
  how: 'link' | 'typed',
): Promise<AnyPage> {
  const clientId = how === 'link' ? '' : DEV_CLIENT_ID_V1;
  const options = await browser.openExtensionPage('options.html');
  await chooseSignIn(options, 'pin', clientId);
  await options.close();
  world.control.clearLog();
  const popup = await browser.openExtensionPage('popup.html');
  await click(popup, SIGN_IN);
  const code = await waitForText(popup, '[data-testid="pin-code"]', /^[A-Z0-9-]{5,9}$/);
  let entry: AnyPage;
  if (how === 'link') {
    await click(popup, '.pin a');
    entry = await waitForPageAt(browser, /^https:\/\/simkl\.com\/pin\/\?code=/);
  } else {
    entry = await browser.newPage();
    await entry.goto('https://simkl.com/pin');
    await typeInto(entry, '#code', code);
  }
  await click(entry, '#approve');
  await waitForText(entry, '#result', /Device connected/);
  // The extension polls every 5 s (the interval Simkl gives), so this takes one or two polls.
  await waitForText(popup, ACCOUNT_NAME, SIGNED_IN, 20_000);
  if (how === 'link') {
    expect(logged(world, 'POST', 'api.simkl.com', '/oauth2/device')[0]?.status).toBe(200);
    expect(logged(world, 'POST', 'api.simkl.com', '/oauth2/token').at(-1)?.status).toBe(200);
  } else {
    expect(logged(world, 'GET', 'api.simkl.com', '/oauth/pin')[0]?.status).toBe(200);
    expect(logged(world, 'GET', 'api.simkl.com', `/oauth/pin/${code}`).length).toBeGreaterThan(0);
  }
  await entry.close();
  return popup;
}
