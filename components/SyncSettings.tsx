import { useEffect, useState } from 'preact/hooks';
import { dateTime, t } from '../lib/i18n';
import { type SyncView, sendIntent } from '../lib/messaging';
import { syncIntervalText } from '../lib/words/interval-text';
import { syncFailedText } from '../lib/words/sync-text';
import type { SettingsSectionProps } from './SignInSettings';

const INTERVALS = [15, 30, 60, 180, 360, 720];

/** How often the background syncs, and a button to sync now with the time of the last sync. */
export function SyncSettings({ settings, update }: SettingsSectionProps) {
  const [sync, setSync] = useState<SyncView>();
  const [syncing, setSyncing] = useState(false);
  const intervals = INTERVALS.includes(settings.syncIntervalMinutes)
    ? INTERVALS
    : [...INTERVALS, settings.syncIntervalMinutes].sort((a, b) => a - b);

  // The last sync as the background knows it, without syncing just to show it.
  useEffect(() => {
    void sendIntent('syncStatus', {}).then((answer) => {
      if (answer.ok) setSync((current) => current ?? answer.value);
    });
  }, []);

  const syncNow = async () => {
    setSyncing(true);
    const answer = await sendIntent('syncNow', {});
    setSyncing(false);
    setSync(answer.ok ? answer.value : { lastError: answer.error });
  };
  const failed = sync && syncFailedText(sync);

  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('optionsSyncHeading')}</h2>
      <label>
        {t('optionsSyncWhen')}
        <select
          name="sync-interval"
          value={settings.syncIntervalMinutes}
          onChange={(event) => update({ syncIntervalMinutes: Number(event.currentTarget.value) })}
        >
          {intervals.map((minutes) => (
            <option key={minutes} value={minutes}>
              {syncIntervalText(minutes)}
            </option>
          ))}
        </select>
      </label>
      <div class="row">
        <button type="button" data-action="sync-now" disabled={syncing} onClick={syncNow}>
          {syncing ? t('optionsSyncing') : t('optionsSyncNow')}
        </button>
        {sync && (
          <span role="status" data-testid="last-sync">
            {sync.lastSyncAt ? t('optionsLastSync', dateTime(sync.lastSyncAt)) : t('optionsNeverSynced')}
          </span>
        )}
      </div>
      {sync?.skipped !== undefined && (
        <p class="note" data-testid="sync-skipped">
          {t('optionsSyncSkipped', sync.skipped)}
        </p>
      )}
      {failed && (
        <p class="error" role="alert">
          {failed}
        </p>
      )}
    </section>
  );
}
