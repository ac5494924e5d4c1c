import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Calls `onChange` once per change of location.href, however the site navigates: the Navigation
 * API's navigate event where the browser has it, popstate (back/forward), and a poll for
 * history.pushState calls the isolated world cannot see. Only location.href itself is trusted: the events are just
 * prompts to look, so a page faking them changes nothing.
 */
export function watchLocation(
  ctx: ContentScriptContext,
  onChange: (href: string) => void,
  pollMs: number,
): void {
  let last = location.href;
  const look = () => {
    const href = location.href;
    if (href === last) return;
    last = href;
    onChange(href);
  };
  // The navigate event fires before the new URL is committed: look once it has been.
  const { signal } = ctx;
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigate', () => setTimeout(() => signal.aborted || look(), 0), { signal });
  window.addEventListener('popstate', look, { signal });
  // Each tick also asks whether the extension is still there: an orphaned script stops (script-context.ts).
  const poll = setInterval(() => ctx.isValid && look(), pollMs);
  ctx.onInvalidated(() => clearInterval(poll));
}
