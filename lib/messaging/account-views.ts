/** Who is signed in, and how, as the popup and the options page show it (lib/messaging.ts). */
export type SignInMode = 'oauth2' | 'oauth1' | 'pin';

export interface AccountView {
  signedIn: boolean;
  mode: SignInMode;
  user?: { name: string; avatar?: string };
  /** Why the user is signed out when it was not their choice, such as a revoked token. */
  signedOutReason?: string;
  /** A PIN sign-in waiting for the user to enter the code on simkl.com. */
  pin?: PinChallenge;
}

export interface PinChallenge {
  userCode: string;
  verificationUrl: string;
  expiresAt: number;
}
