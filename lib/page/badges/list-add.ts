/**
 * The "+" of a list badge after a click (docs/architecture.md, List badges): the badge shows what was
 * chosen at once, then the background's answer: saved, "waiting to save" while the write is held for
 * a retry (offline, Simkl failing), or why it did not land. A title Simkl does not know opens the
 * match search instead of trying again.
 */
import type { ErrorData } from '../../errors';
import { t } from '../../i18n';
import type { DetectedMedia, ListStatus } from '../../media';
import { type Answer, type ItemView, type ListedState, sendIntent } from '../../messaging';
import { errorText } from '../../words/error-text';

export type AddTitle = (media: DetectedMedia, status: ListStatus) => Promise<Answer<ItemView>>;

/** What a list entry knows of its title and of its "+" clicks. */
export interface EntryState {
  media: DetectedMedia;
  state: ListedState | null;
  /** A "+" write is on its way: its badge shows what was chosen until the answer. */
  adding?: boolean;
  /** Added from this page: its badge asks again after each change whether the write is saved. */
  added?: boolean;
  /** The write waits to be sent again (offline, Simkl failing): the badge says so. */
  waiting?: boolean;
  /** Why the last "+" did not land: Simkl does not know the title, or could not be reached. */
  failure?: ErrorData;
}

/** What the badge shows after a "+": the background's view of the title once written. */
function stateOfView(view: ItemView): ListedState | null {
  if (!view.status) return null;
  const state: ListedState = { status: view.status, rating: view.rating };
  if (view.type !== 'movie' && view.progress) {
    state.watched = view.progress.watched;
    if (view.progress.total !== undefined) state.total = view.progress.total;
  }
  return state;
}

/** A write stored but held back for a retry (offline, Simkl failing), not one merely on its way. */
const isWaiting = (view: ItemView) => view.pendingWrites > 0 && view.waiting !== undefined;

/** What the "+" says after a failed add: the title unknown to Simkl (find it), or why it failed (try again). */
export function failureText(failure: ErrorData | undefined): string | undefined {
  if (!failure) return undefined;
  return failure.kind === 'not-found' ? t('badgeNotKnown') : t('badgeAddFailed', errorText(failure));
}

/**
 * The "+" clicks of one page's badges. Plain parameters, not an options object: its property names
 * would ship in every list badges' script (docs/architecture.md, Budgets).
 */
export function createListAdd(
  /** The page's entries by title element: an entry replaced or gone is no longer answered. */
  tracked: Map<Element, EntryState>,
  addTitle: AddTitle,
  show: (entry: EntryState, state: ListedState | null) => void,
  isStopped: () => boolean,
) {
  return {
    async add(element: Element, status: ListStatus): Promise<void> {
      const entry = tracked.get(element);
      if (!entry || entry.state || entry.adding) return;
      // A title Simkl does not know: its "!" opens the search to find it instead of trying again.
      if (entry.failure?.kind === 'not-found') {
        void sendIntent('openMatchSearch', { media: entry.media });
        return;
      }
      entry.adding = true;
      entry.failure = undefined;
      show(entry, { status, rating: null });
      const answer = await addTitle(entry.media, status);
      entry.adding = false;
      if (isStopped() || tracked.get(element) !== entry) return;
      entry.added = answer.ok;
      entry.waiting = answer.ok && isWaiting(answer.value);
      entry.failure = answer.ok ? undefined : answer.error;
      show(entry, answer.ok ? stateOfView(answer.value) : null);
    },

    /** The titles added here ask whether their write is saved yet (a few `status` answers, no Simkl request). */
    async followAdded(): Promise<void> {
      for (const entry of tracked.values()) {
        if (!entry.added || entry.adding) continue;
        const answer = await sendIntent('status', { media: entry.media });
        if (isStopped() || !answer.ok) continue;
        entry.waiting = isWaiting(answer.value);
        show(entry, stateOfView(answer.value));
      }
    },
  };
}
