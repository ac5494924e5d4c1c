/**
 * Measuring the in-page control from outside, whether its shadow root is open or closed: Playwright's
 * selectors stop at a closed root, the DevTools protocol's DOM domain does not (`pierce: true`). The
 * host is found by its marker attribute (mount-control.ts's CONTROL_ATTRIBUTE), the button inside by
 * its test id, and both are measured in the page.
 */
import type { Page } from 'playwright-core';

const MARKER = 'data-simkl-control';
const BUTTON_TEST_ID = 'simkl-button';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface ControlMeasure {
  text: string;
  /** The button's content width against its box: more content than box means a clipped label. */
  scrollWidth: number;
  clientWidth: number;
  button: Box;
  host: Box;
  viewport: { width: number; height: number };
  shadowRoot: string;
}

interface DomNode {
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
}

function attribute(node: DomNode, name: string): string | undefined {
  const attributes = node.attributes ?? [];
  const index = attributes.findIndex((value, at) => at % 2 === 0 && value === name);
  return index < 0 ? undefined : attributes[index + 1];
}

function find(node: DomNode, wanted: (node: DomNode) => boolean): DomNode | undefined {
  if (wanted(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = find(child, wanted);
    if (found) return found;
  }
  return undefined;
}

/** Runs in the page on the button; `this` is the button. Plain ES so it survives toString(). */
function measure(this: HTMLElement) {
  const box = (element: Element) => {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return { left, top, right, bottom };
  };
  const host = (this.getRootNode() as ShadowRoot).host;
  return {
    text: (this.textContent ?? '').trim(),
    scrollWidth: this.scrollWidth,
    clientWidth: this.clientWidth,
    button: box(this),
    host: box(host),
    viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
  };
}

/** The control's button measured, or undefined while the page has none. */
export async function measureControl(page: Page): Promise<ControlMeasure | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const host = find(root as DomNode, (node) => attribute(node, MARKER) !== undefined);
    const shadow = host?.shadowRoots?.[0];
    const button = shadow && find(shadow, (node) => attribute(node, 'data-testid') === BUTTON_TEST_ID);
    if (!shadow || !button) return undefined;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: button.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: measure.toString(),
      returnByValue: true,
    });
    return {
      ...(result.value as Omit<ControlMeasure, 'shadowRoot'>),
      shadowRoot: shadow.shadowRootType ?? '',
    };
  } finally {
    await cdp.detach();
  }
}

/** Polls until the control's label matches; answers its measure then. */
export async function waitForControlMeasure(
  page: Page,
  label: RegExp,
  timeout = 20_000,
): Promise<ControlMeasure> {
  const deadline = Date.now() + timeout;
  let last: ControlMeasure | undefined;
  while (Date.now() < deadline) {
    last = await measureControl(page);
    if (last && label.test(last.text)) return last;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The control reads ${JSON.stringify(last?.text)}, expected ${String(label)}`);
}
