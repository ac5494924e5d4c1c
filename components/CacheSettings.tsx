import { useState } from 'preact/hooks';
import { formatBytes, t } from '../lib/i18n';
import { sendIntent } from '../lib/messaging';
import { errorText } from '../lib/words/error-text';
import { useIntent } from './use-intent';

/** What the caches hold, and a button that empties them (never the lists or pending writes). */
export function CacheSettings() {
  const [stats, setStats] = useIntent('cacheStats', {}, 0);
  const [clearing, setClearing] = useState(false);
  const [cleared, setCleared] = useState(false);
  const clearCaches = async () => {
    setClearing(true);
    const answer = await sendIntent('clearCaches', {});
    setClearing(false);
    if (answer.ok) {
      setStats(answer.value);
      setCleared(true);
    }
  };
  const value = stats.value;
  return (
    <section aria-labelledby="caches-heading">
      <h2 id="caches-heading">{t('optionsCachesHeading')}</h2>
      {value && (
        <ul class="stats" data-testid="cache-stats" aria-live="polite">
          <li data-cache="images">
            {t('optionsCacheImages', [value.images.count, formatBytes(value.images.bytes)])}
          </li>
          <li data-cache="calendar">
            {t('optionsCacheCalendar', [value.calendar.files, value.calendar.entries])}
          </li>
          <li data-cache="resolve">{t('optionsCacheResolve', value.resolve.entries)}</li>
          <li data-cache="scores">{t('optionsCacheScores', value.scores.titles)}</li>
          <li data-cache="catalogue">{t('optionsCacheCatalogue', value.catalogue.titles)}</li>
        </ul>
      )}
      {stats.error && (
        <p class="error" role="alert">
          {errorText(stats.error)}
        </p>
      )}
      <div class="row">
        <button
          type="button"
          data-action="clear-caches"
          aria-describedby="caches-help"
          disabled={clearing}
          data-cleared={cleared ? 'true' : undefined}
          onClick={clearCaches}
        >
          {t('optionsClearCaches')}
        </button>
      </div>
      <p id="caches-help" class="muted">
        {t('optionsCachesHelp')}
      </p>
    </section>
  );
}
