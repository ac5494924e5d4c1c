/** The writes waiting to be sent (the outbox), as the popup and the options page list them (lib/messaging.ts). */
import type { ErrorData } from '../errors';

export interface PendingWriteView {
  id: string;
  /** A human description: "The Matrix (1999) → Plan to Watch". */
  label: string;
  state: 'queued' | 'sending' | 'failed';
  attempts: number;
  error?: ErrorData;
  /** A queued write's next try after a failure (UTC ISO): not before then. */
  retryAt?: string;
}

/** Writes another Simkl user made: kept for them, never sent under the signed-in account. */
export interface WaitingWritesView {
  /** Their Simkl user id. */
  user: number;
  name: string;
  count: number;
}

export interface PendingView {
  pending: number;
  failed: number;
  /** The signed-in user's writes. */
  writes: PendingWriteView[];
  /** Other users' writes, per user; absent when there are none. */
  waiting?: WaitingWritesView[];
  /**
   * How many writes were made in a session that ended before Simkl said whose it was: never sent
   * (they could be anyone's), only discarded. Absent when there are none.
   */
  unclaimed?: number;
}
