import { REVOKED_REASON } from '../account/signed-out-reason';
import { t } from '../i18n';

/** The words older versions stored for a revoked session, before the reason became a code. */
const LEGACY_REVOKED = 'Your Simkl session was revoked or expired. Sign in again.';

/**
 * Why the user is signed out, in the user's language. The background stores a code
 * (REVOKED_REASON), so the words follow the browser's language, not the one it had then.
 */
export function signedOutReasonText(reason: string): string {
  return reason === REVOKED_REASON || reason === LEGACY_REVOKED ? t('signedOutRevoked') : reason;
}
