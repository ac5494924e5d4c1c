/**
 * Builds the Simkl client for the background: one transport (one rate limiter for every caller),
 * the auth session as its token provider, and the endpoints. The session and the transport need
 * each other, so the transport reaches the session through closures.
 */
import { browser } from 'wxt/browser';
import type { SimklClient } from '../simkl/api';
import { createSimklApi } from '../simkl/client';
import { createTransport } from '../simkl/transport';
import type { FetchLike, TokenProvider, Transport } from '../simkl/transport-types';
import { getClientId } from './client-id';
import { type AuthSession, createAuthSession } from './session';
import type { SessionStore } from './session-store';
import type { SignInFlows } from './sign-in-flows';
import type { IdentityApi } from './web-flow';

export interface SimklServices {
  transport: Transport;
  session: AuthSession;
  api: SimklClient;
}

export interface SimklOptions {
  fetch?: FetchLike;
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  appVersion?: string;
  clientId?: () => Promise<string>;
  store?: SessionStore;
  identity?: IdentityApi;
  /** The sign-in flows: a part the background loads when the user signs in (sign-in-flows.ts). */
  flows: () => Promise<SignInFlows>;
}

export function createSimkl(options: SimklOptions): SimklServices {
  const clientId = options.clientId ?? getClientId;
  let session: AuthSession | undefined;
  const tokens: TokenProvider = {
    getAccessToken: async () => (session ? session.getAccessToken() : null),
    refreshAfterUnauthorized: async (rejected) =>
      session ? session.refreshAfterUnauthorized(rejected) : null,
    revoked: async (rejected) => session?.revoked(rejected),
  };
  const transport = createTransport({
    clientId,
    appVersion: options.appVersion ?? browser.runtime.getManifest().version,
    tokens,
    fetch: options.fetch,
    clock: options.clock,
    sleep: options.sleep,
    random: options.random,
    isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  });
  const api = createSimklApi(transport);
  session = createAuthSession({
    transport,
    clientId,
    flows: options.flows,
    store: options.store,
    identity: options.identity,
    clock: options.clock,
    sleep: options.sleep,
    loadUser: async () => {
      const user = await api.userSettings();
      return { name: user.name, id: user.id, ...(user.avatar ? { avatar: user.avatar } : {}) };
    },
  });
  return { transport, session, api };
}
