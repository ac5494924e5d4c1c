/** Runs `work` at most once per animation frame, however many times it is asked for in between. */
export function frameBatch(
  work: () => void,
  frame: (callback: () => void) => unknown = (callback) => requestAnimationFrame(callback),
): { request(): void; cancel(): void } {
  let pending = false;
  let cancelled = false;
  return {
    request() {
      if (pending || cancelled) return;
      pending = true;
      frame(() => {
        pending = false;
        if (!cancelled) work();
      });
    },
    cancel() {
      cancelled = true;
    },
  };
}
