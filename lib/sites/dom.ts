/** Small DOM readers shared by the adapters. Each takes what it needs and never throws on absence. */

/** Collapsed, trimmed text of an element, or undefined when missing or blank. */
export function textOf(element: Element | null | undefined): string | undefined {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/** The text of the first selector that finds a non-blank element. */
export function firstText(doc: Document, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const text = textOf(doc.querySelector(selector));
    if (text) return text;
  }
  return undefined;
}

/** The first element found by any of the selectors, in order of preference. */
export function firstElement(doc: Document, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const element = doc.querySelector(selector);
    if (element) return element;
  }
  return null;
}

/**
 * An Open Graph / site meta value. Sites disagree on property= versus name= (TMDB is unverified),
 * so both are read.
 */
export function readMeta(doc: Document, key: string): string | undefined {
  const element = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const content = element?.getAttribute('content')?.replace(/\s+/g, ' ').trim();
  return content ? content : undefined;
}

/** The raw text of every matching script, for JSON parsing by the caller. */
export function scriptTexts(doc: Document, selector: string): string[] {
  return Array.from(doc.querySelectorAll(selector), (script) => script.textContent ?? '');
}

/**
 * The text of an element with its children's texts kept apart, as a reader sees them: adjacent
 * spans give "Journey's End S4.E13", where textContent runs them together ("EndS4.E13").
 */
export function spacedTextOf(node: Node): string {
  const text =
    node.nodeType === 3 ? (node.textContent ?? '') : Array.from(node.childNodes, spacedTextOf).join(' ');
  return text.replace(/\s+/g, ' ').trim();
}
