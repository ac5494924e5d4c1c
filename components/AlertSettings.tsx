import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { useAlertSettings } from './use-alert-settings';
import { useNotificationsPermission } from './use-notifications-permission';

/**
 * New-episode alerts (docs/architecture.md, Alerts): off by default; turning them on asks the
 * browser for notifications from that click, and the section says so when the browser refused or
 * withdrew them.
 */
export function AlertSettings() {
  const [alerts, change] = useAlertSettings();
  const permission = useNotificationsPermission();
  const [refused, setRefused] = useState(false);
  // While the browser's question is open the switch is neither on nor off yet: it says so.
  const [asking, setAsking] = useState(false);
  if (!alerts) return null;
  const turnOn = () => {
    setRefused(false);
    setAsking(true);
    void permission.request().then((granted) => {
      setAsking(false);
      setRefused(!granted);
      if (granted) change({ enabled: true });
    });
  };
  const turnOff = () => {
    change({ enabled: false });
    void permission.release();
  };
  const withdrawn = alerts.enabled && permission.granted === false;

  return (
    <section aria-labelledby="alerts-heading" data-testid="alert-settings">
      <h2 id="alerts-heading">{t('optionsAlertsHeading')}</h2>
      <label>
        <input
          type="checkbox"
          name="alerts"
          checked={alerts.enabled && permission.granted !== false}
          disabled={asking}
          onChange={(event) => (event.currentTarget.checked ? turnOn() : turnOff())}
        />
        {t('optionsAlertsEnable')}
      </label>
      {asking && (
        <p role="status" data-answer="asking">
          {t('optionsAlertsAsking')}
        </p>
      )}
      {refused && (
        <p role="status" class="error" data-answer="refused">
          {t('optionsAlertsRefused')}
        </p>
      )}
      {withdrawn && (
        <p role="status" class="error" data-answer="withdrawn">
          {t('optionsAlertsWithdrawn')}{' '}
          <button type="button" data-action="allow-notifications" onClick={turnOn}>
            {t('optionsAlertsAllow')}
          </button>
        </p>
      )}
      <fieldset disabled={!alerts.enabled}>
        {(['episode', 'season'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="alerts-mode"
              value={mode}
              checked={alerts.mode === mode}
              onChange={() => change({ mode })}
            />
            {t(mode === 'episode' ? 'optionsAlertsModeEpisode' : 'optionsAlertsModeSeason')}
          </label>
        ))}
        <label>
          <input
            type="checkbox"
            name="alerts-shows"
            checked={alerts.shows}
            onChange={(event) => change({ shows: event.currentTarget.checked })}
          />
          {t('optionsAlertsShows')}
        </label>
        <label>
          <input
            type="checkbox"
            name="alerts-anime"
            checked={alerts.anime}
            onChange={(event) => change({ anime: event.currentTarget.checked })}
          />
          {t('optionsAlertsAnime')}
        </label>
        <p>{t('optionsAlertsQuiet')}</p>
        <label>
          {t('optionsAlertsQuietFrom')}{' '}
          <input
            type="time"
            name="quiet-from"
            value={alerts.quietFrom}
            onChange={(event) => change({ quietFrom: event.currentTarget.value })}
          />
        </label>{' '}
        <label>
          {t('optionsAlertsQuietTo')}{' '}
          <input
            type="time"
            name="quiet-to"
            value={alerts.quietTo}
            onChange={(event) => change({ quietTo: event.currentTarget.value })}
          />
        </label>
      </fieldset>
    </section>
  );
}
