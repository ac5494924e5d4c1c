import { t } from '../i18n';
import { formatEpisodeCode } from '../library/episode-code';
import { episodeCountOf, refsOf } from './episodes-action';
import type { EpisodesAction, OutboxWrite, WriteAction, WriteTarget } from './types';

/** "The Matrix (1999)": the write's own title; never an id, which says nothing to the user. */
function titleOf(target: WriteTarget): string {
  if (!target.title) return t('pendingNoTitle');
  return `${target.title}${target.year ? ` (${target.year})` : ''}`;
}

/** "The Office: 5 episodes → watched", "The Office: S02E05 → not watched". */
function episodesLabel(title: string, action: EpisodesAction): string {
  const watch = action.mode === 'watch';
  const [only, ...others] = refsOf(action);
  if (only && others.length === 0) {
    const code = formatEpisodeCode(only);
    return t(watch ? 'pendingEpisodeWatched' : 'pendingEpisodeNotWatched', [title, code]);
  }
  const count = episodeCountOf(action);
  return t(watch ? 'pendingEpisodesWatched' : 'pendingEpisodesNotWatched', [title, count]);
}

function actionLabel(action: Exclude<WriteAction, EpisodesAction>): string {
  switch (action.kind) {
    case 'status':
      return t(`status_${action.status}`);
    case 'watched':
      return action.scope === 'item'
        ? t('pendingWatched')
        : t('pendingWatchedEpisode', formatEpisodeCode(action));
    case 'rate':
      return t('pendingRated', action.rating);
    case 'unrate':
      return t('pendingUnrated');
    case 'remove':
      return t('pendingRemoved');
    case 'checkin':
      return action.episode === undefined
        ? t('pendingCheckedIn')
        : t('pendingCheckedInEpisode', formatEpisodeCode({ season: action.season, episode: action.episode }));
  }
}

/** "The Matrix (1999): Plan to Watch" */
export function labelOf(write: Pick<OutboxWrite, 'target' | 'action'>): string {
  const { action } = write;
  if (action.kind === 'episodes') return episodesLabel(titleOf(write.target), action);
  return t('pendingChange', [titleOf(write.target), actionLabel(action)]);
}
