import { t } from '../lib/i18n';
import { OPTIONAL_SITES, type OptionalSite } from '../lib/media';
import { SITE_ADAPTERS } from '../lib/sites/index';
import { useOptionalSite } from './use-optional-site';

export const optionalSiteName = (site: OptionalSite): string =>
  SITE_ADAPTERS.find((adapter) => adapter.id === site)?.name ?? site;

/** One optional site's switch: on is the browser's grant, so its own UI moves the switch too. */
function MoreSite({ site }: { site: OptionalSite }) {
  const { on, answer, turnOn, turnOff } = useOptionalSite(site);
  const name = optionalSiteName(site);
  return (
    <>
      <label>
        <input
          type="checkbox"
          data-optional-site={site}
          checked={on === true}
          disabled={on === undefined || answer === 'asking'}
          onChange={(event) => (event.currentTarget.checked ? turnOn() : turnOff())}
        />
        {t('optionsSiteToggle', name)}
      </label>
      {answer === 'asking' && (
        <p role="status" data-answer="asking">
          {t('siteAccessAsking')}
        </p>
      )}
      {answer === 'denied' && (
        <p role="status" class="error" data-answer="denied">
          {t('optionsMoreSitesDenied', name)}
        </p>
      )}
    </>
  );
}

/** The options' "More sites": the sites the user turns on, each asked for from its switch. */
export function MoreSites() {
  return (
    <section aria-labelledby="more-sites-heading" data-testid="more-sites">
      <h2 id="more-sites-heading">{t('optionsMoreSitesHeading')}</h2>
      <p class="muted">{t('optionsMoreSitesIntro')}</p>
      {OPTIONAL_SITES.map((site) => (
        <MoreSite key={site} site={site} />
      ))}
    </section>
  );
}
