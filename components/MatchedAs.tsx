import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { DetectedMedia } from '../lib/media';
import { type ItemView, sendIntent } from '../lib/messaging';
import { matchedAsText } from '../lib/words/match-text';
import { lazyPart } from './lazy-part';

/** "Not this?"'s search, fetched when asked for (components/popup-parts.ts). */
export const LazyMatchSearch = lazyPart(
  () => import('./MatchSearch').then((module) => module.MatchSearch),
  'popupLoading',
);

export interface MatchedAsProps {
  media: DetectedMedia;
  view: ItemView;
  /** The page's view after a new match or its undo. */
  onChange?: (view: ItemView) => void;
}

/** The popup's "Matched as: The Office (2005 · TV)", Not this? (an inline search) and Undo match. */
export function MatchedAs({ media, view, onChange }: MatchedAsProps) {
  const [searching, setSearching] = useState(false);
  const isEpisode = media.kind === 'episode';
  const query = (isEpisode ? (media.show?.title ?? media.title) : media.title) ?? view.title ?? '';
  const undo = async () => {
    const answer = await sendIntent('clearMatch', { media });
    if (answer.ok) onChange?.(answer.value);
  };
  return (
    <div class="matched" data-testid="matched-as">
      <p class="muted">
        <span data-testid="matched-as-text">{matchedAsText(view)}</span>{' '}
        <button type="button" class="link" data-action="not-this" onClick={() => setSearching(!searching)}>
          {view.known ? t('matchNotThis') : t('matchFind')}
        </button>{' '}
        {view.overridden && (
          <button type="button" class="link" data-action="undo-match" onClick={undo}>
            {t('matchUndo')}
          </button>
        )}
      </p>
      {searching && (
        <LazyMatchSearch
          media={media}
          query={query}
          year={isEpisode ? undefined : media.year}
          onChosen={(next) => {
            setSearching(false);
            onChange?.(next);
          }}
        />
      )}
    </div>
  );
}
