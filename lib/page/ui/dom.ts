/**
 * A few lines of hyperscript for the in-page control, which renders with plain DOM: a UI library
 * would double the size of every content script (docs/architecture.md, Budgets).
 */
import { LOGO_PATH } from './logo-path';

export type Child = Node | string | number | false | null | undefined;
export type Props = Record<string, string | number | boolean | undefined | ((event: never) => void)>;

/**
 * Words the control shows, drawn by CSS from an attribute (`[data-t]::before`, control-styles.ts):
 * `window.find()` matches text nodes even inside a closed shadow root, so a page could ask
 * "is 'Completed ★8' on screen?"; generated content it cannot search. Assistive technology
 * still reads it, as part of the accessible name.
 */
export function words(text: string): HTMLElement {
  const span = document.createElement('span');
  span.setAttribute('data-t', text);
  return span;
}

/**
 * An element with attributes and children. `on<type>` props become listeners; `false` and
 * undefined leave an attribute out, except ARIA states, where "false" is meaningful. Text
 * children become `words()`: the control holds no text node.
 */
export function h(tag: string, props: Props = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value as EventListener);
    else if (typeof value === 'boolean' && name.startsWith('aria-'))
      element.setAttribute(name, String(value));
    else if (value !== undefined && value !== false)
      element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false)
      element.append(typeof child === 'object' ? child : words(String(child)));
  }
  return element;
}

/** Sets each attribute to its value, or removes it where the value is undefined. */
export function setAttributes(element: Element, attributes: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) element.removeAttribute(name);
    else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}

function svg(tag: string, attributes: Record<string, string>): SVGElement {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

export function logo(): SVGElement {
  const mark = svg('svg', {
    width: '16',
    height: '16',
    viewBox: '0 0 16 16',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  mark.append(
    svg('rect', { width: '16', height: '16', rx: '4', fill: 'currentColor', opacity: '.2' }),
    svg('path', { d: LOGO_PATH, fill: 'currentColor' }),
  );
  return mark;
}
