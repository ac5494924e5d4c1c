import type { ErrorData, ErrorKind } from '../errors';
import { type MessageKey, t } from '../i18n';

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

/** The one place an error becomes words for the user (docs/architecture.md, Errors). */
export function errorText(error: Pick<ErrorData, 'kind'>): string {
  return t(ERROR_MESSAGES[error.kind] ?? 'error_internal');
}
