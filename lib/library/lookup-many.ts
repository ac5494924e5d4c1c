import type { LibraryEntry, MediaIds, MediaKind } from '../media';
import { queryIdKeys, typeFitsKind, typeOfKey } from './id-keys';
import { type MirrorStore, shownEntry } from './mirror-store';

export interface LookupRef {
  ids: MediaIds;
  kind?: MediaKind;
}

/**
 * Many titles at once (a list page's badges): one read of the id index for every id of every
 * title, then one read of the entries they point at. Answers in the order asked; null = not listed.
 */
export async function lookupMany(store: MirrorStore, refs: LookupRef[]): Promise<Array<LibraryEntry | null>> {
  const perRef = refs.map((ref) => queryIdKeys(ref.ids, ref.kind));
  const idKeys = [...new Set(perRef.flat())];
  const owners = await store.resolveIds(idKeys);
  const ownerOf = new Map(idKeys.map((key, position) => [key, owners[position]]));
  const entryKeys = perRef.map((keys, position) =>
    keys
      .map((key) => ownerOf.get(key))
      .find((owner): owner is string => {
        const type = owner ? typeOfKey(owner) : null;
        return type !== null && typeFitsKind(type, refs[position]?.kind);
      }),
  );
  const wanted = [...new Set(entryKeys.filter((key): key is string => key !== undefined))];
  const stored = await store.readMany(wanted);
  const byKey = new Map(wanted.map((key, position) => [key, shownEntry(stored[position])]));
  return entryKeys.map((key) => (key ? (byKey.get(key) ?? null) : null));
}
