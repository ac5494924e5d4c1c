/**
 * The pages' reader of the title index: storage.local straight from the content script, no message,
 * so a sleeping background stays asleep. One read per page until the index changes, and one round
 * trip: all of storage.local at once, since the pointer names the index's key and two reads would
 * follow one another (storage.local holds nothing secret: the settings, the revision counters, the
 * learned ids and the index, docs/architecture.md, The title index).
 */
import { browser } from 'wxt/browser';
import { decodeTitleIndex, type TitleLookup } from './decode';
import { TITLE_INDEX_PREFIX, TITLE_INDEX_USER_KEY, titleIndexKey } from './format';

export interface TitleIndexArea {
  /** Everything the area holds (`null`), as storage.local.get(null) answers. */
  get(keys: null): Promise<Record<string, unknown>>;
}

export interface TitleIndexReader {
  /** The signed-in user's index; null when there is none to trust (signed out, another version). */
  read(): Promise<TitleLookup | null>;
  /** The index moved (storage.onChanged): the next read fetches it again. */
  forget(): void;
}

/** `lookup`: scanLookup for one title's page, mapLookup for a list page (decode.ts). */
export function createTitleIndexReader(
  lookup: (rows: string) => TitleLookup,
  area: TitleIndexArea = browser.storage.local,
): TitleIndexReader {
  let reading: Promise<TitleLookup | null> | undefined;
  const load = async () => {
    const all = await area.get(null);
    const pointer = all[TITLE_INDEX_USER_KEY] as { user?: number } | undefined;
    // No pointer (signed out) or a stray one: decodeTitleIndex finds no index of its user and version.
    return decodeTitleIndex(pointer, all[titleIndexKey(pointer?.user ?? 0)], lookup);
  };
  return {
    read() {
      reading ??= load().catch(() => null);
      return reading;
    },
    forget() {
      reading = undefined;
    },
  };
}

/** Whether a storage.onChanged event touches the index or its pointer. */
export function isTitleIndexChange(changes: Record<string, unknown>, area: string): boolean {
  return area === 'local' && Object.keys(changes).some((key) => key.startsWith(TITLE_INDEX_PREFIX));
}
