import type { DetectedMedia, LibraryEntry, SimklItem } from '../media';
import type { WriteTarget } from '../outbox/types';
import { lookupTarget } from '../resolve/kinds';

export function itemOfEntry(entry: LibraryEntry): SimklItem {
  const { type, ids, title, year, poster, animeType } = entry;
  return { type, ids, title, year, poster, animeType };
}

/** What a write from this page is about: the title (for an episode, its show), with the Simkl id when known. */
export function writeTargetOf(media: DetectedMedia, item: SimklItem | null): WriteTarget {
  const { ids, kind } = lookupTarget(media);
  const isEpisode = media.kind === 'episode';
  const target: WriteTarget = { ids: item ? { ...ids, simkl: item.ids.simkl } : { ...ids }, kind };
  if (item) target.type = item.type;
  const title = item?.title ?? (isEpisode ? media.show?.title : media.title);
  const year = item?.year ?? (isEpisode ? undefined : media.year);
  if (title !== undefined) target.title = title;
  if (year !== undefined) target.year = year;
  return target;
}
