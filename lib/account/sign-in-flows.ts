/**
 * The ways in (the browser window with PKCE, the PIN and the device code): used only while the user
 * signs in, so the background loads them as a part of their own then (docs/architecture.md, "Loading
 * code on demand"); the session keeps only what every request needs (the token and its refresh).
 */
import { startPin } from './pin-flow';
import { signInWithBrowser } from './web-flow';

export const signInFlows = { signInWithBrowser, startPin };

export type SignInFlows = typeof signInFlows;
