/** The auth session's public shapes (see session.ts). */

import type { TokenProvider, Transport } from '../simkl/transport-types';
import type { SignInMode } from '../store/settings';
import type { PinChallenge } from './pin-flow';
import type { RandomFill } from './pkce';
import type { AuthVersion, SessionStore, StoredUser } from './session-store';
import type { SignInFlows } from './sign-in-flows';
import type { IdentityApi } from './web-flow';

export interface AccountState {
  signedIn: boolean;
  mode: SignInMode;
  user?: { name: string; avatar?: string };
  /** Why the user is signed out when it was not their choice. */
  signedOutReason?: string;
  /** A PIN sign-in waiting for the user. */
  pin?: PinChallenge;
}

export interface PinStart extends PinChallenge {
  /** Resolves with the signed-in account; rejects 'cancelled' on expiry or cancelPin(). */
  wait(): Promise<AccountState>;
}

export interface AuthSessionDeps {
  /** For the OAuth endpoints only (sent without a user token). */
  transport: Transport;
  clientId: () => Promise<string>;
  /** The sign-in flows, loaded when the user signs in (sign-in-flows.ts says why). */
  flows: () => Promise<SignInFlows>;
  identity?: IdentityApi;
  store?: SessionStore;
  signInMode?: () => Promise<SignInMode>;
  /** Loads the signed-in user's name and avatar (`/users/settings`); failures are ignored. */
  loadUser?: () => Promise<StoredUser>;
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  randomFill?: RandomFill;
}

export interface AuthSession extends TokenProvider {
  account(): Promise<AccountState>;
  /**
   * The signed-in Simkl user, with the id that local data is kept by; loaded again when sign-in could
   * not (`/users/settings` failed). Undefined while signed out or while the user cannot be known.
   */
  user(): Promise<StoredUser | undefined>;
  /**
   * The signed-in session as local data keys it: its key (one per sign-in, kept across restarts) and,
   * once known, its user, as `user()` tells it. Undefined while signed out.
   */
  current(): Promise<{ key: string; user?: StoredUser } | undefined>;
  /** Signs in with the given mode (default: the setting). 'pin' starts a PIN and returns at once. */
  signIn(mode?: SignInMode): Promise<AccountState>;
  /** A PIN / device-code sign-in; V2 device flow first, V1 PIN when the client is a V1 app. */
  startPin(options?: { version?: AuthVersion }): Promise<PinStart>;
  cancelPin(): void;
  signOut(): Promise<AccountState>;
  onChange(listener: (state: AccountState) => void): () => void;
}
