/**
 * The episode entries of the control's menu, which offer the step that applies now: on an episode
 * page **Mark S4E3 watched** (the menu's own entry, page-control-menu.ts) or, once it is watched,
 * **Unwatch S4E3**, then **Mark watched up to here**; on a season page **Mark season watched** or,
 * once every aired episode is watched, **Unmark season**. One entry swaps for the other, so the menu
 * keeps its size whatever the state: the size tells the page nothing (control-styles.ts).
 */
import { t } from '../../i18n';
import { isWatched } from '../../library/episode-patch';
import type { EpisodeActionKind, EpisodesView } from '../../messaging';
import { type EpisodePage, seasonProgress } from '../../words/episode-label';
import { menuItem } from './menu-item';

/** Every aired regular episode of the season is watched (Simkl's list says which aired). */
function seasonFinished(page: EpisodePage & { kind: 'season' }, episodes: EpisodesView | undefined): boolean {
  if (!episodes?.catalogue) return false;
  const { watched, total } = seasonProgress(episodes, page.season);
  return total !== undefined && total > 0 && watched >= total;
}

export function episodeMenuItems(
  page: EpisodePage,
  episodes: EpisodesView | undefined,
  onPick: (action: EpisodeActionKind) => void,
  markWatched: HTMLElement | false,
): HTMLElement[] {
  const item = (action: EpisodeActionKind, key: string, text: string) =>
    menuItem(key, text, () => onPick(action), { 'data-action': key });
  if (page.kind === 'season') {
    return seasonFinished(page, episodes)
      ? [item('unwatchSeason', 'unwatch-season', t('actionUnmarkSeason'))]
      : [item('watchSeason', 'watch-season', t('actionMarkSeasonWatched'))];
  }
  const watched = episodes !== undefined && isWatched(episodes.seasons, page);
  const toggle = watched ? item('unwatch', 'unwatch', t('actionUnwatchEpisode', page.code)) : markWatched;
  return [toggle, item('catchUp', 'catch-up', t('actionCatchUp'))].filter((entry): entry is HTMLElement =>
    Boolean(entry),
  );
}
