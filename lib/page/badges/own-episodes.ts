/**
 * A show's own season list names each of its episodes, and an episode's badge is its show's: the
 * same "▸ 20/24" on every row would say nothing new. Those rows get their ✓ marks instead
 * (row-marks.ts); an episode of another show (a list of what airs next) keeps its show's badge.
 */
import type { DetectedMedia, MediaIds } from '../../media';
import type { ListedTitle } from '../../sites/adapter';

function sameTitle(a: MediaIds, b: MediaIds): boolean {
  return (Object.keys(a) as Array<keyof MediaIds>).some((key) => a[key] !== undefined && a[key] === b[key]);
}

export function withoutOwnEpisodes(listed: ListedTitle[], page: DetectedMedia | null): ListedTitle[] {
  if (!page || page.kind === 'episode' || page.kind === 'movie') return listed;
  return listed.filter(
    ({ media }) => !(media.kind === 'episode' && media.show && sameTitle(media.show.ids, page.ids)),
  );
}
