/**
 * The pages' reader of the title index: storage.local straight from the content script, no message,
 * so a sleeping background stays asleep. One read per page until the index changes.
 */
import { browser } from 'wxt/browser';
import { decodeTitleIndex, type TitleLookup } from './decode';
import { TITLE_INDEX_PREFIX, TITLE_INDEX_USER_KEY, titleIndexKey } from './format';

export interface TitleIndexArea {
  get(key: string): Promise<Record<string, unknown>>;
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
    const pointer = (await area.get(TITLE_INDEX_USER_KEY))[TITLE_INDEX_USER_KEY] as { user?: unknown };
    if (typeof pointer?.user !== 'number') return null;
    const key = titleIndexKey(pointer.user);
    return decodeTitleIndex(pointer, (await area.get(key))[key], lookup);
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
