import { t } from '../lib/i18n';
import type { SettingsSectionProps } from './SignInSettings';

export function BehaviourSettings({ settings, update }: SettingsSectionProps) {
  return (
    <section aria-labelledby="behaviour-heading">
      <h2 id="behaviour-heading">{t('optionsBehaviourHeading')}</h2>
      <label>
        <input
          type="checkbox"
          name="confirm-writes"
          checked={settings.confirmWrites}
          onChange={(event) => update({ confirmWrites: event.currentTarget.checked })}
        />
        {t('optionsConfirmWrites')}
      </label>
      <label>
        <input
          type="checkbox"
          name="badge"
          checked={settings.badgeEnabled}
          onChange={(event) => update({ badgeEnabled: event.currentTarget.checked })}
        />
        {t('optionsBadge')}
      </label>
      <label>
        {t('optionsBadgeCounts')}{' '}
        <select
          name="badge-counts"
          disabled={settings.badgeCounts === 'off'}
          value={settings.badgeCounts === 'off' ? 'episodes' : settings.badgeCounts}
          onChange={(event) =>
            update({ badgeCounts: event.currentTarget.value === 'shows' ? 'shows' : 'episodes' })
          }
        >
          <option value="episodes">{t('optionsBadgeEpisodes')}</option>
          <option value="shows">{t('optionsBadgeShows')}</option>
        </select>
      </label>
    </section>
  );
}
