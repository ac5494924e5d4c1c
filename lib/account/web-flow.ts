/**
 * Sign-in in a browser window (browser.identity.launchWebAuthFlow): the consent page on simkl.com
 * redirects to the extension's redirect URL with `code` and `state`, and the code is exchanged
 * with its PKCE verifier. AUTH V2 (`/oauth2/authorize`, scoped, refreshable tokens) by default;
 * AUTH V1 (`/oauth/authorize`, tokens that never expire) as a setting. docs/simkl-api.md, Sign-in.
 */
import { SimklError } from '../errors';
import { SIMKL_WEB_ORIGIN } from '../hosts';
import { codeChallengeS256, createCodeVerifier, createState, type RandomFill } from './pkce';
import type { AuthVersion } from './session-store';
import type { TokenEndpoints, TokenSet } from './token-endpoints';

export const V2_SCOPE = 'media:read media:write';

/** The part of browser.identity the flow uses (injectable for tests). */
export interface IdentityApi {
  launchWebAuthFlow(details: { url: string; interactive: boolean }): Promise<string | undefined>;
  getRedirectURL(): string;
}

export interface AuthorizeParams {
  clientId: string;
  redirectUri: string;
  state: string;
  challenge: string;
}

export function authorizeUrl(version: AuthVersion, params: AuthorizeParams): string {
  const query: Array<[string, string]> = [
    ['response_type', 'code'],
    ['client_id', params.clientId],
    ['redirect_uri', params.redirectUri],
    ...(version === 'v2' ? ([['scope', V2_SCOPE]] as Array<[string, string]>) : []),
    ['state', params.state],
    ['code_challenge', params.challenge],
    ['code_challenge_method', 'S256'],
  ];
  // encodeURIComponent, not URLSearchParams: the scope's space must travel as %20, not '+'.
  const search = query.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
  return `${SIMKL_WEB_ORIGIN}/${version === 'v2' ? 'oauth2' : 'oauth'}/authorize?${search}`;
}

/** The code from the redirect, after checking `state`; a denial or a mismatch throws. */
export function readRedirect(redirect: string, expectedState: string): string {
  let params: URLSearchParams;
  try {
    const url = new URL(redirect);
    params = new URLSearchParams(url.search || url.hash.replace(/^#/, ''));
  } catch {
    throw new SimklError('auth', 'unreadable redirect');
  }
  const error = params.get('error');
  if (error === 'access_denied') throw new SimklError('cancelled', undefined, { code: error });
  if (params.get('state') !== expectedState) {
    throw new SimklError('auth', undefined, { code: 'state_mismatch' });
  }
  if (error) throw new SimklError('auth', undefined, { code: error });
  const code = params.get('code');
  if (!code) throw new SimklError('auth', 'no code');
  return code;
}

async function launch(identity: IdentityApi, url: string): Promise<string> {
  let redirect: string | undefined;
  try {
    redirect = await identity.launchWebAuthFlow({ url, interactive: true });
  } catch (error) {
    // Chrome: "Authorization page could not be loaded." when simkl.com is unreachable; every other
    // rejection is the user closing the window or declining.
    const message = error instanceof Error ? error.message : String(error);
    if (/could not be loaded/i.test(message)) throw new SimklError('offline', message);
    throw new SimklError('cancelled', message);
  }
  if (!redirect) throw new SimklError('cancelled');
  return redirect;
}

export interface WebFlowDeps {
  identity: IdentityApi;
  endpoints: TokenEndpoints;
  randomFill?: RandomFill;
}

export async function signInWithBrowser(
  deps: WebFlowDeps,
  version: AuthVersion,
  clientId: string,
): Promise<TokenSet> {
  const verifier = createCodeVerifier(32, deps.randomFill);
  const state = createState(deps.randomFill);
  const redirectUri = deps.identity.getRedirectURL();
  const url = authorizeUrl(version, {
    clientId,
    redirectUri,
    state,
    challenge: await codeChallengeS256(verifier),
  });
  const code = readRedirect(await launch(deps.identity, url), state);
  return deps.endpoints.exchangeCode(version, { code, redirectUri, verifier, clientId });
}
