import { describe, expect, it, vi } from 'vitest';
import { codeChallengeS256 } from '../../../lib/account/pkce';
import type { TokenEndpoints } from '../../../lib/account/token-endpoints';
import { authorizeUrl, readRedirect, signInWithBrowser } from '../../../lib/account/web-flow';
import { SimklError } from '../../../lib/errors';

const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';

function endpoints(): TokenEndpoints & { exchangeCode: ReturnType<typeof vi.fn> } {
  return {
    exchangeCode: vi.fn(async () => ({ accessToken: 'at', refreshToken: 'rt', expiresIn: 604800 })),
    refresh: vi.fn(),
    revoke: vi.fn(),
  };
}

async function failure(promise: Promise<unknown>): Promise<SimklError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof SimklError)) throw new Error(`expected a SimklError, got ${String(error)}`);
  return error;
}

describe('the authorize URL', () => {
  it('asks AUTH V2 for a code with PKCE S256, scope and state', () => {
    const url = authorizeUrl('v2', { clientId: 'cid', redirectUri: REDIRECT, state: 's1', challenge: 'ch' });
    expect(url.startsWith('https://simkl.com/oauth2/authorize?')).toBe(true);
    expect(url).toContain('scope=media%3Aread%20media%3Awrite');
    expect(Object.fromEntries(new URL(url).searchParams)).toEqual({
      response_type: 'code',
      client_id: 'cid',
      redirect_uri: REDIRECT,
      scope: 'media:read media:write',
      state: 's1',
      code_challenge: 'ch',
      code_challenge_method: 'S256',
    });
  });

  it('uses /oauth/authorize without scope for AUTH V1', () => {
    const url = new URL(
      authorizeUrl('v1', { clientId: 'cid', redirectUri: REDIRECT, state: 's', challenge: 'c' }),
    );
    expect(url.pathname).toBe('/oauth/authorize');
    expect(url.searchParams.has('scope')).toBe(false);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  });
});

describe('reading the redirect', () => {
  it('returns the code when the state matches', () => {
    expect(readRedirect(`${REDIRECT}?code=abc&state=s1&iss=https%3A%2F%2Fsimkl.com`, 's1')).toBe('abc');
  });

  it.each([
    [`${REDIRECT}?error=access_denied&state=s1`, 'cancelled'],
    [`${REDIRECT}?code=abc&state=forged`, 'auth'],
    [`${REDIRECT}?code=abc`, 'auth'],
    [`${REDIRECT}?error=server_error&state=s1`, 'auth'],
    [`${REDIRECT}?state=s1`, 'auth'],
    ['not a url', 'auth'],
  ])('%s → %s', (redirect, kind) => {
    let caught: unknown;
    try {
      readRedirect(redirect, 's1');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SimklError);
    expect((caught as SimklError).kind).toBe(kind);
  });
});

describe('signing in through launchWebAuthFlow', () => {
  it('opens the consent page interactively and exchanges the code with its verifier', async () => {
    const tokenEndpoints = endpoints();
    const launchWebAuthFlow = vi.fn(async ({ url }: { url: string }) => {
      const state = new URL(url).searchParams.get('state');
      return `${REDIRECT}?code=the-code&state=${state}`;
    });
    const identity = { launchWebAuthFlow, getRedirectURL: () => REDIRECT };
    const tokens = await signInWithBrowser({ identity, endpoints: tokenEndpoints }, 'v2', 'cid');
    expect(tokens.accessToken).toBe('at');
    expect(launchWebAuthFlow).toHaveBeenCalledWith(expect.objectContaining({ interactive: true }));
    const sent = new URL(launchWebAuthFlow.mock.calls[0]?.[0].url ?? '');
    const exchange = tokenEndpoints.exchangeCode.mock.calls[0];
    expect(exchange?.[0]).toBe('v2');
    expect(exchange?.[1]).toMatchObject({ code: 'the-code', redirectUri: REDIRECT, clientId: 'cid' });
    expect(await codeChallengeS256(exchange?.[1].verifier)).toBe(sent.searchParams.get('code_challenge'));
  });

  it("reports a closed window as 'cancelled' and exchanges nothing", async () => {
    const tokenEndpoints = endpoints();
    const identity = {
      launchWebAuthFlow: vi.fn(async () => {
        throw new Error('The user did not approve access.');
      }),
      getRedirectURL: () => REDIRECT,
    };
    expect(
      (await failure(signInWithBrowser({ identity, endpoints: tokenEndpoints }, 'v2', 'cid'))).kind,
    ).toBe('cancelled');
    expect(tokenEndpoints.exchangeCode).not.toHaveBeenCalled();
  });

  it("reports an unreachable consent page as 'offline'", async () => {
    const identity = {
      launchWebAuthFlow: vi.fn(async () => {
        throw new Error('Authorization page could not be loaded.');
      }),
      getRedirectURL: () => REDIRECT,
    };
    expect((await failure(signInWithBrowser({ identity, endpoints: endpoints() }, 'v1', 'cid'))).kind).toBe(
      'offline',
    );
  });

  it("refuses a redirect carrying another request's state", async () => {
    const tokenEndpoints = endpoints();
    const identity = {
      launchWebAuthFlow: vi.fn(async () => `${REDIRECT}?code=stolen&state=someone-else`),
      getRedirectURL: () => REDIRECT,
    };
    expect(
      (await failure(signInWithBrowser({ identity, endpoints: tokenEndpoints }, 'v2', 'cid'))).kind,
    ).toBe('auth');
    expect(tokenEndpoints.exchangeCode).not.toHaveBeenCalled();
  });
});
