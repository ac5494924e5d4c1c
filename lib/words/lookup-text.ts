/**
 * What a page and the popup say when Simkl could not be asked which title they show (offline, Simkl
 * failing): the title is not known yet, which is not "Simkl has no match" (docs/architecture.md, Errors).
 */
import type { ErrorData, ErrorKind } from '../errors';
import { type MessageKey, t } from '../i18n';
import { browserOnline, errorText } from './error-text';

/** A lookup is a read: these reasons promise no change to send, unlike the write errors' words. */
const LOOKUP_REASONS: Partial<Record<ErrorKind, MessageKey>> = {
  server: 'lookupReason_server',
  'rate-limit': 'lookupReason_busy',
  'app-limit': 'lookupReason_busy',
};

function reasonText(error: Pick<ErrorData, 'kind'>): string {
  if (error.kind === 'offline')
    return t(browserOnline() ? 'lookupReason_unreachable' : 'lookupReason_offline');
  const key = LOOKUP_REASONS[error.kind];
  return key ? t(key) : errorText(error);
}

/** "Simkl couldn't be asked about this title. Simkl is having trouble right now. It asks again…" */
export const lookupFailedText = (error: Pick<ErrorData, 'kind'>): string =>
  t('lookupFailed', reasonText(error));
