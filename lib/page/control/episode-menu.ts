/**
 * The episode entries of the control's menu: on an episode page **Unwatch** and **Mark watched up to
 * here** (its **Mark watched** is the menu's own, page-control-menu.ts), on a season page **Mark
 * season watched**. The same entries whatever the state (Unwatch is disabled, not gone, when the
 * episode is not watched): the menu's size tells the page nothing (control-styles.ts).
 */
import { t } from '../../i18n';
import { isWatched } from '../../library/episode-patch';
import type { EpisodeActionKind, EpisodesView } from '../../messaging';
import type { EpisodePage } from '../../words/episode-label';
import { menuItem } from './menu-item';

export function episodeMenuItems(
  page: EpisodePage,
  episodes: EpisodesView | undefined,
  onPick: (action: EpisodeActionKind) => void,
): HTMLElement[] {
  const item = (action: EpisodeActionKind, key: string, text: string, enabled = true) =>
    menuItem(key, text, () => onPick(action), { 'data-action': key }, undefined, enabled);
  if (page.kind === 'season') return [item('watchSeason', 'watch-season', t('actionMarkSeasonWatched'))];
  const watched = episodes !== undefined && isWatched(episodes.seasons, page);
  return [
    item('unwatch', 'unwatch', t('actionUnwatch'), watched),
    item('catchUp', 'catch-up', t('actionCatchUp')),
  ];
}
