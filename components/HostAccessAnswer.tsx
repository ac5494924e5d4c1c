import { t } from '../lib/i18n';
import type { HostAccess } from './use-host-access';

interface HostAccessAnswerProps {
  access: Pick<HostAccess, 'answer' | 'granted'>;
  /** The user turned the switch on (the stored choice). */
  wanted: boolean;
  /** What the browser was asked to reach: a service's name, a storefront's host. */
  name: string;
  /** The attribute that names the switch on its status too (data-service, data-storefront). */
  mark: Record<string, string>;
}

/**
 * Under a switch of optional hosts: the browser's question still open, or its refusal, now or since (access
 * withdrawn in the browser's own UI shows the switch off, and says why).
 */
export function HostAccessAnswer({ access: { answer, granted }, wanted, name, mark }: HostAccessAnswerProps) {
  if (answer === 'asking')
    return (
      <p role="status" data-answer="asking">
        {t('siteAccessAsking')}
      </p>
    );
  if (answer === 'denied' || (wanted && granted === false && answer === undefined))
    return (
      <p role="status" class="error" data-answer="denied" {...mark}>
        {t('optionsMoreSitesDenied', name)}
      </p>
    );
  return null;
}
