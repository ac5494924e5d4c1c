/**
 * The pages' reader of the title index: storage.local straight from the content script, no message,
 * so a sleeping background stays asleep. One read per page until the index changes, and one round
 * trip: the pointer and the index by their fixed keys together, and nothing else (format.ts: the
 * signed-in user's index is the only one; docs/architecture.md, The title index).
 */
import { browser } from 'wxt/browser';
import { decodeTitleIndex, type TitleLookup } from './decode';
import { TITLE_INDEX_KEY, TITLE_INDEX_PREFIX, TITLE_INDEX_USER_KEY } from './format';

export interface TitleIndexArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

export interface TitleIndexReader {
  /** The signed-in user's index; null when there is none to trust (signed out, another version). */
  read(): Promise<TitleLookup | null>;
  /** The index moved (storage.onChanged): the next read fetches it again. */
  forget(): void;
}

/** The keys a page reads the index by (the badges' first read takes them with the settings). */
export const TITLE_INDEX_KEYS = [TITLE_INDEX_USER_KEY, TITLE_INDEX_KEY];

/** `lookup`: scanLookup for one title's page, mapLookup for a list page (decode.ts). */
export function createTitleIndexReader(
  lookup: (rows: string) => TitleLookup,
  area: TitleIndexArea = browser.storage.local,
): TitleIndexReader {
  let reading: Promise<TitleLookup | null> | undefined;
  const load = async () => {
    const stored = await area.get(TITLE_INDEX_KEYS);
    // No pointer (signed out) or a stray one: decodeTitleIndex finds no index of its user and version.
    return decodeTitleIndex(stored[TITLE_INDEX_USER_KEY], stored[TITLE_INDEX_KEY], lookup);
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
