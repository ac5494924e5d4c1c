import { useEffect, useRef, useState } from 'preact/hooks';
import type { ErrorData } from '../lib/errors';
import { t } from '../lib/i18n';
import type { DetectedMedia } from '../lib/media';
import { type ItemView, type SearchResultView, sendIntent } from '../lib/messaging';
import { errorText } from '../lib/words/error-text';
import { matchedTitle } from '../lib/words/match-text';
import { Poster } from './Poster';

export interface MatchSearchProps {
  media: DetectedMedia;
  /** The page's title and year, prefilled (the search runs at once). */
  query: string;
  year?: number;
  /** After the override is stored: the page's new view. */
  onChosen?: (view: ItemView) => void;
}

/** "Not this?": Simkl's search in all three types; choosing a result stores the override. */
export function MatchSearch({ media, query: initial, year, onChosen }: MatchSearchProps) {
  const [query, setQuery] = useState(initial);
  const [results, setResults] = useState<SearchResultView[]>();
  const [error, setError] = useState<ErrorData>();
  const [chosen, setChosen] = useState<string>();

  // Only the search asked last may show its answer: the one run at once with the page's title can
  // answer after the user's own words, and must not replace their results.
  const lastAsked = useRef(0);
  const search = async (text: string) => {
    if (!text.trim()) return;
    const asked = ++lastAsked.current;
    setError(undefined);
    const answer = await sendIntent(
      'matchSearch',
      year ? { query: text.trim(), year } : { query: text.trim() },
    );
    if (asked !== lastAsked.current) return;
    if (answer.ok) setResults(answer.value);
    else setError(answer.error);
  };
  useEffect(() => void search(initial), [initial]);
  const choose = async (item: SearchResultView) => {
    const answer = await sendIntent('setMatch', { media, item });
    if (!answer.ok) return setError(answer.error);
    setChosen(item.title);
    onChosen?.(answer.value);
  };

  return (
    <section class="search" data-testid="match-search">
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          void search(query);
        }}
      >
        <label>
          {t('matchSearchTitle')}
          <input type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">
          {t('searchButton')}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {errorText(error)}
        </p>
      )}
      {chosen && (
        <p role="status" data-testid="match-chosen">
          {t('matchChosen', chosen)}
        </p>
      )}
      {results?.length === 0 && <p class="muted">{t('searchNoResults')}</p>}
      {results && results.length > 0 && (
        <ul class="results">
          {results.map((result) => (
            <li key={`${result.type}:${result.simkl}`} class="row">
              <Poster path={result.poster} size="cm" alt="" width={28} height={41} class="thumb" />
              <span class="grow">{matchedTitle(result)}</span>
              <button
                type="button"
                data-match={`${result.type}:${result.simkl}`}
                aria-label={t('matchChoose', result.title)}
                onClick={() => choose(result)}
              >
                {t('matchChoose', result.title)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
