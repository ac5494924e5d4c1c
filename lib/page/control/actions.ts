/** The user's actions on one title, as intents to the background (the UI never calls Simkl). */

import { t } from '../../i18n';
import { type DetectedMedia, LIST_STATUSES, type ListStatus, MOVIE_STATUSES, type Rating } from '../../media';
import { type Answer, type ItemView, type MarkWatchedScope, sendIntent } from '../../messaging';
import { episodeCode, shortEpisode, statusText } from '../../words/labels';

/** Simkl's rating scale. */
export const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export type ControlAction =
  | { type: 'status'; status: ListStatus }
  /** Without a scope: the movie, or on an episode page that episode. */
  | { type: 'watched'; scope?: MarkWatchedScope }
  | { type: 'checkin' }
  | { type: 'rate'; rating: Rating | null }
  | { type: 'remove' };

export function performAction(media: DetectedMedia, action: ControlAction): Promise<Answer<ItemView>> {
  switch (action.type) {
    case 'status':
      return sendIntent('setStatus', { media, status: action.status });
    case 'watched':
      return sendIntent('markWatched', {
        media,
        scope: action.scope ?? (media.kind === 'episode' ? 'episode' : 'item'),
      });
    case 'checkin':
      return sendIntent('checkin', { media });
    case 'rate':
      return sendIntent('rate', { media, rating: action.rating });
    case 'remove':
      return sendIntent('removeFromList', { media });
  }
}

function isMovie(media: DetectedMedia, view?: ItemView): boolean {
  return view?.type === 'movie' || (view?.type === undefined && media.kind === 'movie');
}

/** Movies only take three of the five lists (Simkl's rule, media.ts MOVIE_STATUSES). */
export function statusChoices(media: DetectedMedia, view?: ItemView): readonly ListStatus[] {
  return isMovie(media, view) ? MOVIE_STATUSES : LIST_STATUSES;
}

/** "Mark watched" means the movie, or on an episode page that episode; a whole show has no such click. */
export function canMarkWatched(media: DetectedMedia, view?: ItemView): boolean {
  return isMovie(media, view) || episodeCode(media) !== undefined;
}

/** A show's own page (not one of its seasons or episodes), where the next episode can be marked. */
export function isShowPage(media: DetectedMedia, view?: ItemView): boolean {
  return !isMovie(media, view) && media.kind !== 'episode' && media.season === undefined;
}

/** The next episode to watch ("S4E3"), unless there is none or the calendar says it has not aired. */
export function nextEpisodeToMark(view: ItemView, now = Date.now()): string | undefined {
  const next = view.progress?.next;
  if (!next) return undefined;
  const airsAt = view.progress?.nextAirsAt;
  return airsAt && Date.parse(airsAt) > now ? undefined : shortEpisode(next);
}

/** On an episode's or a season's page the rating is still the show's: the heading says so. */
export function ratingHeading(media: DetectedMedia): string {
  return media.kind === 'episode' || media.season !== undefined ? t('ratingLabelShow') : t('ratingLabel');
}

export function watchedLabel(media: DetectedMedia): string {
  const code = episodeCode(media);
  return code ? t('actionMarkEpisodeWatched', code) : t('actionMarkWatched');
}

/** Words for one action, as the confirmation question shows them. */
export function actionLabel(action: ControlAction, media: DetectedMedia): string {
  switch (action.type) {
    case 'status':
      return statusText(action.status);
    case 'watched':
      return watchedLabel(media);
    case 'checkin':
      return t('actionCheckin');
    case 'rate':
      return action.rating === null ? t('actionClearRating') : t('actionRate', action.rating);
    case 'remove':
      return t('actionRemove');
  }
}
