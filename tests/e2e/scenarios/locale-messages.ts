/**
 * The extension's translations as the e2e tests read them: straight from public/_locales (through the
 * unit tests' loader), so a test never hard-codes a translated string, and the "longest" locale
 * follows the files as they change.
 */
import { type Catalog, loadLocale, localeFolders } from '../../unit/i18n/locale-checks';

/** Messages only the options page or the store listing shows; the rest is the popup's and the control's. */
const ELSEWHERE = /^(options|mode_|ext)/;

/** Full-width characters (CJK, kana, full-width forms) take about two Latin letters' room. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function localeMessages(locale: string): Catalog {
  const loaded = loadLocale(locale);
  if (!loaded.ok) throw new Error(`${locale}: ${loaded.problems.join('; ')}`);
  return loaded.catalog;
}

/** The message's text as shown: placeholders ($EPISODE$) left out, wide characters counted twice. */
export function displayLength(message: string): number {
  const text = message.replace(/\$[A-Z0-9_]+\$/gi, '');
  return [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);
}

/** How much room a locale's popup and control messages take, all together. */
export function surfaceLength(locale: string): number {
  return Object.entries(localeMessages(locale))
    .filter(([key]) => !ELSEWHERE.test(key))
    .reduce((sum, [, { message }]) => sum + displayLength(message), 0);
}

/** The locale whose popup and control messages take the most room. */
export function longestLocale(): string {
  const [longest] = localeFolders().sort((a, b) => surfaceLength(b) - surfaceLength(a));
  if (!longest) throw new Error('No locale folders under public/_locales');
  return longest;
}
