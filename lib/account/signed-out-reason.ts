/**
 * Why a session ended when the user did not sign out: a code the background stores, put into words
 * where it is shown (lib/words/signed-out-text.ts). A module of its own so that a content script can
 * read the code without carrying the session.
 */
export const REVOKED_REASON = 'revoked';
