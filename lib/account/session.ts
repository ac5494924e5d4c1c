/**
 * The user's Simkl session: signing in (browser window or PIN), keeping the token fresh, and
 * signing out. It is the transport's TokenProvider, so a 401 comes back here: one refresh attempt
 * (AUTH V2), and if the token is still refused the session is cleared with a reason for the user
 * instead of failing request after request. Only Simkl refusing the refresh token ends the session;
 * a refresh that could not reach Simkl leaves it as it is.
 */
import { browser } from 'wxt/browser';
import { SimklError } from '../errors';
import { defaultSleep } from '../simkl/retry';
import { getSettings, type SignInMode } from '../store/settings';
import type { PinChallenge, PinFlow } from './pin-flow';
import {
  type AuthVersion,
  createSessionStore,
  type StoredSession,
  type StoredUser,
  sessionKey,
} from './session-store';
import type { AccountState, AuthSession, AuthSessionDeps, PinStart } from './session-types';
import { REVOKED_REASON } from './signed-out-reason';
import { createTokenEndpoints, type TokenSet } from './token-endpoints';
import { createUserLoader } from './user-loader';
import type { IdentityApi } from './web-flow';

export type { AccountState, AuthSession, AuthSessionDeps, PinStart } from './session-types';
export { REVOKED_REASON } from './signed-out-reason';
export { USER_RETRY_MS } from './user-loader';

/** Refresh an AUTH V2 token this long before it expires (it lasts 7 days). */
export const REFRESH_MARGIN_MS = 60 * 60 * 1000;

const defaultIdentity = (): IdentityApi => ({
  launchWebAuthFlow: (details) => browser.identity.launchWebAuthFlow(details),
  getRedirectURL: () => browser.identity.getRedirectURL(),
});

export function createAuthSession(deps: AuthSessionDeps): AuthSession {
  const store = deps.store ?? createSessionStore();
  const clock = deps.clock ?? Date.now;
  const sleep = deps.sleep ?? defaultSleep;
  const endpoints = createTokenEndpoints(deps.transport);
  const signInMode = deps.signInMode ?? (async () => (await getSettings()).signInMode);
  const listeners = new Set<(state: AccountState) => void>();
  let cached: StoredSession | null | undefined; // undefined = not loaded yet, null = signed out
  let refreshing: Promise<string | null> | undefined;
  let signingIn: Promise<AccountState> | undefined;
  let pin: { challenge: PinChallenge; controller: AbortController } | undefined;
  const { userOf } = createUserLoader({
    loadUser: deps.loadUser,
    clock,
    isCurrent: (session) => cached === session,
    save: (session) => store.save(session),
  });

  async function load(): Promise<StoredSession | null> {
    if (cached === undefined) cached = (await store.load()) ?? null;
    return cached;
  }

  async function account(): Promise<AccountState> {
    const session = await load();
    const state: AccountState = { signedIn: session !== null, mode: session?.mode ?? (await signInMode()) };
    if (session?.user)
      state.user = {
        name: session.user.name,
        ...(session.user.avatar ? { avatar: session.user.avatar } : {}),
      };
    const reason = session ? undefined : await store.loadSignedOutReason();
    if (reason) state.signedOutReason = reason;
    if (pin) state.pin = pin.challenge;
    return state;
  }

  async function current(): Promise<{ key: string; user?: StoredUser } | undefined> {
    const session = await load();
    if (!session) return undefined;
    const user = await userOf(session);
    const key = sessionKey(session);
    // Only while that session still holds: a user loaded for a replaced one is nobody's.
    return user?.id !== undefined && cached === session ? { key, user } : { key };
  }

  async function emit(): Promise<void> {
    if (listeners.size === 0) return;
    const state = await account();
    for (const listener of listeners) {
      try {
        listener(state);
      } catch {
        // A failing listener must not break sign-in for the others.
      }
    }
  }

  async function clear(reason: string | undefined): Promise<void> {
    cached = null;
    await store.clear();
    await store.saveSignedOutReason(reason);
    await emit();
  }

  async function establish(mode: SignInMode, authVersion: AuthVersion, tokens: TokenSet, clientId: string) {
    const session: StoredSession = {
      authVersion,
      mode,
      accessToken: tokens.accessToken,
      clientId,
      signedInAt: clock(),
      id: crypto.randomUUID(),
    };
    if (authVersion === 'v2') {
      if (tokens.refreshToken) session.refreshToken = tokens.refreshToken;
      if (tokens.expiresIn !== undefined) session.expiresAt = clock() + tokens.expiresIn * 1000;
    }
    cached = session;
    await store.save(session);
    await store.saveSignedOutReason(undefined);
    await userOf(session);
    await emit();
  }

  /**
   * A fresh access token, or null when there is none to be had (AUTH V1; a refresh token Simkl
   * refused, which signs out). A refresh that failed for a passing reason (offline, 5xx, timeout)
   * throws and keeps the session: Simkl briefly out of reach does not sign the user out.
   */
  function refresh(session: StoredSession): Promise<string | null> {
    refreshing ??= (async () => {
      if (session.authVersion !== 'v2' || !session.refreshToken) return null;
      let tokens: TokenSet;
      try {
        tokens = await endpoints.refresh(session.refreshToken, session.clientId);
      } catch (error) {
        const refused = error instanceof SimklError && ['bad-request', 'auth'].includes(error.kind);
        if (!refused) throw error;
        if (cached?.accessToken === session.accessToken) await clear(REVOKED_REASON);
        return null;
      }
      if (cached?.accessToken !== session.accessToken) return cached?.accessToken ?? null; // replaced meanwhile
      const next: StoredSession = { ...session, accessToken: tokens.accessToken };
      if (tokens.refreshToken) next.refreshToken = tokens.refreshToken;
      if (tokens.expiresIn !== undefined) next.expiresAt = clock() + tokens.expiresIn * 1000;
      cached = next;
      await store.save(next);
      return next.accessToken;
    })().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  }

  async function getAccessToken(): Promise<string | null> {
    const session = await load();
    if (!session) return null;
    if (session.expiresAt === undefined || clock() < session.expiresAt - REFRESH_MARGIN_MS)
      return session.accessToken;
    const fresh = await refresh(session).catch(() => null);
    // Could not refresh (offline?): keep using the old token. If it has expired meanwhile, the
    // request fails offline or with a 401 that tries the refresh again; `cached` is null only when
    // the refresh token itself was refused.
    return fresh ?? cached?.accessToken ?? null;
  }

  async function runPin(version: AuthVersion, clientId: string, signal: AbortSignal): Promise<PinFlow> {
    const { startPin } = await deps.flows();
    return startPin(version, { transport: deps.transport, clientId, clock, sleep, signal });
  }

  async function startPinFlow(options: { version?: AuthVersion } = {}): Promise<PinStart> {
    cancelPin();
    const clientId = await deps.clientId();
    const controller = new AbortController();
    let version = options.version ?? 'v2';
    let flow: PinFlow;
    try {
      flow = await runPin(version, clientId, controller.signal);
    } catch (error) {
      // A V1 app is refused by the V2 device endpoint: fall back to the V1 PIN.
      const refused =
        error instanceof SimklError && ['bad-request', 'not-found', 'auth'].includes(error.kind);
      if (options.version || !refused) throw error;
      version = 'v1';
      flow = await runPin(version, clientId, controller.signal);
    }
    const challenge: PinChallenge = {
      userCode: flow.userCode,
      verificationUrl: flow.verificationUrl,
      expiresAt: flow.expiresAt,
    };
    pin = { challenge, controller };
    const finish = async () => {
      if (pin?.controller === controller) pin = undefined;
    };
    const done = flow.wait().then(
      async (tokens) => {
        await finish();
        await establish('pin', version, tokens, clientId);
        return account();
      },
      async (error: unknown) => {
        await finish();
        await emit();
        throw error;
      },
    );
    done.catch(() => undefined);
    await emit();
    return { ...challenge, wait: () => done };
  }

  function cancelPin(): void {
    pin?.controller.abort();
    pin = undefined;
  }

  return {
    getAccessToken,
    async refreshAfterUnauthorized(rejected) {
      const session = await load();
      if (!session) return null;
      if (session.accessToken !== rejected) return session.accessToken; // refreshed by another request
      return refresh(session);
    },
    async revoked(rejected) {
      const session = await load();
      if (session?.accessToken === rejected) await clear(REVOKED_REASON);
    },
    account,
    user: async () => (await current())?.user,
    current,
    signIn(mode) {
      signingIn ??= (async () => {
        const chosen = mode ?? (await signInMode());
        if (chosen === 'pin') {
          await startPinFlow();
          return account();
        }
        const clientId = await deps.clientId();
        const version: AuthVersion = chosen === 'oauth1' ? 'v1' : 'v2';
        const identity = deps.identity ?? defaultIdentity();
        const { signInWithBrowser } = await deps.flows();
        const tokens = await signInWithBrowser(
          { identity, endpoints, randomFill: deps.randomFill },
          version,
          clientId,
        );
        await establish(chosen, version, tokens, clientId);
        return account();
      })().finally(() => {
        signingIn = undefined;
      });
      return signingIn;
    },
    startPin: startPinFlow,
    cancelPin,
    async signOut() {
      cancelPin();
      const session = await load();
      await clear(undefined);
      if (session?.authVersion === 'v2') {
        // Best effort, after the local sign-out: a network failure must not keep the user signed in.
        endpoints
          .revoke(session.refreshToken ?? session.accessToken, session.clientId)
          .catch(() => undefined);
      }
      return account();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
