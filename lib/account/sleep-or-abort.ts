import { SimklError } from '../errors';

/** Waits, but rejects with 'cancelled' as soon as the signal aborts (a sleep cannot be interrupted). */
export function sleepOrAbort(
  sleep: (ms: number) => Promise<void>,
  ms: number,
  signal?: AbortSignal,
): Promise<void> {
  const cancelled = () => new SimklError('cancelled');
  if (signal?.aborted) return Promise.reject(cancelled());
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(cancelled());
    signal?.addEventListener('abort', onAbort, { once: true });
    sleep(ms).then(
      () => {
        signal?.removeEventListener('abort', onAbort);
        if (signal?.aborted) reject(cancelled());
        else resolve();
      },
      (error: unknown) => {
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
