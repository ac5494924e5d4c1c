import type { DetectedMedia, MediaIds, MediaKind, SimklType } from '../media';

/** What the resolver needs of a page's media; a DetectedMedia fits. */
export type MediaRef = Pick<DetectedMedia, 'ids'> &
  Partial<Pick<DetectedMedia, 'kind' | 'show' | 'site' | 'title'>>;

/** The thing to look up: for an episode, its show (Simkl's lists hold shows, not episodes). */
export interface LookupTarget {
  ids: MediaIds;
  kind?: MediaKind;
  /** The title's name as its page gives it: the last resort of a site whose ids Simkl may not know. */
  title?: string;
}

function withTitle(target: LookupTarget, title: string | undefined): LookupTarget {
  return title ? { ...target, title } : target;
}

export function lookupTarget(media: MediaRef): LookupTarget {
  if (media.kind === 'episode') {
    const ids = media.show && Object.keys(media.show.ids).length > 0 ? media.show.ids : media.ids;
    return withTitle({ ids, kind: media.site === 'mal' ? 'anime' : 'show' }, media.show?.title);
  }
  // MyAnimeList only lists anime, whatever the page calls the format.
  return withTitle({ ids: media.ids, kind: media.site === 'mal' ? 'anime' : media.kind }, media.title);
}

/** The Simkl libraries a page's kind can land in, the likeliest first (anime films are anime). */
export function simklTypesFor(kind: MediaKind | undefined): SimklType[] {
  switch (kind) {
    case 'movie':
      return ['movie', 'anime'];
    case 'show':
    case 'episode':
      return ['show', 'anime'];
    case 'anime':
      return ['anime'];
    default:
      return ['movie', 'show', 'anime'];
  }
}

/** TMDB's scope for a kind; undefined when the page cannot tell (then TMDB ids are not used). */
export function tmdbTypeFor(kind: MediaKind | undefined): 'movie' | 'show' | undefined {
  if (kind === 'movie') return 'movie';
  if (kind === 'show' || kind === 'episode') return 'show';
  return undefined;
}
