import type { ErrorData, ErrorKind } from '../errors';
import { type MessageKey, t } from '../i18n';
import { NOT_AN_EPISODE } from '../media';

const ERROR_MESSAGES: Record<ErrorKind, MessageKey> = {
  auth: 'error_auth',
  'signed-out': 'error_signedOut',
  'rate-limit': 'error_rateLimit',
  'app-limit': 'error_appLimit',
  'not-found': 'error_notFound',
  offline: 'error_offline',
  server: 'error_server',
  'bad-request': 'error_badRequest',
  'invalid-response': 'error_invalidResponse',
  cancelled: 'error_cancelled',
  internal: 'error_internal',
};

/**
 * Whether the browser thinks it is online. An 'offline' error is a request that got no answer: with
 * the browser online, that is Simkl (or the way to it) not answering, and "You're offline" would be untrue.
 */
export const browserOnline = (): boolean => typeof navigator === 'undefined' || navigator.onLine !== false;

/** The one place an error becomes words for the user (docs/architecture.md, Errors). */
export function errorText(error: Pick<ErrorData, 'kind'> & Partial<Pick<ErrorData, 'message'>>): string {
  // Refused before anything was sent: "Simkl refused this change" would be untrue.
  if (error.message === NOT_AN_EPISODE) return t('error_recapNotAnEpisode');
  if (error.kind === 'offline' && browserOnline()) return t('error_unreachable');
  return t(ERROR_MESSAGES[error.kind] ?? 'error_internal');
}
