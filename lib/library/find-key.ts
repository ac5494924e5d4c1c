import type { MediaIds, MediaKind } from '../media';
import { queryIdKeys, typeFitsKind, typeOfKey } from './id-keys';
import type { MirrorStore } from './mirror-store';

/** The mirror key of the item a page's ids name, most precise id first; undefined when none is listed. */
export async function findEntryKey(
  store: Pick<MirrorStore, 'resolveIds'>,
  ids: MediaIds,
  kindHint?: MediaKind,
): Promise<string | undefined> {
  const owners = await store.resolveIds(queryIdKeys(ids, kindHint));
  const fitting = owners.filter((key): key is string => {
    const type = key ? typeOfKey(key) : null;
    return type !== null && typeFitsKind(type, kindHint);
  });
  return fitting[0];
}
