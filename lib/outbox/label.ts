import { t } from '../i18n';
import { formatEpisodeCode } from '../library/episode-code';
import type { ListStatus } from '../media';
import { episodeCountOf, refsOf } from './episodes-action';
import type { EpisodesAction, OutboxWrite, WriteAction, WriteTarget } from './types';

export const STATUS_LABELS: Record<ListStatus, string> = {
  plantowatch: 'Plan to Watch',
  watching: 'Watching',
  completed: 'Completed',
  hold: 'On Hold',
  dropped: 'Dropped',
};

function titleOf(target: WriteTarget): string {
  const { ids } = target;
  const name = target.title ?? ids.imdb ?? (ids.simkl !== undefined ? `Simkl #${ids.simkl}` : undefined);
  const fallback = ids.mal
    ? `MAL #${ids.mal}`
    : ids.tmdb
      ? `TMDB #${ids.tmdb}`
      : `Netflix #${ids.netflix ?? '?'}`;
  return `${name ?? fallback}${target.year ? ` (${target.year})` : ''}`;
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
      return STATUS_LABELS[action.status];
    case 'watched':
      return action.scope === 'item' ? 'watched' : `watched ${formatEpisodeCode(action)}`;
    case 'rate':
      return `rated ${action.rating}/10`;
    case 'unrate':
      return 'rating removed';
    case 'remove':
      return 'removed from list';
    case 'checkin':
      return action.episode === undefined
        ? 'checked in'
        : `checked in to ${formatEpisodeCode({ season: action.season, episode: action.episode })}`;
  }
}

/** "The Matrix (1999) → Plan to Watch" */
export function labelOf(write: Pick<OutboxWrite, 'target' | 'action'>): string {
  const { action } = write;
  if (action.kind === 'episodes') return episodesLabel(titleOf(write.target), action);
  return `${titleOf(write.target)} → ${actionLabel(action)}`;
}
