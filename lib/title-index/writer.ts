/**
 * Keeps the title index (format.ts) in step with the mirror: after every change of the mirror (a
 * sync, an optimistic write, a sign-out, another account) and of the session, the signed-in user's
 * index is rebuilt from the entries as shown and written with its pointer; signed out, both go. When
 * the user or the format changes, every index goes first, another user's left under a key of its own
 * by an older version too: a page's read never carries anyone else's titles (format.ts).
 * Runs one at a time; changes during a run make one more run after it.
 */
import { browser } from 'wxt/browser';
import type { CurrentUser, Library } from '../library/types';
import type { MatchOverride } from '../resolve/overrides';
import { encodeTitleIndex } from './encode';
import {
  isPerUserIndexKey,
  TITLE_INDEX_KEY,
  TITLE_INDEX_USER_KEY,
  TITLE_INDEX_VERSION,
  type TitleIndexPointer,
} from './format';
import { type LookedUpHit, withLookedUpIds } from './looked-up';
import { withOverrides } from './overridden';

export interface TitleIndexStorage {
  /** `null`: everything, to find the indexes kept under a key per user. */
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface TitleIndexWriter {
  /** Rebuilds soon; resolves when the index reflects the mirror as of this call. */
  update(): Promise<void>;
  /** At start-up: rebuilds only when the stored pointer is not this user's in this version. */
  check(): Promise<void>;
}

export interface TitleIndexDeps {
  library: Pick<Library, 'entries'>;
  currentUser: CurrentUser;
  area?: TitleIndexStorage;
  /** The user's corrected matches, applied to the rows (overridden.ts). */
  overrides?: () => Promise<MatchOverride[]>;
  /** The page ids lookups found items by, added to those items' rows (looked-up.ts). */
  lookedUp?: () => Promise<readonly LookedUpHit[]>;
}

export function createTitleIndexWriter({
  library,
  currentUser,
  area = browser.storage.local,
  overrides,
  lookedUp,
}: TitleIndexDeps): TitleIndexWriter {
  let running: Promise<void> | undefined;
  let again: Promise<void> | undefined;

  async function pointer(): Promise<TitleIndexPointer | undefined> {
    return (await area.get(TITLE_INDEX_USER_KEY))[TITLE_INDEX_USER_KEY] as TitleIndexPointer | undefined;
  }

  async function write(): Promise<void> {
    const user = await currentUser();
    const previous = await pointer();
    if (!user || previous?.user !== user.id || previous.v !== TITLE_INDEX_VERSION) {
      // The pointer first: a page never follows it to an index that is going away.
      await area.remove(TITLE_INDEX_USER_KEY);
      const perUser = Object.keys(await area.get(null)).filter(isPerUserIndexKey);
      await area.remove([TITLE_INDEX_KEY, ...perUser]);
    }
    if (!user) return;
    // The learned ids first: the user's corrections then win over a lookup's answer.
    const learned = withLookedUpIds(await library.entries(), (await lookedUp?.().catch(() => [])) ?? []);
    const entries = withOverrides(learned, (await overrides?.().catch(() => [])) ?? []);
    // Signed out or switched while reading: the run queued by that change writes the right one.
    if ((await currentUser())?.id !== user.id) return;
    const next: TitleIndexPointer = { v: TITLE_INDEX_VERSION, user: user.id };
    await area.set({
      [TITLE_INDEX_KEY]: encodeTitleIndex(entries, user.id),
      [TITLE_INDEX_USER_KEY]: next,
    });
  }

  function update(): Promise<void> {
    if (!running) {
      running = write().finally(() => {
        running = undefined;
      });
      return running;
    }
    again ??= running
      .catch(() => undefined)
      .then(() => {
        again = undefined;
        return update();
      });
    return again;
  }

  return {
    update,
    async check() {
      const [user, stored] = await Promise.all([currentUser(), pointer()]);
      if (user?.id !== stored?.user || (stored && stored.v !== TITLE_INDEX_VERSION)) await update();
    },
  };
}

/** Rebuilds the index after every change of each source (the mirror, the session). */
export function keepTitleIndex(
  writer: TitleIndexWriter,
  sources: Array<{ onChange(listener: () => void): unknown }>,
): void {
  for (const source of sources) source.onChange(() => void writer.update().catch(() => undefined));
  void writer.check().catch(() => undefined);
}
