/**
 * One constructed style sheet per document, adopted by every badge's shadow root: a 250-entry list
 * would otherwise parse the same CSS 250 times (docs/architecture.md, List badges). Where a content
 * script may not adopt its own sheets (Firefox's content scripts see the page through Xray
 * wrappers), each root gets a <style> of its own, as before.
 */
import { BADGE_CSS } from './badge-styles';

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

function sharedSheet(doc: Document): CSSStyleSheet | null {
  if (sheets.has(doc)) return sheets.get(doc) ?? null;
  let sheet: CSSStyleSheet | null = null;
  try {
    const probe = doc.createElement('span').attachShadow({ mode: 'closed' });
    sheet = new CSSStyleSheet();
    sheet.replaceSync(BADGE_CSS);
    probe.adoptedStyleSheets = [sheet];
    if (probe.adoptedStyleSheets[0] !== sheet) sheet = null;
  } catch {
    sheet = null;
  }
  sheets.set(doc, sheet);
  return sheet;
}

/** Gives `root` the badges' CSS: the document's shared sheet when it can, else a <style> element. */
export function adoptBadgeStyles(root: ShadowRoot, doc: Document): void {
  const sheet = sharedSheet(doc);
  if (sheet) {
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  root.append(style);
}
