import type { DetectedMedia } from '../lib/media';
import type { ItemView } from '../lib/messaging';
import { LazySeasonEpisodes } from './popup-parts';

export interface SeasonListProps {
  media: DetectedMedia;
  view: ItemView;
  revision: number;
}

/**
 * The popup's seasons of a signed-in user's show or anime (nothing for a film or an unmatched page).
 * Whether there are any is decided here, so a film never shows "Loading…" while the seasons' code
 * is fetched.
 */
export function SeasonList({ media, view, revision }: SeasonListProps) {
  const { signedIn, type, simkl } = view;
  if (!signedIn || simkl === undefined || (type !== 'show' && type !== 'anime')) return null;
  return <LazySeasonEpisodes media={media} item={{ type, simkl }} revision={revision} />;
}
