import { t } from '../lib/i18n';
import type { DetectedMedia, SimklType } from '../lib/media';
import type { ItemView } from '../lib/messaging';
import { errorText } from '../lib/words/error-text';
import { SeasonRow } from './SeasonRow';
import { seasonGroups } from './season-groups';
import { useEpisodes } from './use-episodes';
import './seasons.css';

export interface SeasonListProps {
  media: DetectedMedia;
  view: ItemView;
  revision: number;
}

/** The popup's seasons of a signed-in user's show or anime (nothing for a film or an unmatched page). */
export function SeasonList({ media, view, revision }: SeasonListProps) {
  const { signedIn, type, simkl } = view;
  if (!signedIn || simkl === undefined || (type !== 'show' && type !== 'anime')) return null;
  return <Seasons media={media} item={{ type, simkl }} revision={revision} />;
}

/** Each season with its progress, its episodes and their marks. */
function Seasons({
  media,
  item,
  revision,
}: {
  media: DetectedMedia;
  item: { type: SimklType; simkl: number };
  revision: number;
}) {
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
      {error && (
        <p class="error" role="alert">
          {errorText(error)}
        </p>
      )}
    </section>
  );
}
