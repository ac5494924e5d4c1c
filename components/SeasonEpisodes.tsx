import { t } from '../lib/i18n';
import type { DetectedMedia, SimklType } from '../lib/media';
import { readFailureReason } from '../lib/words/read-failure';
import { SeasonRow } from './SeasonRow';
import { seasonGroups } from './season-groups';
import { useEpisodes } from './use-episodes';
import './seasons.css';

export interface SeasonEpisodesProps {
  media: DetectedMedia;
  item: { type: SimklType; simkl: number };
  revision: number;
}

/** Each season of a show or anime with its progress, its episodes and their marks. */
export function SeasonEpisodes({ media, item, revision }: SeasonEpisodesProps) {
  const { episodes, loading, busy, error, act } = useEpisodes(media, item, revision);
  const groups = episodes ? seasonGroups(episodes) : [];
  if (loading && !episodes) return <p class="muted">{t('popupLoading')}</p>;
  return (
    <section class="seasons" aria-label={t('seasonsLabel')} aria-busy={busy}>
      {groups.length > 0 && (
        <ul class="season-list">
          {groups.map((group) => (
            <SeasonRow
              key={group.season}
              group={group}
              busy={busy}
              onAction={(...args) => void act(...args)}
            />
          ))}
        </ul>
      )}
      {episodes?.catalogueFailed && (
        <p class="muted" role="status" data-testid="seasons-failed">
          {t('seasonsListFailed', readFailureReason(episodes.catalogueFailed))}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {readFailureReason(error)}
        </p>
      )}
    </section>
  );
}
