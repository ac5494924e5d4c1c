import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { DetectedMedia } from '../lib/media';
import type { ControlState } from '../lib/page/control/control-state';
import { createItemModel, type ItemModel } from '../lib/page/control/item-model';
import type { FirstViews } from '../lib/popup/first-reads';
import { useLocalItemView } from './use-local-item-view';

export interface PopupItemModel extends ItemModel {
  /** The background has answered; until then `state` may be the popup's own read of the stores. */
  readonly answered: boolean;
}

/**
 * The popup's handle on one title's Simkl state (the same model the in-page control uses).
 * It shows the view read from the local stores until the background answers, so a sleeping worker
 * does not keep the title waiting. `revision` changes when the background says the library or the
 * account moved. `early` are the local reads begun at the popup's start (lib/popup/first-reads.ts).
 */
export function useItemView(
  media: DetectedMedia | null | undefined,
  revision: number,
  early?: FirstViews,
): PopupItemModel {
  const [, rerender] = useState(0);
  const model = useMemo(() => createItemModel(() => rerender((count) => count + 1)), []);
  // `key` stands for the media's content: a re-render with an equal object is not a new title.
  const key = media === undefined ? 'undefined' : JSON.stringify(media);
  // Asked as the panel is drawn, not a frame later.
  useLayoutEffect(() => model.show(media), [key]);
  useEffect(() => {
    if (revision > 0) model.refresh();
  }, [revision]);
  const local = useLocalItemView(media, key, early);
  const answered = model.state.phase !== 'loading';
  const state: ControlState = !answered && local ? { phase: 'ready', view: local } : model.state;
  return { ...model, state, answered };
}
