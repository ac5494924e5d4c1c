import { Window } from 'happy-dom';

/**
 * Parses a page as the browser would have it at `url` (document.location included), with every
 * script, stylesheet and subresource load disabled. The window is closed before returning, so
 * `read` must take what it needs from the document synchronously.
 */
export function withPage<T>(url: string, html: string, read: (doc: Document) => T): T {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  try {
    window.document.write(html);
    return read(window.document as unknown as Document);
  } finally {
    void window.happyDOM.close();
  }
}

/**
 * Fixture pages link their site's stylesheet, which the test environment never loads: without this,
 * happy-dom reports every such link as a failed load on stderr.
 */
const testWindow = globalThis as { happyDOM?: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } };
if (testWindow.happyDOM) testWindow.happyDOM.settings.handleDisabledFileLoadingAsSuccess = true;

/** A throwaway document for pure parsing (the test environment's own DOMParser). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A fixture with one part replaced; throws when the part is absent, so a test cannot go vacuous. */
export function edit(html: string, from: string | RegExp, to: string): string {
  const edited = html.replace(from, to);
  if (edited === html) throw new Error(`fixture edit found nothing to replace: ${String(from)}`);
  return edited;
}

export function edits(html: string, changes: [from: string | RegExp, to: string][]): string {
  return changes.reduce((result, [from, to]) => edit(result, from, to), html);
}
