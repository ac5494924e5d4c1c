export { type BackoffOptions, DEFAULT_BACKOFF, isUncertain, retryDelay } from './backoff';
export { openOutboxDb } from './db';
export { labelOf } from './label';
export { createOutbox, type OutboxOptions, type Schedule } from './outbox';
export { isAbout, isSameItem } from './same-item';
export type { Outbox, OutboxWrite, WriteAction, WriteState, WriteTarget } from './types';
export { itemOfTarget, patchFor } from './write-patch';
