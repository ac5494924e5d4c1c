import { useState } from 'preact/hooks';
import type { ErrorData } from '../lib/errors';
import { t } from '../lib/i18n';
import type { SimklType } from '../lib/media';
import { type SearchResultView, sendIntent } from '../lib/messaging';
import { mediaFromSearchResult } from '../lib/popup/search-media';
import { typeText } from '../lib/words/labels';
import { readFailureReason } from '../lib/words/read-failure';
import { Poster } from './Poster';

/** All types first: a user looking for a title may not know how Simkl files it (an anime, a TV film). */
const TYPES: readonly (SimklType | 'all')[] = ['all', 'show', 'movie', 'anime'];

/** For a tab without a title: find one on Simkl and put it on Plan to Watch. */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [type, setType] = useState<SimklType | 'all'>('all');
  const [results, setResults] = useState<SearchResultView[]>();
  const [added, setAdded] = useState<number[]>([]);
  const [error, setError] = useState<ErrorData>();

  const search = async (event: Event) => {
    event.preventDefault();
    if (!query.trim()) return;
    setError(undefined);
    const answer = await sendIntent('search', { query: query.trim(), type });
    if (answer.ok) setResults(answer.value);
    else setError(answer.error);
  };
  const add = async (result: SearchResultView) => {
    const answer = await sendIntent('setStatus', {
      media: mediaFromSearchResult(result),
      status: 'plantowatch',
    });
    if (answer.ok) setAdded((ids) => [...ids, result.simkl]);
    else setError(answer.error);
  };

  return (
    <section class="search">
      <form role="search" onSubmit={search}>
        <label>
          {t('searchLabel')}
          <input type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
        </label>
        <label>
          {t('searchType')}
          <select value={type} onChange={(event) => setType(event.currentTarget.value as SimklType | 'all')}>
            {TYPES.map((option) => (
              <option key={option} value={option}>
                {option === 'all' ? t('searchAllTypes') : typeText(option)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="primary">
          {t('searchButton')}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {readFailureReason(error)}
        </p>
      )}
      {results?.length === 0 && <p class="muted">{t('searchNoResults')}</p>}
      {results && results.length > 0 && (
        <ul class="results">
          {results.map((result) => (
            <li key={result.simkl} class="row">
              <Poster path={result.poster} size="cm" alt="" width={28} height={41} class="thumb" />
              <span class="grow">
                {result.title}
                {result.year !== undefined && <span class="muted"> ({result.year})</span>}
              </span>
              {added.includes(result.simkl) ? (
                <span class="muted">{t('searchAdded')}</span>
              ) : (
                <button
                  type="button"
                  data-simkl={result.simkl}
                  aria-label={t('searchAdd', result.title)}
                  onClick={() => add(result)}
                >
                  {`+ ${t('status_plantowatch')}`}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
