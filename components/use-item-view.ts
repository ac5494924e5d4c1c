import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DetectedMedia } from '../lib/media';
import type { ControlState } from '../lib/page/control/control-state';
import { createItemModel, type ItemModel } from '../lib/page/control/item-model';
import type { FirstViews } from '../lib/popup/first-reads';
import { useLocalItemView } from './use-local-item-view';

/** After the browser has painted the next frame (an animation frame, then a task). */
function afterNextPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}

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
  // Asked as the panel is drawn, not a frame later; but when the title index already holds the tab's
  // title, only once its state is painted: the question wakes a sleeping worker, whose start would
  // compete with that paint (docs/architecture.md, The popup).
  const firstIndex = useRef(early?.index);
  useLayoutEffect(() => {
    const index = firstIndex.current;
    firstIndex.current = undefined;
    if (!index) return model.show(media);
    let live = true;
    const ask = () => {
      if (live) model.show(media);
    };
    index.then((read) => (read?.key === key ? afterNextPaint(ask) : ask()), ask);
    return () => {
      live = false;
    };
  }, [key]);
  useEffect(() => {
    if (revision > 0) model.refresh();
  }, [revision]);
  const local = useLocalItemView(media, key, early);
  const answered = model.state.phase !== 'loading';
  const state: ControlState = !answered && local ? { phase: 'ready', view: local } : model.state;
  return { ...model, state, answered };
}
