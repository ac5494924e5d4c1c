/**
 * What a page and the popup say when Simkl could not be asked which title they show (offline, Simkl
 * failing): the title is not known yet, which is not "Simkl has no match" (docs/architecture.md, Errors).
 */
import type { ErrorData } from '../errors';
import { t } from '../i18n';
import { readFailureReason } from './read-failure';

/** "Simkl couldn't be asked about this title. Simkl is having trouble right now. It asks again…" */
export const lookupFailedText = (error: Pick<ErrorData, 'kind'>): string =>
  t('lookupFailed', readFailureReason(error));
