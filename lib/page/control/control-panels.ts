/**
 * What opens beside the control's button (menu-part.ts brings it on demand): the menu, the question
 * before a write, and an episode action's question. The control says what is open; this draws it.
 */
import { t } from '../../i18n';
import type { DetectedMedia } from '../../media';
import type { EpisodeActionKind, EpisodesView, ItemView } from '../../messaging';
import type { EpisodePage } from '../../words/episode-label';
import { actionLabel, type ControlAction } from './actions';
import { episodeMenuItems } from './episode-menu';
import { confirmView, menuView } from './page-control-menu';

export interface ControlPanels {
  media: DetectedMedia;
  view: ItemView;
  open: boolean;
  /** The write waiting for the user's yes (settings.confirmWrites, and every removal). */
  confirming?: ControlAction;
  /** An episode action's own question (episode-model.ts). */
  question?: string;
  /** The episode or season page's entries, on sites that have such pages (episode-part.ts). */
  episode?: { page: EpisodePage; view: EpisodesView | undefined; pick(action: EpisodeActionKind): void };
  onPick(action: ControlAction): void;
  run(action: ControlAction): void;
  close(returnFocus: boolean): void;
  answer(yes: boolean): void;
}

/** What the control asks before a write: the change, or for a removal what it also deletes. */
function confirmQuestion(action: ControlAction, media: DetectedMedia): string {
  return action.type === 'remove' ? t('confirmRemove') : t('controlConfirm', actionLabel(action, media));
}

export function controlPanels(panels: ControlPanels): HTMLElement[] {
  const { media, view, confirming, question, episode } = panels;
  const drawn: HTMLElement[] = [];
  if (panels.open && !confirming)
    drawn.push(
      menuView({
        media,
        view,
        onPick: panels.onPick,
        onClose: panels.close,
        episodes: episode
          ? (markWatched) => episodeMenuItems(episode.page, episode.view, episode.pick, markWatched)
          : undefined,
      }),
    );
  if (confirming)
    drawn.push(
      confirmView(confirmQuestion(confirming, media), (yes) =>
        yes ? panels.run(confirming) : panels.close(true),
      ),
    );
  if (question) drawn.push(confirmView(question, panels.answer));
  return drawn;
}
