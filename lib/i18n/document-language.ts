/**
 * The extension's own pages say which language they are in, so screen readers pronounce them right
 * and the browser picks the right fonts (Japanese glyphs rather than Chinese ones, for one). The HTML
 * files declare "en"; the text actually comes out in the browser's UI language.
 */
import { uiLocale } from './format';

/** Sets `<html lang>` to the UI language; keeps the page's own when the browser cannot say. */
export function declareDocumentLanguage(doc: Document = document): void {
  const language = uiLocale();
  if (language) doc.documentElement.lang = language;
}
