/**
 * Runs async tasks one after another. IndexedDB read-modify-write sequences (merge an entry,
 * coalesce a write) would interleave otherwise, since each idb-keyval call is its own transaction.
 */
export type Serial = <T>(task: () => Promise<T>) => Promise<T>;

export function createSerial(): Serial {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
