/** What the control and the badges show of an indexed title: the background's shapes, from the index. */
import type { ItemView, ListedState } from '../messaging';
import type { IndexedTitle } from './format';

/** As background/list-handlers.ts's listedState: status, rating, and a series' episode counts. */
export function listedStateOf({ type, status, rating, watched, total }: IndexedTitle): ListedState {
  const state: ListedState = { status, rating };
  if (type !== 'movie' && watched !== undefined) state.watched = watched;
  if (type !== 'movie' && total !== undefined) state.total = total;
  return state;
}

/** As read-model/item-view.ts's view of a mirrored title, less what the index does not keep. */
export function itemViewOf({ type, status, rating, watched, total, next }: IndexedTitle): ItemView {
  const view: ItemView = { signedIn: true, known: true, type, status, rating, pendingWrites: 0 };
  if (type !== 'movie' && (watched !== undefined || total !== undefined)) {
    view.progress = { watched: watched ?? 0, total, next };
  }
  return view;
}
