/**
 * One title's Simkl state for the in-page control and the popup, without a UI framework: the
 * control renders it with plain DOM (content scripts stay small), the popup through a hook.
 */
import type { DetectedMedia } from '../../media';
import { type ItemView, type PinChallenge, sendIntent } from '../../messaging';
import { type ControlAction, performAction } from './actions';
import { type ControlState, stateAfterAction, stateFromStatus } from './control-state';

export interface ItemModel {
  readonly state: ControlState;
  /** A write or a sign-in is on its way. */
  readonly busy: boolean;
  /**
   * A new title: undefined = still identifying it, null = it could not be identified. `identifying`:
   * what the page says while it is identified (a bare Netflix id), whose indexed state may show
   * meanwhile; the background is asked only about the title once identified.
   */
  show(media: DetectedMedia | null | undefined, identifying?: DetectedMedia): void;
  /** The background said the library or the account moved: ask again, keep showing the old answer. */
  refresh(): void;
  act(action: ControlAction): Promise<void>;
  signIn(): Promise<void>;
}

/** A view known without asking the background (the title index); null = ask and wait. */
export type EarlyView = (media: DetectedMedia) => Promise<ItemView | null>;

export function createItemModel(onChange: () => void, early?: EarlyView): ItemModel {
  let media: DetectedMedia | null | undefined;
  let pin: PinChallenge | undefined;
  // Answers to an older question (another title, a superseded write) must not overwrite newer ones.
  let question = 0;
  const model = {
    state: { phase: 'loading' } as ControlState,
    busy: false,
    show(next: DetectedMedia | null | undefined, identifying?: DetectedMedia) {
      media = next;
      question++;
      set({ phase: next === null ? 'unknown' : 'loading' });
      model.refresh();
      // Shown until the background answers; its answer wins, whatever it says.
      const indexed = next ?? identifying;
      if (indexed && early) {
        void early(indexed)
          .then((view) => {
            if (view && media === next && model.state.phase === 'loading') set({ phase: 'ready', view });
          })
          .catch(() => undefined);
      }
    },
    refresh() {
      if (!media) return;
      const asked = ++question;
      void sendIntent('status', { media }).then((answer) => {
        if (asked !== question) return;
        if (answer.ok && answer.value.signedIn) pin = undefined;
        set(stateFromStatus(answer, pin && pin.expiresAt > Date.now() ? pin : undefined));
      });
    },
    async act(action: ControlAction) {
      if (!media) return;
      const asked = ++question;
      setBusy(true);
      const answer = await performAction(media, action);
      if (asked === question) model.state = stateAfterAction(model.state, answer);
      setBusy(false);
    },
    async signIn() {
      setBusy(true);
      const answer = await sendIntent('signIn', {});
      model.busy = false;
      if (!answer.ok) {
        set({ phase: 'signed-out', error: answer.error });
      } else if (answer.value.pin && !answer.value.signedIn) {
        pin = answer.value.pin;
        set({ phase: 'signed-out', pin });
      } else {
        pin = undefined;
        onChange();
        model.refresh();
      }
    },
  };
  function set(state: ControlState): void {
    model.state = state;
    onChange();
  }
  function setBusy(busy: boolean): void {
    model.busy = busy;
    onChange();
  }
  return model;
}
