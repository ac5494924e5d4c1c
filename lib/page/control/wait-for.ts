export interface WaitOptions {
  root: Node;
  timeoutMs: number;
  signal: AbortSignal;
}

/**
 * The first truthy value of `check`, tried now and after every DOM change under `root`;
 * undefined when the time is up or the page's work was aborted. Never rejects.
 */
export function waitFor<T>(
  check: () => T | null | undefined | false,
  options: WaitOptions,
): Promise<T | undefined> {
  const now = check();
  if (now) return Promise.resolve(now);
  if (options.signal.aborted) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const finish = (value: T | undefined) => {
      observer.disconnect();
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(undefined);
    const observer = new MutationObserver(() => {
      const value = check();
      if (value) finish(value);
    });
    // Attributes too: IMDb swaps the content of its imdb:pageConst meta in place.
    observer.observe(options.root, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(() => finish(undefined), options.timeoutMs);
    options.signal.addEventListener('abort', onAbort, { once: true });
  });
}
