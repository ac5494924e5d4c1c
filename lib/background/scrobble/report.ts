import type { DetectedMedia } from '../../media';

/** Which playback a failure was about: its tab, and the title and progress when they are known. */
export interface PlaybackContext {
  tabId: number;
  media?: DetectedMedia;
  progress?: number;
}

/**
 * Says on the worker's console what failed with a playback, and which one: a stop that could not be
 * handled must never vanish without a word (docs/architecture.md, A playback).
 */
export function reportPlaybackFailure(
  what: string,
  { tabId, media, progress }: PlaybackContext,
  error: unknown,
) {
  const title = media && (media.kind === 'episode' ? (media.show?.title ?? media.title) : media.title);
  const episode = media?.kind === 'episode' ? { season: media.season, episode: media.episode } : {};
  console.error(`Simkl: ${what}`, { tabId, netflix: media?.ids.netflix, title, ...episode, progress }, error);
}
