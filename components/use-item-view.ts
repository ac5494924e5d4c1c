import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DetectedMedia } from '../lib/media';
import { createItemModel, type ItemModel } from '../lib/page/item-model';

/**
 * The popup's handle on one title's Simkl state (the same model the in-page control uses).
 * `revision` changes when the background says the library or the account moved.
 */
export function useItemView(media: DetectedMedia | null | undefined, revision: number): ItemModel {
  const [, rerender] = useState(0);
  const model = useMemo(() => createItemModel(() => rerender((count) => count + 1)), []);
  // `key` stands for the media's content: a re-render with an equal object is not a new title.
  const key = media === undefined ? 'undefined' : JSON.stringify(media);
  useEffect(() => model.show(media), [key]);
  useEffect(() => {
    if (revision > 0) model.refresh();
  }, [revision]);
  return model;
}
