import { t } from '../lib/i18n';
import { type Settings, SIGN_IN_MODES } from '../lib/store/settings';

export interface SettingsSectionProps {
  settings: Settings;
  update(patch: Partial<Settings>): void;
}

/** How to sign in (OAuth window V2 / V1, or a PIN code) and an optional own client id. */
export function SignInSettings({ settings, update }: SettingsSectionProps) {
  return (
    <section aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">{t('optionsSignInHeading')}</h2>
      <fieldset>
        <legend>{t('optionsSignInMode')}</legend>
        {SIGN_IN_MODES.map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="sign-in-mode"
              value={mode}
              checked={settings.signInMode === mode}
              onChange={() => update({ signInMode: mode })}
            />
            {t(`mode_${mode}`)}
          </label>
        ))}
      </fieldset>
      <label class="stack">
        {t('optionsClientId')}
        <input
          type="text"
          name="client-id"
          spellcheck={false}
          autocomplete="off"
          value={settings.clientIdOverride}
          aria-describedby="client-id-help"
          onChange={(event) => update({ clientIdOverride: event.currentTarget.value })}
        />
      </label>
      <p id="client-id-help" class="muted">
        {t('optionsClientIdHelp')}
      </p>
    </section>
  );
}
