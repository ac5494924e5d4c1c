import { useEffect, useRef, useState } from 'preact/hooks';
import type { DetectedMedia } from '../lib/media';
import { type PinChallenge, sendIntent } from '../lib/messaging';
import { type ControlAction, performAction } from '../lib/page/actions';
import { type ControlState, stateAfterAction, stateFromStatus } from '../lib/page/control-state';

export interface ItemViewHandle {
  state: ControlState;
  /** A write or a sign-in is on its way. */
  busy: boolean;
  act(action: ControlAction): Promise<void>;
  signIn(): Promise<void>;
}

/**
 * One title's Simkl state, for the in-page control and the popup. `media` undefined = still
 * identifying the title, null = it could not be identified. `revision` changes when the
 * background says the library or the account moved: the status is asked again.
 */
export function useItemView(media: DetectedMedia | null | undefined, revision: number): ItemViewHandle {
  const [state, setState] = useState<ControlState>({ phase: 'loading' });
  const [busy, setBusy] = useState(false);
  const [reload, setReload] = useState(0);
  const pin = useRef<PinChallenge | undefined>(undefined);
  // Answers to an older question (another page, an older revision) must not overwrite newer ones.
  const question = useRef(0);
  const key = media === undefined ? 'undefined' : JSON.stringify(media);

  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for media's content.
  useEffect(() => {
    setState({ phase: media === null ? 'unknown' : 'loading' });
  }, [key]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for media's content.
  useEffect(() => {
    if (!media) return;
    const asked = ++question.current;
    void sendIntent('status', { media }).then((answer) => {
      if (asked !== question.current) return;
      if (answer.ok && answer.value.signedIn) pin.current = undefined;
      setState(stateFromStatus(answer, livePin(pin.current)));
    });
  }, [key, revision, reload]);

  async function act(action: ControlAction): Promise<void> {
    if (!media) return;
    setBusy(true);
    const asked = ++question.current;
    const answer = await performAction(media, action);
    setBusy(false);
    if (asked === question.current) setState((previous) => stateAfterAction(previous, answer));
  }

  async function signIn(): Promise<void> {
    setBusy(true);
    const answer = await sendIntent('signIn', {});
    setBusy(false);
    if (!answer.ok) {
      setState({ phase: 'signed-out', error: answer.error });
      return;
    }
    pin.current = answer.value.pin;
    if (answer.value.pin && !answer.value.signedIn) setState({ phase: 'signed-out', pin: answer.value.pin });
    else setReload((count) => count + 1);
  }

  return { state, busy, act, signIn };
}

function livePin(pin: PinChallenge | undefined): PinChallenge | undefined {
  return pin && pin.expiresAt > Date.now() ? pin : undefined;
}
