import { t } from '../lib/i18n';
import { SIMKL_HOME } from '../lib/words/links';
import { Logo } from './Logo';

/** Simkl asks apps that use its API to credit it visibly. */
export function PoweredBy() {
  return (
    <footer class="powered">
      <a href={SIMKL_HOME} target="_blank" rel="noopener noreferrer">
        <Logo size={14} /> {t('poweredBy')}
      </a>
    </footer>
  );
}
