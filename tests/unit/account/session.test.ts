import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSimkl } from '../../../lib/account/create-simkl';
import { REVOKED_REASON, USER_RETRY_MS } from '../../../lib/account/session';
import { createSessionStore, type SessionStore } from '../../../lib/account/session-store';
import { signInFlows } from '../../../lib/account/sign-in-flows';
import { SimklError } from '../../../lib/errors';
import {
  createClock,
  createFetch,
  createVirtualClock,
  type FakeCall,
  json,
  networkError,
} from '../simkl/fakes';
import { createMemorySessionStore } from './memory-session-store';

const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';
const WEEK_S = 604_800;

/** A small stand-in for Simkl's OAuth and two token-checked endpoints. */
function setup(options: { store?: SessionStore; virtual?: ReturnType<typeof createVirtualClock> } = {}) {
  const clock = createClock();
  const time = options.virtual ?? clock;
  const fake = createFetch(time, json(404, { error: 'not_found' }));
  const server = {
    valid: new Set<string>(),
    refreshOk: true,
    refreshOffline: false,
    /** The refresh fails for a passing reason: this answer (a 5xx) or a dropped connection. */
    refreshFailure: undefined as Response | undefined,
    next: 1,
    deviceRefused: false,
    settingsDown: false,
  };
  const issue = () => {
    const token = `at-${server.next++}`;
    server.valid.add(token);
    return token;
  };
  const authorised = (call: FakeCall) =>
    server.valid.has(call.headers.get('Authorization')?.replace('Bearer ', '') ?? '');
  fake.route((call) => {
    const body = (call.body ?? {}) as Record<string, string>;
    switch (call.url.pathname) {
      case '/oauth2/token':
        if (body.grant_type === 'refresh_token') {
          if (server.refreshOffline) return networkError();
          if (server.refreshFailure) return server.refreshFailure;
          return server.refreshOk
            ? json(200, { access_token: issue(), refresh_token: 'rt-1', expires_in: WEEK_S })
            : json(400, { error: 'invalid_grant' });
        }
        return json(200, {
          access_token: issue(),
          refresh_token: 'rt-1',
          expires_in: WEEK_S,
          token_type: 'Bearer',
        });
      case '/oauth/token':
        server.valid.add('v1-token');
        return json(200, {
          access_token: 'v1-token',
          token_type: 'bearer',
          scope: 'public',
          expires_in: 157680000,
        });
      case '/oauth2/device':
        return server.deviceRefused
          ? json(400, { error: 'unauthorized_client' })
          : json(200, {
              device_code: 'dc',
              user_code: 'AB12-CD34',
              verification_uri: 'https://simkl.com/pin',
              expires_in: 900,
              interval: 5,
            });
      case '/oauth/pin':
        return json(200, {
          result: 'OK',
          device_code: 'DEVICE_CODE',
          user_code: 'ABCDE',
          verification_url: 'https://simkl.com/pin/',
          expires_in: 900,
          interval: 5,
        });
      case '/oauth/pin/ABCDE':
        server.valid.add('pin-token');
        return json(200, { result: 'OK', access_token: 'pin-token' });
      case '/oauth2/revoke':
        return json(200, {});
      case '/users/settings':
        if (server.settingsDown) return json(400, { error: 'unavailable' });
        return authorised(call)
          ? json(200, {
              user: { name: 'Ann', avatar: '//simkl.in/avatars/1/1a_100.jpg' },
              account: { id: 9 },
            })
          : json(401, { error: 'user_token_failed' });
      case '/sync/activities':
        return authorised(call)
          ? json(200, { all: '2026-01-01T00:00:00Z' })
          : json(401, { error: 'user_token_failed' });
      default:
        return undefined;
    }
  });
  const launchWebAuthFlow = vi.fn(async ({ url }: { url: string }) => {
    const state = new URL(url).searchParams.get('state');
    return `${REDIRECT}?code=code-1&state=${state}`;
  });
  const identity = { launchWebAuthFlow, getRedirectURL: () => REDIRECT };
  const store = options.store ?? createMemorySessionStore();
  const simkl = createSimkl({
    fetch: fake.fetch,
    clock: time.now,
    sleep: time.sleep,
    random: () => 0.5,
    appVersion: '1.0.0',
    clientId: async () => 'cid',
    store,
    identity,
    flows: async () => signInFlows,
  });
  const requests = (path: string) => fake.calls.filter((call) => call.url.pathname === path);
  return { ...simkl, fake, clock, server, identity, store, requests };
}

async function failure(promise: Promise<unknown>): Promise<SimklError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof SimklError)) throw new Error(`expected a SimklError, got ${String(error)}`);
  return error;
}

describe('signing in with AUTH V2', () => {
  it('signs in through the browser window and loads the user', async () => {
    const { session, requests, identity } = setup();
    const account = await session.signIn('oauth2');
    expect(account).toEqual({
      signedIn: true,
      mode: 'oauth2',
      user: { name: 'Ann', avatar: 'https://simkl.in/avatars/1/1a_100.jpg' },
    });
    expect(identity.launchWebAuthFlow).toHaveBeenCalledTimes(1);
    const [exchange] = requests('/oauth2/token');
    expect(exchange?.body).toMatchObject({
      grant_type: 'authorization_code',
      code: 'code-1',
      client_id: 'cid',
      redirect_uri: REDIRECT,
    });
    expect((exchange?.body as { code_verifier?: string } | undefined)?.code_verifier).toMatch(
      /^[A-Za-z0-9_-]{43,128}$/,
    );
    expect(exchange?.headers.has('Authorization')).toBe(false);
    expect(await session.getAccessToken()).toBe('at-1');
  });

  it('uses browser.identity by default (stubbed on fakeBrowser)', async () => {
    const clock = createClock();
    const fake = createFetch(
      clock,
      json(200, { access_token: 'at-x', refresh_token: 'rt', expires_in: WEEK_S }),
    );
    vi.spyOn(fakeBrowser.identity, 'getRedirectURL').mockReturnValue(REDIRECT);
    const launch = vi
      .spyOn(fakeBrowser.identity, 'launchWebAuthFlow')
      .mockImplementation(
        async ({ url }) => `${REDIRECT}?code=c&state=${new URL(url).searchParams.get('state')}`,
      );
    const { session } = createSimkl({
      fetch: fake.fetch,
      clock: clock.now,
      sleep: clock.sleep,
      appVersion: '1',
      clientId: async () => 'cid',
      store: createMemorySessionStore(),
      flows: async () => signInFlows,
    });
    await session.signIn('oauth2');
    expect(launch).toHaveBeenCalledWith(expect.objectContaining({ interactive: true }));
    expect(await session.getAccessToken()).toBe('at-x');
  });

  it('keeps the tokens in IndexedDB, never in browser.storage', async () => {
    const store = createSessionStore();
    await store.clear();
    const { session } = setup({ store });
    await session.signIn('oauth2');
    expect(await store.load()).toMatchObject({
      accessToken: 'at-1',
      refreshToken: 'rt-1',
      authVersion: 'v2',
    });
    const everything = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(everything).not.toContain('at-1');
    expect(everything).not.toContain('rt-1');
    // A restarted worker finds the session again.
    const restarted = setup({ store });
    expect((await restarted.session.account()).signedIn).toBe(true);
    await store.clear();
  });

  it("stays signed out when the window is closed ('cancelled')", async () => {
    const { session, identity } = setup();
    identity.launchWebAuthFlow.mockRejectedValueOnce(new Error('The user did not approve access.'));
    expect((await failure(session.signIn('oauth2'))).kind).toBe('cancelled');
    expect((await session.account()).signedIn).toBe(false);
  });

  it('opens only one window for concurrent sign-in clicks', async () => {
    const { session, identity } = setup();
    await Promise.all([session.signIn('oauth2'), session.signIn('oauth2')]);
    expect(identity.launchWebAuthFlow).toHaveBeenCalledTimes(1);
  });
});

describe('keeping the token fresh', () => {
  it('refreshes shortly before expiry', async () => {
    const { session, clock, requests } = setup();
    await session.signIn('oauth2');
    clock.advance(WEEK_S * 1000 - 30 * 60 * 1000);
    expect(await session.getAccessToken()).toBe('at-2');
    expect(requests('/oauth2/token').map((call) => (call.body as { grant_type: string }).grant_type)).toEqual(
      ['authorization_code', 'refresh_token'],
    );
    expect(await session.getAccessToken()).toBe('at-2');
    expect(requests('/oauth2/token')).toHaveLength(2);
  });

  it('does not refresh a token that is far from expiry', async () => {
    const { session, clock, requests } = setup();
    await session.signIn('oauth2');
    clock.advance(24 * 3600 * 1000);
    expect(await session.getAccessToken()).toBe('at-1');
    expect(requests('/oauth2/token')).toHaveLength(1);
  });

  it('refreshes once on a 401 and retries the request', async () => {
    const { session, api, server, requests } = setup();
    await session.signIn('oauth2');
    server.valid.delete('at-1'); // revoked server-side early
    await Promise.all([api.activities(), api.activities()]);
    expect(requests('/oauth2/token')).toHaveLength(2); // the code exchange + ONE refresh
    expect(requests('/sync/activities').at(-1)?.headers.get('Authorization')).toBe('Bearer at-2');
    expect((await session.account()).signedIn).toBe(true);
  });

  it('keeps the old token when the refresh cannot reach Simkl', async () => {
    const { session, server, clock } = setup();
    await session.signIn('oauth2');
    server.refreshOffline = true;
    clock.advance(WEEK_S * 1000 - 60_000);
    expect(await session.getAccessToken()).toBe('at-1');
    expect((await session.account()).signedIn).toBe(true);
  });

  it('never expires an AUTH V1 token', async () => {
    const { session, clock, requests } = setup();
    await session.signIn('oauth1');
    expect(requests('/oauth/token')[0]?.body).toMatchObject({
      grant_type: 'authorization_code',
      client_id: 'cid',
    });
    clock.advance(10 * 365 * 24 * 3600 * 1000);
    expect(await session.getAccessToken()).toBe('v1-token');
    expect(requests('/oauth2/token')).toHaveLength(0);
  });
});

describe('revoked tokens', () => {
  it('signs out with a reason when the 401 survives the refresh', async () => {
    const { session, api, server, fake } = setup();
    await session.signIn('oauth2');
    const changes: boolean[] = [];
    session.onChange((state) => changes.push(state.signedIn));
    server.valid.clear();
    server.refreshOk = false;
    expect((await failure(api.activities())).kind).toBe('auth');
    expect(await session.account()).toEqual({
      signedIn: false,
      mode: 'oauth2',
      signedOutReason: REVOKED_REASON,
    });
    expect(changes).toContain(false);
    // No loop: the next call fails at once without touching the network.
    const sent = fake.calls.length;
    expect((await failure(api.activities())).kind).toBe('signed-out');
    expect(fake.calls).toHaveLength(sent);
  });

  it.each([
    ['offline', () => ({ refreshOffline: true })],
    ['server', () => ({ refreshFailure: json(503, { error: 'maintenance' }) })],
  ] as const)('stays signed in when the refresh after a 401 fails as %s', async (kind, failing) => {
    const { session, api, server } = setup();
    await session.signIn('oauth2');
    server.valid.clear();
    Object.assign(server, failing());
    expect((await failure(api.activities())).kind).toBe(kind);
    expect(await session.account()).toMatchObject({ signedIn: true });
    expect((await session.account()).signedOutReason).toBeUndefined();
    // Once Simkl is back, the next 401 refreshes and the request goes through.
    Object.assign(server, { refreshOffline: false, refreshFailure: undefined });
    await api.activities();
    expect(await session.getAccessToken()).toBe('at-2');
  });

  it('signs out a V1 session at the first 401 (there is nothing to refresh)', async () => {
    const { session, api, server, requests } = setup();
    await session.signIn('oauth1');
    server.valid.clear();
    expect((await failure(api.activities())).kind).toBe('auth');
    expect(requests('/oauth2/token')).toHaveLength(0);
    expect((await session.account()).signedOutReason).toBe(REVOKED_REASON);
  });

  it('signs out when the refresh token is refused before expiry', async () => {
    const { session, server, clock } = setup();
    await session.signIn('oauth2');
    server.refreshOk = false;
    clock.advance(WEEK_S * 1000);
    expect(await session.getAccessToken()).toBeNull();
    expect((await session.account()).signedOutReason).toBe(REVOKED_REASON);
  });

  it('forgets the reason after the next sign-in', async () => {
    const { session, api, server } = setup();
    await session.signIn('oauth1');
    server.valid.clear();
    await failure(api.activities());
    await session.signIn('oauth2');
    expect((await session.account()).signedOutReason).toBeUndefined();
  });
});

describe('the signed-in user', () => {
  it("knows the user's Simkl id once signed in, and nobody's after a revocation", async () => {
    const { session, api, server } = setup();
    expect(await session.user()).toBeUndefined();
    await session.signIn('oauth1');
    expect(await session.user()).toEqual({
      id: 9,
      name: 'Ann',
      avatar: 'https://simkl.in/avatars/1/1a_100.jpg',
    });
    server.valid.clear();
    await failure(api.activities());
    expect(await session.user()).toBeUndefined();
  });

  it('loads the user later when sign-in could not, once for callers at the same time', async () => {
    const { session, server, requests, clock } = setup();
    server.settingsDown = true;
    await session.signIn('oauth2');
    expect((await session.account()).user).toBeUndefined();
    expect(await session.user()).toBeUndefined();
    server.settingsDown = false;
    // Every read of the mirror asks for the user: after a failure, not again for a while.
    expect(await session.user()).toBeUndefined();
    expect(requests('/users/settings')).toHaveLength(1);
    clock.advance(USER_RETRY_MS);
    const [first, second] = await Promise.all([session.user(), session.user()]);
    expect(first?.id).toBe(9);
    expect(second?.id).toBe(9);
    expect(requests('/users/settings')).toHaveLength(2);
    expect((await session.account()).user?.name).toBe('Ann');
  });
});

describe('the signed-in session', () => {
  it('has a key of its own from sign-in on, kept across a restart, before its user is known', async () => {
    const store = createMemorySessionStore();
    const { session, server } = setup({ store });
    expect(await session.current()).toBeUndefined();
    server.settingsDown = true;
    await session.signIn('oauth2');
    const first = await session.current();
    expect(first).toEqual({ key: expect.any(String) });
    expect(await setup({ store }).session.current()).toEqual(first);

    await session.signOut();
    expect(await session.current()).toBeUndefined();
    server.settingsDown = false;
    await session.signIn('oauth2');
    const second = await session.current();
    expect(second?.key).not.toBe(first?.key);
    expect(second?.user?.id).toBe(9);
  });
});

describe('signing out', () => {
  it('clears the session and revokes the refresh token, without a reason', async () => {
    const { session, requests } = setup();
    await session.signIn('oauth2');
    const account = await session.signOut();
    expect(account).toEqual({ signedIn: false, mode: 'oauth2' });
    expect(await session.getAccessToken()).toBeNull();
    await vi.waitFor(() => expect(requests('/oauth2/revoke')).toHaveLength(1));
    expect(requests('/oauth2/revoke')[0]?.body).toEqual({ token: 'rt-1', client_id: 'cid' });
  });
});

describe('PIN sign-in through the session', () => {
  it("signIn('pin') shows the code, then signs in when the user enters it", async () => {
    const virtual = createVirtualClock();
    const { session, requests } = setup({ virtual });
    const states: Array<string | undefined> = [];
    const signedIn = new Promise<void>((resolve) =>
      session.onChange((state) => {
        states.push(state.pin?.userCode);
        if (state.signedIn) resolve();
      }),
    );
    const pending = await session.signIn('pin');
    expect(pending.pin).toMatchObject({ userCode: 'AB12-CD34', verificationUrl: 'https://simkl.com/pin' });
    expect(pending.signedIn).toBe(false);
    await virtual.run(signedIn);
    const account = await session.account();
    expect(account.mode).toBe('pin');
    expect(account.pin).toBeUndefined();
    expect(requests('/oauth2/device')).toHaveLength(1);
    expect(states[0]).toBe('AB12-CD34');
  });

  it('falls back to the V1 PIN when the client is not a V2 app', async () => {
    const { session, server } = setup();
    server.deviceRefused = true;
    const start = await session.startPin();
    expect(start.userCode).toBe('ABCDE');
    expect((await start.wait()).signedIn).toBe(true);
    expect(await session.getAccessToken()).toBe('pin-token');
  });

  it("cancelPin rejects the wait with 'cancelled' and hides the code", async () => {
    const { session, fake } = setup();
    fake.route((call) =>
      call.url.pathname === '/oauth2/device'
        ? json(200, {
            device_code: 'dc',
            user_code: 'AB12-CD34',
            verification_uri: 'https://simkl.com/pin',
            expires_in: 900,
          })
        : json(400, { error: 'authorization_pending' }),
    );
    const start = await session.startPin();
    session.cancelPin();
    expect((await failure(start.wait())).kind).toBe('cancelled');
    expect((await session.account()).pin).toBeUndefined();
  });
});
