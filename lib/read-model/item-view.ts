import type { ItemView } from '../messaging';
import { entryView, type ViewInput } from './entry-view';
import { projectEntry } from './project-entry';

export type { ViewInput } from './entry-view';
export { projectEntry } from './project-entry';

/** The title's view with the writes Simkl has not confirmed yet played on top. */
export function itemView(input: ViewInput): ItemView {
  return entryView(input, projectEntry(input.truth, input.item, input.writes, input.target));
}
