import { useEffect, useState } from 'preact/hooks';
import type { DetectedMedia } from '../lib/media';
import type { ItemView } from '../lib/messaging';
import { readLocalItemView } from '../lib/read-model/local-view';

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
    readLocalItemView(media).then(
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
