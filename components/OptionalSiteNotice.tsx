import { useState } from 'preact/hooks';
import { siteOfHost } from '../lib/hosts';
import { t } from '../lib/i18n';
import { isOptionalSite, type OptionalSite } from '../lib/media';
import { optionalSiteName } from './MoreSites';
import { useOptionalSite } from './use-optional-site';

function Notice({ site }: { site: OptionalSite }) {
  const { on, answer, turnOn } = useOptionalSite(site);
  const [asked, setAsked] = useState(false);
  const name = optionalSiteName(site);
  // On already (the page was open before): the tab's reload is the popup's own "no title" to say.
  if (on === undefined || (on && !asked)) return null;
  const ask = () => {
    turnOn();
    setAsked(true);
  };
  return (
    <section class="access" data-testid="optional-site" data-site={site}>
      {on ? (
        <p role="status">{t('popupOptionalSiteReload')}</p>
      ) : (
        <>
          <p>{t('popupOptionalSite', name)}</p>
          <button type="button" data-action="turn-on-site" onClick={ask} disabled={answer === 'asking'}>
            {t('popupOptionalSiteTurnOn')}
          </button>
          {answer === 'denied' && <p class="error">{t('optionsMoreSitesDenied', name)}</p>}
        </>
      )}
    </section>
  );
}

/**
 * On a tab of a site the user has not turned on (the popup reads its address through activeTab),
 * says Simkl can work there, with Turn on. Nothing runs on the site before.
 */
export function OptionalSiteNotice({ url }: { url?: string }) {
  let site: unknown;
  try {
    site = url ? siteOfHost(new URL(url).hostname) : undefined;
  } catch {
    site = undefined;
  }
  return isOptionalSite(site) ? <Notice site={site} /> : null;
}
