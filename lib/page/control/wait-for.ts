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

/**
 * Resolves once the parser is done with the document (readyState leaves "loading", just before
 * DOMContentLoaded), at once when it already is. The control's script starts at document_start so
 * that its storage reads are done by then; it reads the title from the whole document as before.
 * Only the document's own readyState counts: a page may dispatch events of any name.
 */
export function documentParsed(
  doc: Pick<Document, 'readyState' | 'addEventListener' | 'removeEventListener'>,
) {
  return new Promise<void>((resolve) => {
    const check = () => {
      if (doc.readyState === 'loading') return;
      doc.removeEventListener('readystatechange', check);
      resolve();
    };
    doc.addEventListener('readystatechange', check);
    check();
  });
}

/**
 * The anchor, if it shows while the document is still being parsed; undefined once the parser is done
 * without it (or the page's work was aborted). A stylesheet that blocks a script can hold the rest of
 * a page back long after its title is on screen: the control shows with the title, not after it.
 */
export function anchorWhileParsing<T>(
  doc: Document,
  find: () => T | null | undefined | false,
  signal: AbortSignal,
): Promise<T | undefined> {
  if (doc.readyState !== 'loading') return Promise.resolve(undefined);
  const parsing = new AbortController();
  const stop = () => parsing.abort();
  signal.addEventListener('abort', stop, { once: true });
  void documentParsed(doc).then(stop);
  return waitFor(find, { root: doc, timeoutMs: 60_000, signal: parsing.signal }).finally(stop);
}
