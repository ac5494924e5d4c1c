import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { DetectedMedia } from '../lib/media';
import { type ImportPickable, type ImportView, sendIntent } from '../lib/messaging';
import { MatchSearch } from './MatchSearch';

function mediaOf(title: ImportPickable): DetectedMedia {
  const media: DetectedMedia = { site: 'netflix', kind: title.kind, ids: { netflix: title.netflix } };
  media.title = title.title;
  if (title.year !== undefined) media.year = title.year;
  return media;
}

export interface ImportUnmatchedProps {
  heading: string;
  titles: string[];
  view: ImportView;
  /** The preview again, with the found title counted in (a new id, a new count on the button). */
  onView: (view: ImportView) => void;
}

/**
 * What the preview could not match, never sent (docs/architecture.md, The import). A title Simkl's id
 * search did not know can be found on Simkl as "Not this?" does: the choice is kept as that Netflix
 * title's match, and the background previews again with it.
 */
export function ImportUnmatched({ heading, titles, view, onView }: ImportUnmatchedProps) {
  const [searching, setSearching] = useState<string>();
  const pickable = view.summary?.pickable ?? [];
  const rematch = (plan: string) =>
    void sendIntent('importRematch', { plan }).then((answer) => answer.ok && onView(answer.value));
  return (
    <details data-testid="import-unmatched">
      <summary>{heading}</summary>
      <p class="muted">{t('importUnmatchedHint')}</p>
      <ul>
        {titles.map((title) => {
          const pick = view.plan ? pickable.find((each) => each.title === title) : undefined;
          const isOpen = pick !== undefined && searching === pick.netflix;
          return (
            <li key={title}>
              {title}{' '}
              {pick && (
                <button
                  type="button"
                  class="link"
                  data-action="import-find"
                  onClick={() => setSearching(isOpen ? undefined : pick.netflix)}
                >
                  {t('matchFind')}
                </button>
              )}
              {pick && isOpen && view.plan && (
                <MatchSearch
                  media={mediaOf(pick)}
                  query={pick.title}
                  year={pick.year}
                  onChosen={() => {
                    setSearching(undefined);
                    if (view.plan) rematch(view.plan);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
