import { SimklError } from '../../errors';
import { parseEpisodeCode } from '../../library/episode-code';
import {
  type DetectedMedia,
  isNumberedEpisode,
  type LibraryEntry,
  NOT_AN_EPISODE,
  type SimklType,
} from '../../media';
import type { MarkWatchedScope } from '../../messaging';
import type { WriteAction } from '../../outbox/types';

type EpisodeWatched = Extract<WriteAction, { scope: 'episode' }>;

/**
 * IMDb, TMDB and Netflix number every series by seasons as TVDB does, anime included, where Simkl
 * keeps each anime season as its own entry: their episode writes say so (`tvdbSeasons`, sent only
 * for anime). MyAnimeList numbers each anime season on its own, as Simkl does.
 */
export function episodeOf(media: DetectedMedia, episode: number): EpisodeWatched {
  // A recap numbered 12.5 is no episode of Simkl's: rounding it would mark a real episode the user
  // did not watch (docs/sites.md, Crunchyroll: numbers).
  if (!isNumberedEpisode(episode)) throw new SimklError('bad-request', NOT_AN_EPISODE);
  if (media.season === undefined) return { kind: 'watched', scope: 'episode', episode };
  const action: EpisodeWatched = { kind: 'watched', scope: 'episode', season: media.season, episode };
  return media.site === 'mal' ? action : { ...action, tvdbSeasons: true };
}

/** An episode page marks its episode; a title page marks the title (a whole show = every episode). */
function defaultScope(media: DetectedMedia): MarkWatchedScope {
  return media.kind === 'episode' ? 'episode' : 'item';
}

function nextEpisode(entry: LibraryEntry | null, type: SimklType | undefined): WriteAction {
  if (!entry) {
    // Not in the list yet: the next episode is the first one.
    return type === 'anime'
      ? { kind: 'watched', scope: 'episode', episode: 1 }
      : { kind: 'watched', scope: 'episode', season: 1, episode: 1 };
  }
  const next = parseEpisodeCode(entry.nextToWatch);
  if (!next) throw new SimklError('bad-request', 'no next episode');
  return { kind: 'watched', scope: 'episode', ...next };
}

/** The write a markWatched request means, given the item's current (projected) state. */
export function watchedAction(
  media: DetectedMedia,
  scope: MarkWatchedScope | undefined,
  entry: LibraryEntry | null,
  type: SimklType | undefined,
): WriteAction {
  switch (scope ?? defaultScope(media)) {
    case 'item':
    case 'show':
      return { kind: 'watched', scope: 'item' };
    case 'next':
      return nextEpisode(entry, type);
    case 'episode':
      if (media.episode === undefined) throw new SimklError('bad-request', 'no episode');
      return episodeOf(media, media.episode);
  }
}
