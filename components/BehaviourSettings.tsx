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
    </section>
  );
}
