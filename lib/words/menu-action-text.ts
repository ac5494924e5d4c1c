/** The link menu's confirm window in words: what Confirm does, and what the link was matched to. */
import { t } from '../i18n';
import type { ListStatus } from '../media';
import type { MenuMatch, MenuWrite } from '../messaging';
import { shortEpisode, statusText } from './labels';
import { matchedTitle } from './match-text';

/** "Add to Plan to Watch", "Move to Completed", "Mark S1E3 watched", "Mark as watched". */
export function menuWriteText(write: MenuWrite, listed: ListStatus | null): string {
  if (write.kind === 'status') {
    return t(listed ? 'confirmMenuMove' : 'confirmMenuAdd', statusText(write.status));
  }
  return write.episode ? t('actionMarkEpisodeWatched', shortEpisode(write.episode)) : t('actionMarkWatched');
}

/** "Title: The Matrix (1999 · Movie)"; no match and a failed lookup are told apart. */
export function menuMatchText(match: MenuMatch): string {
  if (match.found) return t('confirmMenuMatch', matchedTitle(match));
  return t(match.error ? 'confirmMenuLookupFailed' : 'confirmMenuNoMatch');
}
