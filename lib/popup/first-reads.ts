/**
 * What the popup's first paint needs, asked for as soon as its script runs, before anything is drawn:
 * the tab's title, then that title's view from the local stores (docs/architecture.md, The popup).
 * Asked from the hooks' effects instead, each would wait for a render and a frame first.
 */
import type { ItemView } from '../messaging';
import { readLocalItemView, startLocalReads } from '../read-model/local-view';
import { activeTabMedia, type TabMedia } from './tab-media';

/** A title's view read from the local stores; `key` names the title (JSON of its media). */
export interface KeyedView {
  key: string;
  view: ItemView;
}

export interface FirstReads {
  tab: Promise<TabMedia>;
  /** The tab title's view; null when only the background can tell (signed out, not in the mirror). */
  view: Promise<KeyedView | null>;
}

export function startFirstReads(search: string): FirstReads {
  // The databases open while the tab is asked for its title.
  const reads = startLocalReads();
  const tab = activeTabMedia(search).catch((): TabMedia => ({ media: null }));
  const view = tab
    .then(async ({ media }) => {
      const read = media && (await readLocalItemView(media, reads));
      return media && read ? { key: JSON.stringify(media), view: read } : null;
    })
    // A store that cannot be read is the background's to report: its answer follows.
    .catch(() => null);
  return { tab, view };
}
