/**
 * How the check-in and scrobble answers echo the item Simkl resolved (docs/simkl-api.md, Scrobbling and check-in): the title with
 * every id the catalogue knows and `anime_type`, and the episode with its season, number and title.
 */
import type { Episode } from '../catalogue/episodes';
import type { Title } from '../catalogue/index';

export function echoMedia(title: Title): Record<string, unknown> {
  return {
    title: title.title,
    year: title.year,
    anime_type: title.kind === 'anime' ? (title.animeType ?? 'tv') : null,
    ids: { ...title.ids },
  };
}

/**
 * Anime keep Simkl's (AniDB) season 1; `tvdb_season` / `tvdb_number` only appear when that mapping
 * differs from TVDB's, which it never does in this catalogue, so they are left out.
 */
export function echoEpisode(episode: Episode): Record<string, unknown> {
  return { season: episode.season, number: episode.episode, title: episode.title };
}
