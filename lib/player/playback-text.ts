import { t } from '../i18n';
import { type DetectedMedia, WATCHED_AT_PERCENT } from '../media';
import type { PlayerStatus } from './engine';

/** "S1E3" for an episode, the title for a film: how Netflix itself numbers what plays. */
export function playbackCode(media: DetectedMedia): string {
  if (media.kind === 'episode' && media.episode !== undefined)
    return `S${media.season ?? 1}E${media.episode}`;
  return media.title ?? media.show?.title ?? '';
}

/** "Frieren S1E5" for an episode, the title for a film: where no page around the line names the title. */
export function titledPlaybackCode(media: DetectedMedia): string {
  const code = playbackCode(media);
  const series = media.kind === 'episode' && media.episode !== undefined ? media.show?.title : undefined;
  return series ? `${series} ${code}` : code;
}

/**
 * "Simkl: Watching now · S1E3 · 43 %", or "Simkl: S1E3 ✓" once it was stopped past the user's "Mark as
 * watched at". A player-only page's line names the series too (`titledPlaybackCode`): no control above it does.
 */
export function playbackText(
  status: PlayerStatus,
  watchedAt = WATCHED_AT_PERCENT,
  codeOf: (media: DetectedMedia) => string = playbackCode,
): string | null {
  const code = codeOf(status.media);
  const percent = Math.round(status.progress);
  if (status.phase === 'playing') return t('playbackWatching', [code, percent]);
  if (status.phase === 'paused') return t('playbackPaused', [code, percent]);
  return status.progress >= watchedAt ? t('playbackWatched', code) : null;
}
