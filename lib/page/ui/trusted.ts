/**
 * The in-page UI lives in a hostile page: scripts there can dispatch synthetic clicks and key
 * presses into our shadow root, and can style our host (`opacity: 0`, `visibility: hidden`) so a
 * real click on something the user cannot see lands on us (clickjacking). Only events the browser
 * made from real user input, on an element the user can see, act (docs/architecture.md, Security
 * rules).
 */

/** Below this effective opacity the user cannot be said to see what they click. */
const MIN_OPACITY = 0.5;

/** The element's parent in the flat tree: across a shadow root to its host. */
function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * Whether the user can see `element`: it and every ancestor up to the page's root (across our
 * shadow root) is displayed, not hidden, and their opacities multiply to at least MIN_OPACITY.
 */
export function isShownToUser(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  let opacity = 1;
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const style = view.getComputedStyle(node);
    // `visibility` inherits, but a descendant may set it back: the element's own value is what shows.
    if (node === element && (style.visibility === 'hidden' || style.visibility === 'collapse')) return false;
    if (style.display === 'none') return false;
    const own = Number.parseFloat(style.opacity);
    opacity *= Number.isNaN(own) ? 1 : own;
    if (opacity < MIN_OPACITY) return false;
  }
  return true;
}

export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    const target = event.currentTarget;
    if (!event.isTrusted) return;
    if (target instanceof Element && !isShownToUser(target)) return;
    handler(event);
  };
}
