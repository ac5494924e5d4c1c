import { useEffect, useState } from 'preact/hooks';
import type { DetectedMedia } from '../lib/media';
import type { ItemView } from '../lib/messaging';
import { type LocalReads, readLocalItemView, startLocalReads } from '../lib/read-model/local-view';

/** Read ahead by the popup at its start (prefetchLocalReads), used by the first title's read only. */
let readAhead: LocalReads | undefined;

/** Starts the title-independent reads before the popup knows its tab's title. */
export function prefetchLocalReads(): void {
  readAhead = startLocalReads();
}

/**
 * The title's view read from the local stores (lib/read-model/local-view.ts), for the moment before
 * the background answers; undefined while reading or when only the background can tell.
 * `key` stands for the media's content, as in use-item-view.ts.
 */
export function useLocalItemView(media: DetectedMedia | null | undefined, key: string): ItemView | undefined {
  const [read, setRead] = useState<{ key: string; view: ItemView }>();
  useEffect(() => {
    if (!media) return;
    let live = true;
    // Later reads (another revision) read afresh: what was read ahead may be out of date by then.
    const reads = readAhead ?? startLocalReads();
    readAhead = undefined;
    readLocalItemView(media, reads).then(
      (view) => {
        if (live && view) setRead({ key, view });
      },
      // A store that cannot be read is the background's to report: its answer follows.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key]);
  // An earlier title's view never stands for this one, not even for the render before the effect.
  return read?.key === key ? read.view : undefined;
}
