import { t } from '../lib/i18n';
import { sendIntent } from '../lib/messaging';
import { errorText } from '../lib/words/error-text';
import { matchedTitle } from '../lib/words/match-text';
import { useIntent } from './use-intent';

/** The options page's corrected matches (site, page id → chosen title), each removable. */
export function MatchOverrides({ revision }: { revision: number }) {
  const [overrides, setOverrides] = useIntent('matchOverrides', {}, revision);
  const remove = async (key: string) => {
    const answer = await sendIntent('removeMatchOverride', { key });
    if (answer.ok) setOverrides(answer.value);
  };
  const list = overrides.value;
  return (
    <section aria-labelledby="overrides-heading" data-testid="match-overrides">
      <h2 id="overrides-heading">{t('matchOverridesTitle')}</h2>
      <p class="muted">{t('matchOverridesHint')}</p>
      {overrides.error && (
        <p class="error" role="alert">
          {errorText(overrides.error)}
        </p>
      )}
      {list?.length === 0 && <p class="muted">{t('matchOverridesEmpty')}</p>}
      {list && list.length > 0 && (
        <ul class="results">
          {list.map((override) => (
            <li key={override.key} class="row" data-override={override.key}>
              <span class="grow">
                {`${override.site} ${override.pageId} → ${matchedTitle(override.item)}`}
              </span>
              <button
                type="button"
                data-action="remove-override"
                aria-label={t('matchOverrideRemove', `${override.site} ${override.pageId}`)}
                onClick={() => remove(override.key)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
