import { t } from '../lib/i18n';
import { isOptionalSite } from '../lib/media';
import { SITE_ADAPTERS } from '../lib/sites/index';
import type { SettingsSectionProps } from './SignInSettings';

/** One switch per built-in site: off means its content script mounts nothing (optional sites: MoreSites). */
export function SiteSettings({ settings, update }: SettingsSectionProps) {
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      {SITE_ADAPTERS.filter((adapter) => !isOptionalSite(adapter.id)).map((adapter) => (
        <label key={adapter.id}>
          <input
            type="checkbox"
            data-site={adapter.id}
            checked={settings.sitesEnabled[adapter.id]}
            onChange={(event) =>
              update({
                sitesEnabled: { ...settings.sitesEnabled, [adapter.id]: event.currentTarget.checked },
              })
            }
          />
          {t('optionsSiteToggle', adapter.name)}
        </label>
      ))}
    </section>
  );
}
