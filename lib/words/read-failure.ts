/**
 * Why a read from Simkl failed (a lookup, a sync), in words that promise no change to send: the
 * write errors' words (error-text.ts) speak of changes waiting, which a read does not have.
 */
import type { ErrorData, ErrorKind } from '../errors';
import { type MessageKey, t } from '../i18n';
import { browserOnline, errorText } from './error-text';

const READ_REASONS: Partial<Record<ErrorKind, MessageKey>> = {
  server: 'lookupReason_server',
  'rate-limit': 'lookupReason_busy',
};

/** "You're offline." only when the browser is; "Simkl can't be reached right now." when Simkl is not answering. */
export function readFailureReason(error: Pick<ErrorData, 'kind'>): string {
  if (error.kind === 'offline')
    return t(browserOnline() ? 'lookupReason_unreachable' : 'lookupReason_offline');
  const key = READ_REASONS[error.kind];
  return key ? t(key) : errorText(error);
}
