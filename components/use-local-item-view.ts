import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DetectedMedia } from '../lib/media';
import type { ItemView } from '../lib/messaging';
import type { FirstViews, KeyedView } from '../lib/popup/first-reads';

interface Read extends KeyedView {
  /** From the mirror (complete), not the title index (the state only). */
  complete: boolean;
}

/**
 * The title's view read from the local stores (lib/read-model/local-view.ts), for the moment before
 * the background answers; undefined while reading or when only the background can tell.
 * `key` stands for the media's content, as in use-item-view.ts. `early` are the reads the popup began
 * at its start (lib/popup/first-reads.ts), used for their own title, once: the title index's state
 * until the mirror's complete view replaces it.
 */
export function useLocalItemView(
  media: DetectedMedia | null | undefined,
  key: string,
  early?: FirstViews,
): ItemView | undefined {
  const [read, setRead] = useState<Read>();
  const unused = useRef(early);
  // A layout effect: it runs as the panel is drawn, not a frame later (the read is the first paint).
  useLayoutEffect(() => {
    if (!media) return;
    let live = true;
    // The mirror's reader is code on demand (lib/popup/first-reads.ts): fetched once, then at hand.
    const fresh = () =>
      import('../lib/read-model/local-view')
        .then(({ readLocalItemView }) => readLocalItemView(media, undefined))
        .then((view) => view && { key, view });
    const first = unused.current;
    unused.current = undefined;
    first?.index.then((done) => {
      if (live && done?.key === key)
        setRead((last) => (last?.complete ? last : { ...done, complete: false }));
    });
    // Later reads (another title) read afresh: what was read ahead may be out of date by then.
    const reading = first ? first.local.then((done) => (done?.key === key ? done : fresh())) : fresh();
    reading.then(
      (done) => {
        if (live && done) setRead({ ...done, complete: true });
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
