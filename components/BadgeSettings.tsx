import { t } from '../lib/i18n';
import { SITE_ADAPTERS } from '../lib/sites/index';
import type { SettingsSectionProps } from './SignInSettings';

/** The list pages' badges: one switch per site, and whether completed titles are dimmed. */
export function BadgeSettings({ settings, update }: SettingsSectionProps) {
  return (
    <section aria-labelledby="badges-heading">
      <h2 id="badges-heading">{t('optionsBadgesHeading')}</h2>
      {SITE_ADAPTERS.map((adapter) => (
        <label key={adapter.id}>
          <input
            type="checkbox"
            data-badges={adapter.id}
            checked={settings.listBadges[adapter.id]}
            onChange={(event) =>
              update({ listBadges: { ...settings.listBadges, [adapter.id]: event.currentTarget.checked } })
            }
          />
          {t('optionsBadgesSite', adapter.name)}
        </label>
      ))}
      <label>
        <input
          type="checkbox"
          data-setting="dimCompleted"
          checked={settings.dimCompleted}
          onChange={(event) => update({ dimCompleted: event.currentTarget.checked })}
        />
        {t('optionsDimCompleted')}
      </label>
    </section>
  );
}
