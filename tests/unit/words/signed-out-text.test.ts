/** Why the user is signed out, in words: the background's code and older versions' stored sentence both read as today's words. */
import { describe, expect, it } from 'vitest';
import { REVOKED_REASON } from '../../../lib/account/session';
import { signedOutReasonText } from '../../../lib/words/signed-out-text';

describe('signedOutReasonText', () => {
  it("puts the session's code into the browser language's words", () => {
    expect(signedOutReasonText(REVOKED_REASON)).toBe(
      'Your Simkl session was revoked or expired. Sign in again.',
    );
  });

  it('reads the sentence older versions stored as the same code', () => {
    expect(signedOutReasonText('Your Simkl session was revoked or expired. Sign in again.')).toBe(
      signedOutReasonText(REVOKED_REASON),
    );
  });

  it('shows any other reason as it was given', () => {
    expect(signedOutReasonText('Signed out on another device')).toBe('Signed out on another device');
  });
});
