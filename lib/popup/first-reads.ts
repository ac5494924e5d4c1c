/**
 * What the popup's first paint needs, asked for as soon as its script runs, before anything is drawn:
 * the tab's title, then that title's state, from the title index in storage.local first (one read,
 * no database to open, docs/architecture.md, The title index), and from the local stores (the mirror
 * in IndexedDB: the poster, Simkl's title, pending writes) as soon as those are open. The code that
 * reads the mirror is a chunk of its own, fetched at once beside the first load: the first paint, from
 * the title index, does not wait for it (docs/architecture.md, The popup).
 * Asked from the hooks' effects instead, each would wait for a render and a frame first.
 */
import { browser } from 'wxt/browser';
import type { ItemView } from '../messaging';
import { lookupTarget } from '../resolve/kinds';
import { scanLookup } from '../title-index/decode';
import { createTitleIndexReader } from '../title-index/read';
import { itemViewOf } from '../title-index/views';
import { type EarlyQuestions, takeEarlyQuestions } from './early-questions';
import { activeTabMedia, type TabMedia } from './tab-media';

/** A title's view read from the local stores; `key` names the title (JSON of its media). */
export interface KeyedView {
  key: string;
  view: ItemView;
}

/** The tab title's view from each local source; null when it cannot tell (signed out, not listed). */
export interface FirstViews {
  /** The title index's row: the state only, as the pages show it. */
  index: Promise<KeyedView | null>;
  /** The mirror's view, as the background's `status` would answer. */
  local: Promise<KeyedView | null>;
}

export interface FirstReads extends FirstViews {
  tab: Promise<TabMedia>;
}

/** `early`: the questions popup.html's early script put before this script arrived (early-questions.ts). */
export function startFirstReads(
  search: string,
  early: EarlyQuestions | undefined = takeEarlyQuestions(),
): FirstReads {
  // The databases open and the index is read while the tab is asked for its title.
  const localViews = import('../read-model/local-view');
  const reads = localViews.then((module) => module.startLocalReads());
  // An early question that failed is put again from here.
  const titleIndex = createTitleIndexReader(
    scanLookup,
    early && { get: () => early.storage.catch(() => browser.storage.local.get(null)) },
  );
  void titleIndex.read();
  const tab = activeTabMedia(search, early?.tab).catch((): TabMedia => ({ media: null }));
  const keyed = (read: (media: NonNullable<TabMedia['media']>) => Promise<ItemView | null>) =>
    tab
      .then(async ({ media }) => {
        const view = media && (await read(media));
        return media && view ? { key: JSON.stringify(media), view } : null;
      })
      // A store that cannot be read is the background's to report: its answer follows.
      .catch(() => null);
  return {
    tab,
    index: keyed(async (media) => {
      const found = (await titleIndex.read())?.(lookupTarget(media));
      return found ? itemViewOf(found) : null;
    }),
    local: keyed(async (media) => (await localViews).readLocalItemView(media, await reads)),
  };
}
