/**
 * What the in-page control shows, derived from the page's media and the background's answers.
 * Pure, so every state's wording is tested without rendering.
 */
import type { ErrorData } from '../../errors';
import { t } from '../../i18n';
import { LIST_STATUSES } from '../../media';
import type { Answer, ItemView, PinChallenge } from '../../messaging';
import { errorText } from '../../words/error-text';
import { shortEpisode, statusText } from '../../words/labels';
import { lookupFailedText } from '../../words/lookup-text';
import { readFailureReason } from '../../words/read-failure';
import { signedOutReasonText } from '../../words/signed-out-text';

export type ControlState =
  | { phase: 'loading' }
  /** The page is about a title, but which one could not be told (Netflix metadata failed). */
  | { phase: 'unknown' }
  | { phase: 'signed-out'; pin?: PinChallenge; error?: ErrorData; reason?: string }
  /** The status could not be read at all (the background is gone, offline before first sync). */
  | { phase: 'error'; error: ErrorData }
  | { phase: 'ready'; view: ItemView; error?: ErrorData };

export function controlLabel(state: ControlState): string {
  switch (state.phase) {
    case 'loading':
      return t('controlLoading');
    case 'unknown':
      return t('controlUnknown');
    case 'signed-out':
      return state.pin ? t('controlPinCode', state.pin.userCode) : t('controlSignIn');
    case 'error':
      // A status that could not be read: a read's reason, which promises no change to send.
      return t('controlStatus', readFailureReason(state.error));
    case 'ready':
      return readyLabel(state.view);
  }
}

function readyLabel(view: ItemView): string {
  if (!view.status) return t('controlAdd');
  const parts = [t('controlStatus', statusText(view.status))];
  if (view.rating !== null) parts.push(t('controlRating', view.rating));
  const next = view.progress?.next;
  if (view.status === 'watching' && next) parts.push(`· ${t('controlNext', shortEpisode(next))}`);
  return parts.join(' ');
}

/**
 * Every label the control may show for a title, at its widest (a 10 rating, a long episode code, a
 * long PIN code): the control's box is as wide as the widest, whatever the title's state
 * (mount-control.ts). An error's words may be longer: they are cut, and the tooltip has them whole.
 */
export function labelsToFit(): string[] {
  const view = {
    signedIn: true,
    known: true,
    rating: 10,
    pendingWrites: 0,
    progress: { watched: 1, next: 'S10E100' },
  };
  return [
    // "Simkl: loading", "Add to Simkl" and "Sign in to Simkl" are shorter in every language.
    t('controlUnknown'),
    t('controlPinCode', 'WWWWWWWW'),
    ...LIST_STATUSES.map((status) => readyLabel({ ...view, status })),
  ];
}

/** A line under the button: why the last write failed, or why an action was refused. */
export function controlNote(state: ControlState): string | undefined {
  if (state.phase === 'ready') {
    const failure = state.error ?? state.view.failure;
    if (failure) return t('controlFailed', errorText(failure));
    // The label shows the change already: the words say it is not on Simkl yet, and why.
    const waiting = state.view.waiting;
    return waiting ? t('controlWaitingToSave', errorText(waiting)) : undefined;
  }
  if (state.phase === 'signed-out') {
    if (state.error) return errorText(state.error);
    return state.reason === undefined ? undefined : signedOutReasonText(state.reason);
  }
  return undefined;
}

/**
 * The page's line when Simkl could not be asked which title this is: "Add to Simkl" may not be the
 * whole truth then. The popup says it in its "Matched as" line instead.
 */
export function lookupNote(state: ControlState): string | undefined {
  if (state.phase !== 'ready' || state.view.known || !state.view.lookupFailed) return undefined;
  return lookupFailedText(state.view.lookupFailed);
}

function isSignedOutError(error: ErrorData): boolean {
  return error.kind === 'signed-out' || error.kind === 'auth';
}

/** The state after a `status` answer; a PIN sign-in in progress stays on screen until it completes. */
export function stateFromStatus(answer: Answer<ItemView>, pin?: PinChallenge): ControlState {
  if (!answer.ok) {
    if (!isSignedOutError(answer.error)) return { phase: 'error', error: answer.error };
    return { phase: 'signed-out', pin, error: answer.error.kind === 'auth' ? answer.error : undefined };
  }
  if (answer.value.signedIn) return { phase: 'ready', view: answer.value };
  const reason = answer.value.signedOutReason;
  return reason ? { phase: 'signed-out', pin, reason } : { phase: 'signed-out', pin };
}

/** The state after a write: the optimistic view, or the old view with the reason it was refused. */
export function stateAfterAction(previous: ControlState, answer: Answer<ItemView>): ControlState {
  if (answer.ok || isSignedOutError(answer.error)) return stateFromStatus(answer);
  return previous.phase === 'ready'
    ? { phase: 'ready', view: previous.view, error: answer.error }
    : { phase: 'error', error: answer.error };
}
